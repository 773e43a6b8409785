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
