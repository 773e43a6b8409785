// Consultants' shorthand: "OP" is on-premises ("OP user", "OP-homed", "OP-organised meeting"), as "onprem" is.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('OP for on-premises', () => {
  it.each([
    ['hybrid; OP user at HQ joins an OP-organised meeting. media path?', { homing: 'onPremises', organizer: 'onPremises' }],
    ['hybrid, an OP-homed user in the office joins a meeting', { homing: 'onPremises' }],
    ['Hybrid: p2p call, both users OP homed, both at the office. Does ER carry any of it?', { homing: 'onPremises', peerHoming: 'onPremises' }],
    ['hybrid. OP-homed user at HQ dialling out to the PSTN. media?', { homing: 'onPremises', callType: 'pstn' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject({ deployment: 'hybrid', ...expected });
  });
});
