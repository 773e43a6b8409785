// 「這場研發週會是 David 發的，他帳號還在地端」: a unit's word right before a meeting word ("研發週會", "業務部月會",
// "品保課例會") names the meeting, and is nobody a later pronoun could stand for (people.ts, namesMeeting). Read as a
// person beside the host, it made "他" unclear and the Hybrid meeting's host was asked (round 36). A person named
// beside the host otherwise still leaves the pronoun unclear.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ['混合式部署。明天的業務部月會是 Kevin 約的，他還在地端 pool。我是 Online 帳號，在總部座位加入，媒體走哪？', 'onPremises'],
  ['我們是 hybrid，這次品保課例會由 Joyce 召集，她帳號已經在 Online。我帳號在地端，在工廠辦公室加入，訊號走哪？', 'online'],
  ['混合部署。研发周会是 David 发的，他账号还在地端。我是 Online，在公司内网加入，媒体走哪？', 'onPremises'],
])('the host, after a meeting named by its unit: %s', (text, organizer) => expect(slots(text).organizer).toBe(organizer));

it.each([
  // Someone else named between the host and the pronoun: still unclear whom "他" means.
  '混合式部署。明天的月會是 Kevin 約的，業務 Tom 也會參加，他還在地端 pool。我是 Online 帳號，在總部座位加入，媒體走哪？',
])('still unclear: %s', (text) => expect(slots(text).organizer).toBeUndefined());
