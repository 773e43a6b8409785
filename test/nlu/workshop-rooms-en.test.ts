// Round 48's blind English: a writer in a garage's workshop office on its LAN, and a trace's endpoint named after
// the workshop, were read as meetings ("workshop" is one). A garage's workshop office, or a PC named
// after the workshop, is a room and a machine of ours; a workshop still is a meeting.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a workshop room or machine is no meeting', () => {
  it.each([
    "Hybrid. I'm homed on-prem, at my desk in the workshop office on the garage LAN. My colleague Ines is homed Online, at reception on the same LAN. I call her. My signaling?",
    'We are hybrid. Me: on-prem account, in the workshop office. Colleague Rui: Online account, in the showroom, same LAN. I ring him. Path for my media?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', homing: 'onPremises', peerHoming: 'online' });
  });

  it('a PC named after the workshop, in a trace', () => {
    expect(slots('Tenant: SfB Online with CCE / endpoint: workshop-pc-03 on the dealership LAN / call: outbound to a customer landline (PSTN) / which path for SIP and RTP?')).toMatchObject({
      deployment: 'cloudConnector',
      callType: 'pstn',
    });
  });

  it('a workshop is still a meeting', () => {
    expect(slots('SfB Online. I join the customer workshop my manager set up, from my desk in the office. Path?')).toMatchObject({ callType: 'conference' });
  });
});
