// "one at home, one in the office, I forget which" (class-pair, session 49b; forgottenWhich.ts): two places or homings
// said of the people described, then the writer cannot tell which is whose: neither is the user's or the other party's,
// so the advisor asks. Near misses: the writer says whose ("Tom's the one at home"), "which" asks something else
// ("not sure which path media takes", "not sure who organized it", 「不確定誰開的會」), a doubt after one place only.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ['Ravi and Sue are on a 1:1 Skype call, one from home and one from the office, but I cannot remember which. SfB Online. Where does Ravi\'s media go?'],
  ['SfB Online. Two coworkers call each other: one is in a hotel, the other at HQ, no idea who is where. Which path does the caller\'s signaling take?'],
  ['Mia rings Oskar, one of them is at the branch office and the other at home, I forgot which. We are Online. Mia\'s media path?'],
  ['全 Online。小陳和阿德互打 Skype，一個在飯店一個在總部，我不記得誰在哪。小陳的媒體走哪？'],
  ['Online 環境，兩位同事點對點通話，一位在家、一位在公司，搞不清楚誰在家。打電話那位的訊號？'],
  ['小美跟阿豪一對一，一個在咖啡廳一個在辦公室，不確定誰在哪裡。SfB Online，小美的路徑？'],
])('places, nobody\'s once the writer forgets which: %s', (text) => {
  const s = slots(text);
  expect(s.location).toBeUndefined();
  expect(s.peer).toBeUndefined();
});

it.each([
  ['Hybrid. Lena calls Marc, both in the office; one of them is homed on-prem and the other online, not sure which. Lena\'s signaling?'],
  ['混合式部署，Ken 跟 Amy 都在公司互打，一個帳號在地端一個在 Online，我忘記誰是哪個。Ken 的訊號？'],
])('homings, nobody\'s once the writer forgets which: %s', (text) => {
  const s = slots(text);
  expect(s.homing).toBeUndefined();
  expect(s.peerHoming).toBeUndefined();
});

it.each([
  ['Ravi and Sue are on a 1:1 Skype call, one from home and one from the office: Ravi is the one at home. SfB Online. Where does Ravi\'s media go?', 'internet', 'customerNetwork'],
  ['Ravi is at home and calls Sue, who is in the office. Not sure which path the media takes. SfB Online. Ravi\'s media?', 'internet', 'customerNetwork'],
  ['小陳在家打給在公司的阿德，全 Online，我不確定哪個路徑比較好。小陳的媒體走哪？', 'internet', 'customerNetwork'],
  ['全 Online。小陳和阿德互打 Skype，一個在家一個在公司，在家的是小陳。小陳的媒體走哪？', 'internet', 'customerNetwork'],
])('near misses, the places still said: %s', (text, location, peer) => {
  expect(slots(text)).toMatchObject({ location, peer });
});

it.each([
  ['SfB Online. Tom is at home and Jerry is in the office, not sure who organized it. Where does Tom\'s media go?', 'internet'],
  ['Online. I am at home, my boss is in the office, no idea who else joins. My media?', 'internet'],
  ['全 Online。Tom 在家、Jerry 在公司，不確定誰開的會。Tom 的媒體？', 'internet'],
  ['全 Online。我在家，不記得誰還會加入會議。我的媒體？', 'internet'],
])('near misses, "who" asks something else: %s', (text, location) => {
  expect(slots(text)).toMatchObject({ location });
});
