// Asked back in round 28 (dev24 en43-22): "the board prep meeting I booked from my own Skype account ... when she joins
// from the boardroom on the office network". "from my own Skype account" after a hosting verb is the host's own account,
// the means and not a place nor another host: "account" was a person ("set up from his account" read as hosted by
// someone else), or "Skype account" a call to one, and the place of whoever joins was lost with it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const VERBS = ['booked', 'set up', 'organised', 'scheduled'];
/** Hosts and their own accounts: whose account it is agrees with who set the meeting up. */
const OWN_ACCOUNTS: readonly [string, string][] = [
  ['I', 'my own Skype account'],
  ['I', 'my account'],
  ['I', 'my SfB account'],
  ['Lars', 'his account'],
  ['Lars', 'his own Skype for Business account'],
  ['Lars', 'his own account'],
];

describe("a meeting set up from the host's own account", () => {
  it.each(VERBS.flatMap((verb) => OWN_ACCOUNTS.map(([host, account]) => [host, verb, account])))('the meeting %s %s from %s', (host, verb, account) => {
    const text = `We're all in SfB Online. The board prep meeting ${host} ${verb} from ${account}: when she joins from the boardroom on the office network, does it use ExpressRoute?`;
    expect({ text, slots: slots(text) }).toEqual({
      text,
      slots: { location: 'customerNetwork', organizer: 'online', deployment: 'online', callType: 'conference' },
    });
  });

  it('the question as written (CCE for the phone numbers)', () => {
    expect(
      slots('My director asked me: the board prep meeting I booked from my own Skype account (we\'re all in SfB Online, CCE handles our phone numbers) — when she joins from the boardroom on the office network, does it use the ExpressRoute link? signaling and media both please'),
    ).toEqual({ location: 'customerNetwork', organizer: 'online', deployment: 'cloudConnector', callType: 'conference' });
  });
});

describe('what stays as it was read', () => {
  it("a shared account is a host of its own, whose homing is said after (hybrid: where it is homed decides)", () => {
    expect(slots('Hybrid. The all-hands was set up from the shared account room01; that account is homed on-prem. I am Online, at my desk in the office. Path?')).toMatchObject({
      organizer: 'onPremises',
    });
  });

  it('set up from a place is where the host was, and the host is who set it up', () => {
    expect(slots('We are all SfB Online. The review Lars set up from home: I join from the office. ER?')).toEqual({
      location: 'customerNetwork',
      organizer: 'online',
      deployment: 'online',
      callType: 'conference',
    });
  });

  it("set up from someone else's account is hosted by that someone (hybrid: not known without their homing)", () => {
    expect(slots("Hybrid. The meeting was set up from my manager's account. I'm on-prem, at my desk in the office. Path?")).not.toHaveProperty('organizer');
  });

  it('a call made from my Skype account is a call, not a meeting', () => {
    expect(slots('SfB Online only. I called Lars from my Skype account, he is at home without VPN and I am in the office. Path for me?')).toMatchObject({
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'internet',
    });
  });
});
