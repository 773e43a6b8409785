// "A meeting our sales team runs on their own Skype for Business Server": "their" refers back to a team of ours, so
// the meeting is hosted on our own servers (on-premises), not by another company. Another company's or a partner's
// own servers stay theirs.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const organizer = (text: string) => recognizer.recognize(text).slots.organizer;

it.each([
  ["Hybrid, I'm online homed. I'm in the office joining a meeting that our sales team runs on their own Skype for Business Server. Path?", 'onPremises'],
  ["Hybrid, I'm online homed. I'm in the office joining a meeting our finance department holds on its own servers. Path?", 'onPremises'],
  ["Hybrid, I'm online homed. I'm in the office joining a meeting that Fabrikam runs on their own Skype for Business Server. Path?", 'otherCompany'],
  ["Hybrid, I'm online homed. I'm in the office joining a meeting our partner firm runs on their own servers. Path?", 'otherCompany'],
  ["Hybrid, I'm online homed. I'm in the office joining a meeting our customer runs on their own servers. Path?", 'otherCompany'],
  ['混合式部署，我是 Online 帳號，在公司參加 Fabrikam 在他們自己的 Skype Server 上開的會，路徑是？', 'otherCompany'],
])('%s', (text, want) => {
  expect(organizer(text)).toBe(want);
});
