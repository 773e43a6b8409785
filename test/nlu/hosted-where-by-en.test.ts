// "a meeting hosted online by his manager": where a meeting is hosted, said between the hosting verb and "by" its host,
// is the host's meeting's (the organizer), as "hosted by his manager online" is. A homing done by someone ("I was homed
// online by my admin", "moved online by IT") is no meeting's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ['hybrid org. kevin is online homed and at a cafe on public wifi joining a meeting hosted online by his manager who is also online homed. any expressroute involved', { organizer: 'online', location: 'internet', homing: 'online' }],
  ["Hybrid. I'm on-prem homed and at a cafe joining a meeting that is hosted online by my manager. Path?", { organizer: 'online', location: 'internet', homing: 'onPremises' }],
  ['Hybrid. Kevin is on-prem homed and at a cafe joining a meeting hosted online by Ken. Path?', { organizer: 'online', location: 'internet', homing: 'onPremises' }],
  ["Hybrid. I'm online homed, in the office, joining a meeting organised on-prem by our CFO. Path?", { organizer: 'onPremises', location: 'customerNetwork' }],
  ['混合式部署，我是地端帳號，在咖啡廳參加主管在雲端開的會議，路徑是？', { organizer: 'online', location: 'internet', homing: 'onPremises' }],
])('the host\'s meeting: %s', (text, want) => {
  expect(slots(text)).toMatchObject(want);
});

it.each([
  ["Hybrid. I was moved online by IT last month; I'm in the office joining a meeting Ken hosts on-prem. Path?", { homing: 'online', organizer: 'onPremises' }],
])('a homing by someone who is no host stays whose it is: %s', (text, want) => {
  expect(slots(text)).toMatchObject(want);
});

it("Hybrid. I was homed online by my admin. I'm in the office joining a meeting. Path?", () => {
  const said = slots("Hybrid. I was homed online by my admin. I'm in the office joining a meeting. Path?");
  expect(said).toMatchObject({ homing: 'online', location: 'customerNetwork' });
  expect(said.organizer).toBeUndefined();
});
