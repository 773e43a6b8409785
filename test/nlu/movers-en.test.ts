// "they haven't migrated me yet": whoever moves the writer's account (IT, said "they") is nobody in the call; read as a
// person, "both of us in the office" had three people to choose from and the other party's place was asked back.
// "they" who moved themselves, or who are called, are still people of the call.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ["hybrid. I'm still on-prem (they haven't migrated me yet), my colleague was moved to online. both of us in the office. 1:1 call — do my signaling packets go up to the cloud?", { location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'online' }],
  ["Hybrid. They moved us to Online last month, the rest of the company is on-prem. I call Bo, both of us in the office. Path?", { location: 'customerNetwork', peer: 'customerNetwork' }],
  ['混合式部署，他們還沒把我搬到 Online，我還在地端；同事已經搬到 Online 了，我們兩個都在公司，一對一通話，路徑是？', { location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'online' }],
])('the movers are nobody: %s', (text, want) => {
  expect(slots(text)).toMatchObject(want);
});

it.each([
  ['Hybrid. I call Ana and Bo; they moved to Online last week and are at home. Path?', { peer: 'internet', peerHoming: 'online' }],
])('people who moved themselves stay people: %s', (text, want) => {
  expect(slots(text)).toMatchObject(want);
});
