// Traps of the blind sets: "yesterday I was in the office and the meeting went over ExpressRoute. what about today?",
// "last time I called from home it went over the internet. now I'm calling ...", 「上次我在家打給別人…現在要打給…」.
// Where someone was in an earlier episode (yesterday, last time, last week, usually, 去年, 上次) is not where they are
// in the call a later part sets now (now, today, this time, 現在, 這次), even when nothing is said of now: the place
// is asked for. Said alone, carried on ("and I still am") or with now said in the present tense, it stays.
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const EARLIER_EN = ['Yesterday I was in the office', 'Last week I was at HQ', 'Last time I was on the corporate LAN', 'I was at the office yesterday', 'Earlier I was in the office', 'I usually work from the office'];
const NOW_EN = ['What about today?', 'Now what is my path?', 'What is my path this time?', 'Where does it go right now?', 'Currently, which path?'];
const EARLIER_HOME_EN = ['Yesterday I was at home', 'Last time I called from home', 'Last month I worked from home', 'I was at home last week'];
const EARLIER_ZH = ['昨天我在公司', '上次我在家', '上禮拜在公司', '之前我都在家上班', '去年一整年都在家上班', '平常我在總部'];
const NOW_ZH = ['那今天呢？', '現在我的路徑？', '這次呢？', '這禮拜路徑會怎麼走？'];

describe('a place of an earlier episode is not where the user is now', () => {
  it.each(product<string>([EARLIER_EN, NOW_EN]))('%s and the weekly meeting was fine. %s Organizer is Online, SfB Online tenant.', (earlier, now) => {
    expect(slots(`${earlier} and the weekly meeting was fine. ${now} Organizer is Online, we are a SfB Online tenant.`)).toEqual({
      organizer: 'online',
      deployment: 'online',
      callType: 'conference',
    });
  });

  it.each(product<string>([EARLIER_HOME_EN, ['Now I am calling', 'Today I am calling', 'This time I am calling']]))('%s, fine. %s a colleague who is at home. We are all SfB Online. Path?', (earlier, now) => {
    expect(slots(`${earlier}, it went over the internet. ${now} a colleague who is at home today. We are all SfB Online. Path?`)).toEqual({
      peer: 'internet',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });

  it.each(product<string>([EARLIER_ZH, NOW_ZH]))('%s，週會走 ER 很順。%s 召集人是 Online，我們是 Skype Online 租用戶。', (earlier, now) => {
    expect(slots(`${earlier}，週會走 ExpressRoute 很順。${now}召集人是 Online，我們是 Skype Online 租用戶。`)).toEqual({
      organizer: 'online',
      deployment: 'online',
      callType: 'conference',
    });
  });
});

describe('what is said of now, or carried on, stays', () => {
  it.each([
    ['Yesterday I was at home, today I am in the office. Joining an Online-organized meeting, SfB Online. Path?', 'customerNetwork'],
    ['Yesterday I was in the office and I still am today. Joining an Online-organized meeting, SfB Online. Path?', 'customerNetwork'],
    ['I am at home today. Yesterday the meeting was fine. Joining an Online-organized meeting, SfB Online. Path?', 'internet'],
    ['Last week I was at home, now I am back in the office. Joining an Online-organized meeting, SfB Online. Path?', 'customerNetwork'],
    ['She got moved to Online yesterday, she is at HQ now and joins an Online-organized meeting. SfB Online. Path?', 'customerNetwork'],
    ['昨天在家，今天進公司了，要加入 Online 使用者開的會議，我們是 SfB Online。路徑？', 'customerNetwork'],
    ['昨天在公司，今天也是，要加入 Online 使用者開的會議，我們是 SfB Online。路徑？', 'customerNetwork'],
    ['上禮拜在公司開週會很順，今天一樣的會，我今天在家。召集人是 Online，我們是 SfB Online。', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });

  it.each([
    'I am in the office. Joining an Online-organized meeting, SfB Online. Path?',
    'Yesterday I was in the office. Joining an Online-organized meeting, SfB Online. Path?',
    '我今天在公司，要加入 Online 使用者開的會議，我們是 SfB Online。路徑？',
  ])('a place said alone stays: %s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });
});

// Class-traps A (traps-zh-22): an earlier episode said as a time heading its sentence ("Yesterday, ...") or as the
// ticket before ("last ticket", "last incident", 「上一張」「上回」「上一次」) sets where someone was then, not in the
// call a later part sets now. A time heading a clause of its own that says something else ("Last ticket was about a
// meeting.") or a place said of now keeps it.
describe('a place in a heading or a ticket before is of that episode', () => {
  it.each([
    "Yesterday, Priya was working from home when she rang a supplier. Today she's ringing them again with the same problem. We're on CCE. Where does her PSTN call go?",
    "On the last ticket the front desk agent dialled out from home. This time it's the same agent. Cloud Connector. Where does the signaling of the outbound call go?",
    "Last incident, Tomas was at a hotel when he called a customer's landline. Now he's calling them again. We have Cloud Connector. Path?",
    "Last week, I was at the Berlin office. This time I'm dialling a customer's landline. We're CCE. Path?",
    '上一張工單裡，阿凱是在家撥外線。這次還是他回報。我們是 CCE。他打外線的訊號走哪？',
    '上回小林在飯店打市話，這次又是他。我們是 CCE，他的外線通話怎麼走？',
    '昨天，阿凱在家撥外線。今天又是他回報。我們是 CCE。路徑？',
  ])('%s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });

  it.each([
    "Yesterday, Omar was at home. He's dialing out to a customer, we're CCE. Path?",
    'Last ticket was about a meeting. Today Omar is at home calling a landline. CCE. Path?',
    '上一張 ticket 是會議的問題。這次阿凱在家撥外線。我們是 CCE。路徑？',
    '上次的問題解決了，今天我在家打市話。我們是 CCE。',
  ])('said of now or alone, it stays: %s', (text) => {
    expect(slots(text).location).toBe('internet');
  });
});
