// Our own ExpressRoute said to be missing as a fact ("we don't have ER yet", 「我們還沒拉 ER」) or down for a stretch
// ("our ER circuit is down this week"), in the opening question or after it: every answer that follows is worked out
// without it (each hop the article puts on ExpressRoute over the Internet, what stays in your network unchanged),
// marked as worked out from the article's "if available", never documented, until the writer says they have it
// again. A what-if ("what if we had no ER?") is shown for the answer on screen only (express-route-claim.test.ts).
// Found in the lane brief of session 56: an opening that said it had no ExpressRoute got the article's ExpressRoute
// paths, or a triage of a path nobody saw ("Media: not ExpressRoute").
import { advise } from '../../src/engine';
import { sourceText } from '../../src/present';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ownExpressRouteLackClause, saysExpressRoute, statesOwnExpressRouteLack, supposesExpressRoute } from '../../dialogs/followUpWords';
import { ANSWERED, startConversation } from './harness';
import { allText, kindOf, pathsOf, questionOf, sourceOf } from './cardReading';
import type { AdaptiveCard } from '../../src/cards';

const recognizer = createRecognizer();

/** Openings that say the lack with the call; each call crosses ExpressRoute in the article's answer. */
const OPENINGS: [Locale, string, 'hasNot' | 'down'][] = [
  ['en', "Online tenant, we don't have ExpressRoute yet. Two colleagues in the office make a Skype call to each other: paths?", 'hasNot'],
  ['en', "We haven't set up ER yet, all users are on SfB Online; one of them in the office calls a mobile number. Which way does it go?", 'hasNot'],
  ['en', "SfB Online, no ER yet, and a user at head office phones a customer's landline, what are the paths?", 'hasNot'],
  ['en', 'All Online, our ExpressRoute circuit is down this week. A user in the office calls a PSTN number: paths?', 'down'],
  ['zh-TW', '我們全部是 Skype Online，目前還沒有 ER。同事在辦公室打外線給客戶，路徑怎麼走？', 'hasNot'],
  ['zh-TW', '公司還沒拉專線，都是 Online 帳號，兩個同事都在辦公室裡一對一通話，路徑？', 'hasNot'],
  ['zh-TW', '全部都是 Online，ER 這週在維修。同事在辦公室打 PSTN 電話，路徑怎麼走？', 'down'],
  // A bare "no ER" with the Internet said instead is the connection we have, not a path seen (conv57, a dev
  // conversation: the opening got the article's ExpressRoute paths, and so did the call asked after it).
  ['en', 'We are on Skype for Business Online, no ER — only a plain internet connection. Two coworkers in the office call each other on Skype, which paths?', 'hasNot'],
  ['en', 'all users Online, no ExpressRoute, just the regular internet here; a clerk in the office rings a mobile number, paths?', 'hasNot'],
  ['zh-TW', '全部是 Online 帳號，沒有ER只有一般網路。兩個同事都在辦公室一對一通話，路徑怎麼走？', 'hasNot'],
  ['zh-TW', '都是 Online 帳號，沒有專線，只有一般的網路；同事在辦公室打外線給客戶，路徑怎麼走？', 'hasNot'],
];

/** The lack said alone after an answer (these were shown for that answer only before session 56). */
const HAS_NOT_SAID: [Locale, string][] = [
  ['en', "We don't have ExpressRoute"],
  ['en', 'we have no ER'],
  ['en', 'No ExpressRoute here.'],
  ['en', "we aren't on ER"],
  ['zh-TW', '我們沒有 ER'],
  ['zh-TW', '沒拉 ER'],
  ['zh-TW', '公司根本沒有 ExpressRoute'],
];

const WHAT_IF: Record<Locale, string> = { en: 'what if the user is at home?', 'zh-TW': '如果使用者在家呢？' };
const HAS: Record<Locale, string> = { en: 'we do have ExpressRoute', 'zh-TW': '我們有 ER' };

function withoutExpressRoute(card: AdaptiveCard, locale: Locale): void {
  expect(kindOf(card, locale)).toBe('answer');
  const er = t(locale, 'pathShort.expressRoute');
  for (const traffic of ['signaling', 'media'] as const) expect(pathsOf(card, traffic).some((party) => party.startsWith(er))).toBe(false);
}

describe.each(OPENINGS)('%s opening: %s', (locale, text, lack) => {
  it('answers without ExpressRoute, worked out, and keeps it for the next answers until said otherwise', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(text);
    withoutExpressRoute(card, locale);
    expect(allText(card)).toContain(t(locale, `dialog.expressRoute.${lack}Kept`));
    const session = await conversation.session();
    expect(session.expressRoute).toBe(lack);
    const documented = advise(session.scenario).resolution!;
    expect(sourceOf(card)).toBe(sourceText({ ...documented, derived: true }, locale));
    // The next what-if is still without it.
    const [next] = await conversation.say(WHAT_IF[locale]);
    withoutExpressRoute(next, locale);
    expect(allText(next)).toContain(t(locale, `dialog.expressRoute.${lack}Kept`));
    // Said to be there again: the article's paths.
    const [back] = await conversation.say(HAS[locale]);
    expect(allText(back)).toContain(t(locale, 'dialog.expressRoute.hasAgain'));
    expect(allText(back)).not.toContain(t(locale, `dialog.expressRoute.${lack}Kept`));
    expect((await conversation.session()).expressRoute).toBeUndefined();
  });
});

describe.each(HAS_NOT_SAID)('%s said after an answer: %s', (locale, text) => {
  it('shows the answer without it, and keeps it for the next question', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const [card] = await conversation.say(text);
    withoutExpressRoute(card, locale);
    expect(allText(card)).toContain(t(locale, 'dialog.expressRoute.hasNotKept'));
    expect(allText(card)).not.toContain(t(locale, 'dialog.expressRoute.hasNotAnswer'));
    const [next] = await conversation.say(WHAT_IF[locale]);
    withoutExpressRoute(next, locale);
  });
});

it.each(['en', 'zh-TW'] as const)('%s: said while a question is on screen, noted, the question asked again, the answer without it', async (locale) => {
  const conversation = startConversation({ recognizer, locale });
  const [question] = await conversation.say(locale === 'en' ? 'hybrid meeting, which way does it go?' : '混合式部署的會議，路徑怎麼走？');
  const [reply] = await conversation.say(locale === 'en' ? "we haven't got ExpressRoute" : '我們還沒拉 ER');
  expect(allText(reply)).toContain(t(locale, 'dialog.expressRoute.hasNotNoted'));
  expect(questionOf(reply).slot).toBe(questionOf(question).slot);
  expect((await conversation.session()).expressRoute).toBe('hasNot');
});

it.each(['en', 'zh-TW'] as const)('%s: the why of an answer without it gives the article’s reasons, said to be for its paths', async (locale) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(OPENINGS.find(([l]) => l === locale)![1]);
  const [why] = await conversation.say(locale === 'en' ? 'why?' : '為什麼？');
  expect(allText(why)).toContain(t(locale, 'dialog.expressRoute.whyKept'));
});

it.each(['en', 'zh-TW'] as const)('%s: starting over forgets it', async (locale) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(OPENINGS.find(([l]) => l === locale)![1]);
  await conversation.say(locale === 'en' ? 'start over' : '重新開始');
  expect((await conversation.session()).expressRoute).toBeUndefined();
});

it.each(['en', 'zh-TW'] as const)('%s: a what-if without it after an answer is not kept', async (locale) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(ANSWERED[locale]);
  await conversation.say(locale === 'en' ? 'and if we had no ER?' : '如果我們沒有 ER 呢？');
  expect((await conversation.session()).expressRoute).toBeUndefined();
});

/**
 * Having it supposed after the lack was said ("and if we did buy ER?", 「那要是有拉專線呢」): the article's paths, shown
 * for that question only; the lack said stays for the answers after it (conv56, dev conversations: not understood).
 */
const SUPPOSED: [Locale, string][] = [
  ['en', 'and if we did buy ExpressRoute, what would it look like then?'],
  ['en', 'what if we got ER?'],
  ['en', 'suppose we had an ExpressRoute circuit after all'],
  ['en', 'and with ER?'],
  ['en', 'if we ordered ExpressRoute, how would the traffic go?'],
  ['zh-TW', '那要是有拉專線呢'],
  ['zh-TW', '那有 ExpressRoute 呢？'],
  ['zh-TW', '假如公司有 ER，路徑會怎麼走？'],
];

describe.each(SUPPOSED)('%s supposed after the lack: %s', (locale, text) => {
  it('shows the article’s paths for this question, and keeps the lack', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(OPENINGS.find(([l, , lack]) => l === locale && lack === 'hasNot')![1]);
    withoutExpressRoute(first, locale);
    const [card] = await conversation.say(text);
    expect(kindOf(card, locale)).toBe('answer');
    expect(allText(card)).toContain(t(locale, 'dialog.expressRoute.hasSupposed'));
    expect(allText(card)).not.toContain(t(locale, 'dialog.expressRoute.hasNotKept'));
    const er = t(locale, 'pathShort.expressRoute');
    expect(pathsOf(card, 'signaling').every((party) => party.includes(er))).toBe(true);
    expect((await conversation.session()).expressRoute).toBe('hasNot');
    const [next] = await conversation.say(WHAT_IF[locale]);
    withoutExpressRoute(next, locale);
  });
});

it.each(['en', 'zh-TW'] as const)('%s: supposed with no lack said, it goes on as before', (locale) => {
  // The answers already assume it; the message is read as any other (saysExpressRoute leaves what-ifs alone).
  expect(supposesExpressRoute(locale === 'en' ? 'what if we had ER?' : '如果我們有 ER 呢')).toBe(true);
  expect(saysExpressRoute(locale === 'en' ? 'what if we had ER?' : '如果我們有 ER 呢')).toBeUndefined();
});

it.each(['what if we had ER and she was at home?', 'with ER', 'what if we did not have ER', '如果有 ER，她在家的話呢', '有 ER 嗎'])('not supposed alone: %s', (text) => {
  expect(supposesExpressRoute(text)).toBe(false);
});

describe('what counts as a lack said as a fact', () => {
  it.each(HAS_NOT_SAID)('%s %s', (_locale, text) => {
    expect(saysExpressRoute(text)).toBe('hasNot');
    expect(statesOwnExpressRouteLack(text)).toBe('hasNot');
  });
  it.each([
    "we don't have ER yet",
    'ExpressRoute is not set up yet',
    'our ER circuit is down this week',
    'the ExpressRoute link will be offline until Monday',
    '我們還沒拉 ER',
    '目前沒有專線',
    'ER 這幾天故障',
  ])('%s', (text) => expect(statesOwnExpressRouteLack(text)).toBeDefined());
  it.each([
    'what if we had no ER?',
    'and without ER?',
    '沒 ER 的話？',
    '如果沒有 ER 呢',
    'the branch has no ER',
    '分公司沒有 ER',
    'ExpressRoute is down',
    'ER 斷線了',
    'the ER circuit is up',
    'we go over ExpressRoute',
  ])('not %s', (text) => expect(statesOwnExpressRouteLack(text)).toBeUndefined());
  it.each([
    'no VPN, over ER, two users in the office call each other',
    'we have ER but the audio goes over the internet',
    '沒有 VPN，走 ER，兩個同事在辦公室通話',
    "what if we had no ER, and she's at home?",
    'the media does not use ER, why?',
    // A bare "no ER" beside a path may be what a trace showed.
    'tracert shows the media going out to the internet, no ER',
    '媒體走外網，沒有 ER',
  ])('no clause of %s', (text) => expect(ownExpressRouteLackClause(text)).toBeUndefined());
});
