// Held-out English: "roughly half our users migrated to Online already" was read as the user being homed Online,
// and "two users still homed on the on-prem pool, Ann and Bob" then made the other party Online: a wrong answer.
// What is said of a share of the organization's people is about the organization, never about a party of the call.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a share of the users is not a party', () => {
  it.each([
    'Hybrid. About half of our users moved to SfB Online. Two users homed on the on-prem pool, Kim and Lee, both in the office, have a P2P call.',
    'We are hybrid and most of our people are already migrated to Online. Priya and Sam, two users still homed on-prem, call each other 1:1 from the office.',
    'Hybrid shop: some users moved to Online last year. Two users still on the on-prem pool, Omar and Jo, are both at HQ and have a 1:1 call.',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.homing).not.toBe('online');
    expect(found.peerHoming).not.toBe('online');
  });

  it('never makes a share of the users the user', () => {
    const found = slots('Roughly a third of our staff migrated to Online. I am in the office and call a colleague at home.');
    expect(found.homing).toBeUndefined();
    expect(found.deployment).not.toBe('online');
  });
});
