// "Everyone moved to Online last year, only the call center is still on-prem. I'm in the office calling a colleague at
// home": the team left on-premises was given to the writer and to the colleague, and both were answered as homed
// on-premises, a wrong answer (found by the Chinese lane while writing near misses, round 30). A team said against the
// rest with "only" is a part of the organization, whatever its name: the deployment is Hybrid, and no one in the call
// is homed by it. Someone said to be on-premises keeps it ("I'm still on-prem too", "only my manager is").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each(['the call center', 'the contact centre', 'customer service', 'the service desk', 'accounting', 'facilities', 'logistics', 'operations'])(
  'only %s still on-prem homes nobody in the call',
  (team) => {
    const said = slots(`Everyone moved to Online last year, only ${team} is still on-prem. I'm in the office calling a colleague at home. What path does my media take?`);
    expect(said).toMatchObject({ deployment: 'hybrid', location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
    expect(said.homing).toBeUndefined();
    expect(said.peerHoming).toBeUndefined();
  },
);

it.each([
  ["only the call center is still on-prem. I'm still on-prem too, in the office calling a colleague at home.", 'homing'],
  ["only my manager is still on-prem. I'm in the office calling him at home.", 'peerHoming'],
] as const)('keeps a homing said of someone in the call: %s', (said, slot) => {
  expect(slots(`Everyone moved to Online last year, ${said} What path does my media take?`)[slot]).toBe('onPremises');
});
