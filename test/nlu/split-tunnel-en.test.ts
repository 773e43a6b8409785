// "split tunnel VPN, O365 excluded from the tunnel so it goes out my home internet": a split-tunnel VPN sends Skype
// around the tunnel, so it is no VPN for the call and the home Internet decides (read as "VPN" beside "split tunnel",
// the two cancelled out and the place was asked). A full tunnel still puts the caller in our network.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a split-tunnel VPN leaves the home Internet', () => {
  it.each([
    'split tunnel VPN, O365 excluded from the tunnel so it goes out my home internet. joining the review (organizer is Raj, we are all SfB Online). path for me?',
    "I'm at home on a split-tunnel VPN, Office 365 goes straight out my broadband. Joining Raj's meeting, we're all SfB Online. Path?",
  ])('%s', (text) => {
    expect(slots(text).location).toBe('internet');
  });
});

describe('a full tunnel is our network', () => {
  it.each([
    "I'm at home on the company VPN (full tunnel, no split). Joining Raj's meeting, we're all SfB Online. Path?",
    "I'm at home on a full tunnel VPN. Joining Raj's meeting, we're all SfB Online. Path?",
  ])('%s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });
});
