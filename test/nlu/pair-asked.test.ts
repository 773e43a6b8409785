// Two people's places or homings in one message, and the question asks about one of them (class-pair, session 49):
// the asked one's facts are the user's, the other's are the other party's, whoever was named first.
// - "What path does she get": "get" after the subject of a way question asks about that subject, as "take" did.
// - "What path will her call's signaling take": the traffic of someone's call is their side, as their traffic is.
// - 「內部部署那位的路徑」, 「在家的那位的媒體」: one of two "one"s named again by what was said of them (thatOne.ts).
// - "the former", "the latter", 前者, 後者: the first or the second of the two people named last (formerLatter.ts).
// Near misses: the writer's own call asked about, a device owned in turn ("his phone's mobile data"), "the former" as
// an adjective ("the former CFO"), "the latter" of two things, 那位 that names nobody said before, 後者 of two things.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ['Omar is at home and he calls Priya, who sits in our Leeds office. We are on SfB Online. Which route does Priya get for media?', 'customerNetwork', 'internet'],
  ['Hybrid, both on-prem. Dana is in the office and rings Lee, who is at a hotel. What path does Lee get for signaling?', 'internet', 'customerNetwork'],
  ['Online tenant. Ana is in the office and calls Ben, who is at home. What path does he get?', 'internet', 'customerNetwork'],
  ['SfB Online. Nina and Pablo are on a 1:1 call. The former is at the downtown office, the latter at home. Where does the latter\'s media go?', 'internet', 'customerNetwork'],
  ['Nina is at home and Pablo is in the office; they are on a 1:1 call. SfB Online. Where does the latter\'s media go?', 'customerNetwork', 'internet'],
  ['Hybrid, all on-prem. Kim calls Joe; the latter is in a hotel and Kim is at HQ. Which path does the latter\'s media take?', 'internet', 'customerNetwork'],
  ['Jack 在機場，Mike 在新竹廠區，兩人互打 Skype，SfB Online。後者的訊號走哪？', 'customerNetwork', 'internet'],
  ['小王在家、小李在公司，他們互打 Skype，全 Online。後者那端的媒體走哪？', 'customerNetwork', 'internet'],
  ['混合式，兩位同仁點對點通話，一個在家一個在公司，在公司的那位媒體怎麼走？', 'customerNetwork', 'internet'],
  ['Online，兩位同事一位在公司一位在家，兩人互打，在家那位的訊號？', 'internet', 'customerNetwork'],
])('the one asked about, in a call between two: %s', (text, location, peer) => {
  expect(slots(text)).toMatchObject({ location, peer });
});

it.each([
  ['兩個同事都在總部，一位帳號在 Online，一位在地端，他們互打，地端那位的路徑？', 'onPremises', 'online'],
  ['Hybrid。兩位同仁都在辦公室互打 Skype：一位是地端帳號，一位是 Online 帳號。Online 的那位訊號怎麼走？', 'online', 'onPremises'],
])('the one asked about, by homing: %s', (text, homing, peerHoming) => {
  expect(slots(text)).toMatchObject({ homing, peerHoming });
});

it.each([
  ["I'm at the office; my colleague Hana dials a customer's landline from a cafe. Online with Phone System. What path will her call's signaling take?", 'internet'],
  ["We're Online. I'm at home; Marco is in the office and calls a supplier's phone number. Which route does Marco's call's media take?", 'customerNetwork'],
  ["We're Online. I'm at home; Marco is in the office and calls a supplier's phone number. Which route does my call's media take?", 'internet'],
])('the traffic of the asked one\'s call: %s', (text, location) => {
  expect(slots(text).location).toBe(location);
});

it.each([
  ["We're Online. I'm at home; Marco is in the office and calls a supplier's phone number. His call's audio is fine. Which route does my media take?", { location: 'internet' }],
  // His phone on its own mobile data is not on the office network: the Internet, as "his tablet's mobile data" (ownedPhones.ts).
  ['Marco is at the office using his phone\'s mobile data to call a landline. Online. Path?', { location: 'internet', callType: 'pstn' }],
  ['Online. I\'m at home and I call Ben in the office. What path do I get for media?', { location: 'internet', peer: 'customerNetwork' }],
  ['We weighed two options, ER or the Internet; the latter is cheaper. I\'m at home calling Tom in the office, Online. Path?', { location: 'internet', peer: 'customerNetwork' }],
  ['The former CFO is at home and calls me; I\'m in the office. Online. What\'s my media path?', { location: 'customerNetwork', peer: 'internet' }],
  ['Online，我在家，打給在公司的那位同事，路徑？', { location: 'internet', peer: 'customerNetwork' }],
  ['我們考慮過 ER 跟網際網路，後者比較便宜。我在家打給公司的小李，Online，路徑？', { location: 'internet' }],
  ['小王在家、小李在公司，他們互打 Skype，全 Online。前者的媒體走哪？', { location: 'internet', peer: 'customerNetwork' }],
])('near miss, unchanged: %s', (text, expected) => {
  expect(slots(text)).toMatchObject(expected);
});
