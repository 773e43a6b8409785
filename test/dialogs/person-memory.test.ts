// Each person named keeps what was said of them across turns (people.ts): their role in the call, their homing and
// their place. Session 59's conversations asked back "which party?" or "whom do you mean?" about a person named
// earlier: the other party named only in the answer to where they are ("Ravi, he's at home"), a caller or callee
// said with their unit or title (「打給藥劑部的小陳」, 「保育員阿傑」, 「我跟倉庫的阿明」), a title before a surname
// ("Dr. Novak", taken for two people), a trade opening a sentence ("harbour master at Pine Point … calls the pilot
// coordinator", "Pine Point" taken for a person), "in a 1:1 with" for a call, and the organizer of a meeting later called, whose homing was asked again
// after a PSTN call in between. Near misses: someone never named is still asked about, and a bare 站 ("station")
// is no place anyone can tell.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { kindOf, pathsOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

/** The answer card shows the other party's paths first: the follow-up was taken as theirs. */
async function answersForOtherParty(locale: Locale, turns: readonly string[]): Promise<void> {
  const conversation = startConversation({ recognizer, locale });
  for (const said of turns.slice(0, -1)) await conversation.say(said);
  const card = (await conversation.say(turns.at(-1)!)).at(-1)!;
  expect(kindOf(card, locale)).toBe('answer');
  expect(pathsOf(card, 'signaling')[0]).toMatch(new RegExp(`^${t(locale, 'parties.peer')}`));
}

const OTHER_PARTY_ASKED_OF: [Locale, string[]][] = [
  // Named only in the answer to where the other party is.
  ['en', ['which way does it go when I skype a coworker?', "we're all on Skype Online", "I'm in the office", "Ravi, he's working from home today", "and Ravi's side?"]],
  ['zh-TW', ['我用 Skype 打給同事會怎麼走？', '我們全部都是 Skype Online', '我在辦公室', '阿華在家裡', '那阿華那邊呢']],
  // A caller named by their trade opening a sentence, at a place of two capitalized words.
  ['en', ['hybrid. harbour master at Pine Point (homed on-prem, on our WAN) calls the pilot coordinator (homed online, also on the WAN). signaling for the harbour master?', "and the coordinator's signaling?"]],
  // A caller "in a 1:1 with" someone named by their trade.
  ['en', ["Everything is Skype Online here. A teller at our Dundee branch is in a 1:1 with an appraiser from a federated partner, who is an Online user on that partner's network. Paths for the teller", "and the appraiser's media?"]],
  // A caller whose homing is said in a clause before the call, a callee after the unit they work in.
  ['zh-TW', ['混合式部署，護理師是地端帳號，在病房用院內網路打給檢驗科的小吳，小吳也是地端帳號、也在院內', '如果小吳其實是線上帳號呢？', '那小吳的媒體呢']],
  // A caller in Latin letters, a callee after their branch.
  ['zh-TW', ['我們是 Skype Online，Nina 在辦公室用 Skype 打給台中分公司的阿凱，台中也在公司網路上', '阿凱那邊的訊號呢']],
  // The writer and someone said after their unit, the tool after them.
  ['zh-TW', ['我跟倉庫的阿明用 Skype 講話會怎麼走？', '全部都是線上', '我在辦公室，阿明在倉庫，兩邊都有接公司網路', '那阿明的媒體呢']],
  // The writer and someone said before the call's own 的 (「通話的時候」): the one called, never 時候.
  ['zh-TW', ['我跟倉管員通話的時候，訊號走哪？', '混合式', '我們倆都在倉庫辦公室', '我是線上的', '倉管員是 on-prem 的', '倉管員那邊的訊號呢？']],
];

describe.each(OTHER_PARTY_ASKED_OF)('%s: %j', (locale, turns) => {
  it('answers the follow-up for the person named before, the other party', async () => {
    await answersForOtherParty(locale, turns);
  });
});

/** A meeting's organizer, homed Online, called after a PSTN call in between: their homing comes with them. */
const ORGANIZER_CALLED_LATER: [Locale, string, string, string][] = [
  ['en', "hybrid setup: Kim, homed on-prem, sits in the office and joins Dr. Novak's meeting; Dr. Novak is homed online", 'what if Kim dials a landline from the office instead', 'ok, last one: Kim 1:1 with Dr. Novak, both in the office'],
  ['zh-TW', '混合式。小林是地端帳號，在辦公室參加陳經理開的會議，陳經理是線上帳號', '如果小林改在辦公室撥市話給客戶呢', '那如果小林跟陳經理一對一通話，兩個都在公司'],
];

describe.each(ORGANIZER_CALLED_LATER)('%s: %s', (locale, opening, pstn, called) => {
  it("keeps the organizer's homing as the other party's, and asks it of no one", async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(opening);
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'conference', organizer: 'online', homing: 'onPremises' });
    await conversation.say(pstn);
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'pstn' });
    const card = (await conversation.say(called)).at(-1)!;
    expect(kindOf(card, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'peerToPeer', homing: 'onPremises', peerHoming: 'online' });
  });
});

describe.each([
  ['en', ['which way does it go when I skype a coworker?', "we're all on Skype Online", "I'm in the office", "Ravi, he's working from home today", 'and Priya?'], 'Priya'],
  ['zh-TW', ['我用 Skype 打給同事會怎麼走？', '我們全部都是 Skype Online', '我在辦公室', '阿華在家裡', '那小英呢？'], '小英'],
] as const)('near miss, %s: %j', (locale: Locale, turns, name) => {
  it('asks who someone never named is', async () => {
    const conversation = startConversation({ recognizer, locale });
    for (const said of turns.slice(0, -1)) await conversation.say(said);
    const replies = await conversation.say(turns.at(-1)!);
    expect(saidIn(replies)).toContain(name);
    expect(kindOf(replies.at(-1)!, locale)).not.toBe('answer');
  });
});

describe('near miss: a bare station', () => {
  it.each(['他在站上', '如果他從站上打呢'])('%s says no place', (text) => {
    expect(recognizer.recognize(text).slots.location).toBeUndefined();
  });
});

/** After the other party's paths were asked for, a correction that asks the writer's own paths shows them first. */
describe.each([
  ['en', ["Hybrid here. From my desk in the office I ring my manager; my account is Online, hers is on-prem, and she is at her desk too", "and my manager's side?", "sorry, got that backwards: I'm on-prem and the manager is Online. what are my paths then?"]],
  ['zh-TW', ['混合式，我是線上帳號，在公司打給值班主任，他是地端帳號，也在公司', '值班主任那邊呢', '抱歉我講反了，我是地端，值班主任才是線上。那我的路徑是？']],
] as const)("the writer's own paths, %s: %j", (locale: Locale, turns) => {
  it("shows the writer's paths first", async () => {
    const conversation = startConversation({ recognizer, locale });
    for (const said of turns.slice(0, -1)) await conversation.say(said);
    const card = (await conversation.say(turns.at(-1)!)).at(-1)!;
    expect(kindOf(card, locale)).toBe('answer');
    expect(pathsOf(card, 'signaling')[0]).toMatch(new RegExp(`^${t(locale, 'parties.user')}`));
    expect((await conversation.session()).scenario).toMatchObject({ homing: 'onPremises', peerHoming: 'online' });
  });
});
