// An answer to the question back that gives two people's facts at once, by what they are: each fact is its person's,
// and the question is answered. Found in session 54's blind conversations (conv54, a dev set): "the X is online, the
// Y's on-prem" asked where the user is homed got "didn't understand that as an answer" when X or Y was no person word
// the recognizer knew (書記官, 庭長; the English trade words added beside them, keeper and vet, cost a held conversation
// after merging and were dropped: the English cases use words it knows); two people homed alike asked who organized the meeting answered
// only the organizer and asked the user's homing again; "…, if that matters" after a fact was read as a question
// about the term. Near miss: the writer and a colleague homed alike name no organizer. In session 57's blind
// conversations (conv57, a dev set): the same answer about an auctioneer (拍賣官) and an appraiser (鑑定師), titles the Chinese vocabulary lacked.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { afterTurns } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const HYBRID_CALL: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer' };
const HYBRID_MEETING: PartialScenario = { deployment: 'hybrid', callType: 'conference' };

const CASES: [string, Locale, string[], PartialScenario, 'answer' | 'question'][] = [
  ['a technician and a pharmacist, each homed', 'en', ['We run hybrid. The technician calls the pharmacist over Skype, both in the clinic on our LAN. Path for the technician?', 'the technician is on-prem and the pharmacist is online'], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }, 'answer'],
  ['a lead technician and a pharmacist, short', 'en', ['hybrid setup: the lead technician skypes the pharmacist, both on the office network. which way for the lead technician?', "lead technician's online, the pharmacist on-prem"], { ...HYBRID_CALL, homing: 'online', peerHoming: 'onPremises' }, 'answer'],
  ['a fact and "if that matters"', 'en', ['Hybrid. The clerk joins a hearing meeting from the office, on our network. Route?', 'An on-prem user organized it. The clerk is homed Online, if that matters.'], { ...HYBRID_MEETING, homing: 'online', organizer: 'onPremises' }, 'answer'],
  ['"in case it matters" after a fact', 'en', ['Hybrid. The clerk joins a hearing meeting from the office, on our network. Route?', 'an on-prem user organized it', 'the clerk is homed online, in case it matters'], { ...HYBRID_MEETING, homing: 'online', organizer: 'onPremises' }, 'answer'],
  ['庭長 and 書記官 homed alike, asked who organized', 'zh-TW', ['混合式部署。書記官在辦公室（公司網路）參加庭長開的會，路徑？', '庭長是地端。書記官也在地端'], { ...HYBRID_MEETING, homing: 'onPremises', organizer: 'onPremises' }, 'answer'],
  ['both homed alike, said together', 'zh-TW', ['混合式部署。書記官在辦公室（公司網路）參加庭長開的會，路徑？', '庭長跟書記官都是線上'], { ...HYBRID_MEETING, homing: 'online', organizer: 'online' }, 'answer'],
  // Session 57's conversations (conv57): titles of an auction house and a court the recognizer did not know as people, so the answer
  // naming both was no answer.
  ['拍賣官 and 估價師, each homed', 'zh-TW', ['混合式，有 ER。拍賣官跟估價師在拍賣行辦公室互打 Skype，兩人都在公司網路。拍賣官的媒體？', '拍賣官是內部部署，估價師是線上'], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }, 'answer'],
  ['檢察官 and 鑑定師, each homed the other way', 'zh-TW', ['混合部署。檢察官和鑑定師在地檢署點對點通話，兩個都連公司內網。檢察官的訊號走哪？', '檢察官在線上，鑑定師在地端'], { ...HYBRID_CALL, homing: 'online', peerHoming: 'onPremises' }, 'answer'],
  ['an auctioneer and an appraiser, each homed', 'en', ['Hybrid, with ER. The auctioneer Skypes the appraiser, both in the saleroom on our LAN. Media path for the auctioneer?', "the auctioneer's on-prem, the appraiser is online"], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }, 'answer'],
  // Near miss: the writer and a colleague are two participants; who organized is still asked.
  ['near miss: the writer and a colleague', 'en', ['Hybrid deployment. I join a meeting from the office. What path?', 'my colleague and I are both on-prem'], { ...HYBRID_MEETING, homing: 'onPremises' }, 'question'],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario, reply) => {
  const { cards, session: { scenario: now } } = await afterTurns(recognizer, locale, turns);
  expect(now).toMatchObject(scenario);
  if (reply === 'question') expect(now.organizer).toBeUndefined();
  expect(cards.some((card) => kindOf(card, locale) === 'answer')).toBe(reply === 'answer');
});
