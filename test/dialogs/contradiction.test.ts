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
