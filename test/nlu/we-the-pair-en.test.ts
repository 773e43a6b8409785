// "Me and my colleague Stefan both are homed on-premises and we are sitting in the Munich office": "we" after the writer
// and one other said as a pair in its sentence is the pair, both parties of the call. Elsewhere "we" is the
// organization, and a place said of it the writer's only.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  'We have hybrid deployment. Me and my colleague Stefan both are homed on-premises and we are sitting in the Munich office. When we make a Skype call together, goes this over ExpressRoute?',
  "Hybrid. Stefan and I are both homed on-premises, we're in the Munich office. I call Stefan. Path?",
  '混合式部署，我跟同事 Stefan 都在地端，我們都在慕尼黑辦公室，互打 Skype，路徑是？',
])('the pair: %s', (text) => {
  expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
});

it.each([
  ['Hybrid, we are in the office. I call Stefan, he is on-prem. Path?', undefined],
  ['Hybrid. Stefan and I are both homed on-premises. We are in the Munich office and I call Ken at home. Path?', 'internet'],
])('the organization: %s', (text, peer) => {
  expect(slots(text).location).toBe('customerNetwork');
  expect(slots(text).peer).toBe(peer);
});
