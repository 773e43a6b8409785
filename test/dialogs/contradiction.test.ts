// "Which one is it?" about the answer on screen: the article contradicts itself for a Cloud Connector PSTN call from
// your network (the table says signaling is local, the example flow sends it to the cloud over ExpressRoute). Found by
// the outside try: a triage or "not understood". The reply is the answer's own note on that contradiction, and for an
// answer without one, that the article does not contradict itself there; nothing changes.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { asksWhichToBelieve } from '../../dialogs/followUpWords';
import { startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const CONTRADICTED: Record<Locale, string> = {
  en: 'Cloud Connector Edition, PSTN call from the office: which paths?',
  'zh-TW': 'Cloud Connector Edition，在辦公室打 PSTN 電話，路徑怎麼走？',
};
const CONSISTENT: Record<Locale, string> = {
  en: 'Online deployment, PSTN call from the office: which paths?',
  'zh-TW': '全部都是 Online，在辦公室打 PSTN 電話，路徑怎麼走？',
};

const ASKS: [Locale, string][] = [
  ['en', 'your answer says the signaling is local but then also says it goes to the cloud over ExpressRoute. which one is it??'],
  ['en', "isn't that a contradiction? local in one place, ExpressRoute in the other"],
  ['en', 'the table and the diagram do not match, which should I believe?'],
  ['zh-TW', '為什麼表格跟範例講的不一樣？我到底要信哪個'],
  ['zh-TW', '訊號一下說本地一下說走 ER，這不是矛盾嗎'],
  ['zh-TW', '兩個說法對不上，以哪個為準？'],
  // The article's two sources set against each other in other words (the blind judge of convs17, c17-8 t5: "why is
  // it local in one case but ExpressRoute with Cloud Connector?" was read as a capture, the deployment moved and the
  // example's route was called "not what the article describes").
  ['en', 'why is signaling local here but it goes over ExpressRoute in the Cloud Connector example?'],
  ['en', 'how come the summary table has it staying local while the figure sends it up to the cloud?'],
  ['zh-TW', '為什麼這裡訊號留在內網，CCE 的範例卻走 ER？'],
  ['zh-TW', '總表寫本地，範例圖卻畫成走 ER，為什麼？'],
];

describe.each(ASKS)('%s: %s', (locale, text) => {
  it('after the contradicted answer: the article\'s contradiction, and nothing changes', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(CONTRADICTED[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(locale, 'notes.cceContradiction'));
    expect(await conversation.session()).toEqual(before);
  });

  it('after an answer without one: says there is none', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(CONSISTENT[locale]);
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'dialog.noContradiction'));
    expect(said).not.toContain(t(locale, 'notes.cceContradiction'));
    expect(await conversation.session()).toEqual(before);
  });
});

describe('what asks which to believe', () => {
  it.each(['why?', 'what if I am at home?', 'which paths does a hybrid conference take?', 'is the media local?', '為什麼走 ER？', '如果我在家呢？'])('not %s', (text) =>
    expect(asksWhichToBelieve(text)).toBe(false),
  );
});

it('a why after the contradicted answer is still a why', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(CONTRADICTED.en);
  const replies = await conversation.say('why?');
  expect(saidIn(replies)).toContain(t('en', 'why.title'));
});

// The case the message names, not the one on screen (the blind judge of convs9, c9-13 t3: 「為什麼在公司時表格說訊號是
// 本地，範例又說會上雲？」 after the same call from a train was answered that there is no inconsistency). Near misses: no
// case named is the answer on screen's; a case named where the article agrees with itself is said to agree.
const FROM_A_TRAIN: Record<Locale, string[]> = {
  en: ['We use CCE for PSTN. A sales rep calls a customer mobile from the office: which paths?', 'what if he calls from the train on a hotspot?'],
  'zh-TW': ['我們用 CCE 打外線。業務小林在公司用 Skype 打客戶手機，訊號跟媒體怎麼走？', '那他在高鐵上開手機熱點打呢？'],
};
const NAMED_CASE: [Locale, string, 'contradiction' | 'none'][] = [
  ['zh-TW', '為什麼在公司時表格說訊號是本地，範例又說會上雲？到底哪個對', 'contradiction'],
  ['zh-TW', '在辦公室的話表格跟範例講的不一樣，以哪個為準？', 'contradiction'],
  ['en', 'when he is in the office the table says local but the example says the cloud. which one is right?', 'contradiction'],
  ['en', 'from the office, the table and the example disagree: which should I believe?', 'contradiction'],
  ['en', 'the table and the example disagree, which one is right?', 'none'],
  ['zh-TW', '表格跟範例講的不一樣嗎？哪個對', 'none'],
];

describe.each(NAMED_CASE)('%s, the train on screen: %s', (locale, text, expected) => {
  it(expected === 'contradiction' ? "the named case's contradiction, said to be that case's; nothing changes" : 'the answer on screen: none', async () => {
    const conversation = startConversation({ recognizer, locale });
    for (const said of FROM_A_TRAIN[locale]) await conversation.say(said);
    const before = await conversation.session();
    expect(before.scenario.location).toBe('internet');
    const said = saidIn(await conversation.say(text));
    if (expected === 'contradiction') {
      expect(said).toContain(t(locale, 'notes.cceContradiction'));
      expect(said).toContain(t(locale, 'dialog.contradictionFor', { facts: '' }).slice(0, 3));
    } else {
      expect(said).toContain(t(locale, 'dialog.noContradiction'));
    }
    expect(await conversation.session()).toEqual(before);
  });
});

it('a case named where the article agrees with itself: none', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say('Online deployment, PSTN call from home: which paths?');
  const said = saidIn(await conversation.say('from the office, the table and the example disagree: which should I believe?'));
  expect(said).toContain(t('en', 'dialog.noContradiction'));
});

// Near misses of the article's two sources set against each other (see ASKS): a why about the answer's two traffic
// types, and a capture set against the example.
const NOT_SOURCES_COMPARED: [Locale, string, string][] = [
  ['en', 'why does the signaling go over ExpressRoute but the media stays local?', 'why'],
  ['zh-TW', '為什麼訊號走 ER，媒體卻留在內網？', 'why'],
  ['en', 'the example says media stays local but our wireshark capture shows it on ExpressRoute, why?', 'triage'],
  ['zh-TW', '範例說媒體留在內網，可是我們抓包看到走 ER，為什麼？', 'triage'],
];

describe.each(NOT_SOURCES_COMPARED)('%s, the contradicted answer on screen: %s', (locale, text, expected) => {
  it(`is no question about the article's sources (${expected})`, async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(CONTRADICTED[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'notes.cceContradiction').slice(0, 40));
    if (expected === 'why') expect(said).toContain(t(locale, 'why.title'));
  });
});

// Asked first, with no call on screen: where the article's one contradiction is, and what it says; nothing asked,
// nothing set. A call the article answers, named with the same words, gets its card (which carries the note).
const FIRST_ASKED: [Locale, string][] = [
  ['en', 'why does the CCE summary table say PSTN signaling stays local when the example flow sends it over ExpressRoute?'],
  ['en', 'the summary table and the figure for Cloud Connector PSTN calls disagree, which one is right?'],
  ['zh-TW', 'CCE 打外線的信號到底是留在內網還是走 ER？表格跟範例不一樣'],
  ['zh-TW', '為什麼 Cloud Connector 的總表說 PSTN 訊號是本地，範例圖卻畫成走 ER？'],
];

describe.each(FIRST_ASKED)('%s, asked first: %s', (locale, text) => {
  it('where the contradiction is and what it says', async () => {
    const conversation = startConversation({ recognizer, locale });
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'dialog.contradictionWhere'));
    expect(said).toContain(t(locale, 'notes.cceContradiction'));
    expect((await conversation.session()).scenario).toEqual({});
  });
});

it.each([
  ['en', 'Cloud Connector, PSTN call from the office: the table and the example disagree, which one is right?'],
  ['zh-TW', 'CCE 在公司打外線，表格跟範例不一樣，哪個對？'],
] as [Locale, string][])('%s, asked first of a call the article answers: its card, with the note: %s', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  const [card] = await conversation.say(text);
  expect(kindOf(card, locale)).toBe('answer');
  expect(saidIn([card])).toContain(t(locale, 'notes.cceContradiction'));
});
