// A hostile set (session 51) wrote to the advisor in languages it does not read, and got an ordinary card asking for the
// call type, as if the text said nothing. The reply says which languages the advisor reads, in the conversation's
// language (the page's or the channel's: a Japanese text is no Chinese one), and keeps what it could read (product
// names and facts), saying so; a question on screen stays.
import type { PartialScenario, SlotName } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { slotValueText } from '../../src/present';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, QUESTION, startConversation } from './harness';
import { kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const NOTHING_READ: [string, string][] = [
  ['Japanese', 'いえから でんわを かけると どうなりますか'],
  ['Korean', '회사 밖에서 회의에 들어가면 미디어는 어떤 경로로 가나요?'],
  ['Russian', 'Как идёт голос, если я подключаюсь к совещанию из дома?'],
  ['Spanish', '¿Por dónde pasa el sonido cuando hablo con un compañero?'],
  ['French', 'Par où passe le son quand je parle avec un collègue ?'],
  ['German', 'Wie geht die Sprache über das Netz, wenn ich mit einem Kollegen spreche?'],
  ['Vietnamese', 'Khi tôi gọi điện từ nhà thì âm thanh đi qua đường nào?'],
];

/** Product names and the words for a meeting or home the vocabulary knows in any language ("reunión", "在宅"). */
const FACTS_READ: [string, string, PartialScenario][] = [
  ['Korean', 'CCE 환경에서 사무실에서 PSTN 전화를 걸면 신호는 어떻게 되나요?', { deployment: 'cloudConnector', callType: 'pstn' }],
  ['Japanese', 'CCE 環境で、オフィスから PSTN へ電話をかけるとシグナリングはどうなりますか？', { deployment: 'cloudConnector', callType: 'pstn' }],
  ['Spanish', '¿Con CCE, una llamada PSTN desde la oficina por dónde va?', { deployment: 'cloudConnector', callType: 'pstn' }],
  ['Japanese', '在宅勤務のときに会議へ参加すると、音声はどの経路を通りますか？', { location: 'internet', callType: 'conference' }],
  ['Spanish', '¿Por dónde va el audio cuando estoy en casa y me uno a una reunión?', { location: 'internet', callType: 'conference' }],
];

describe.each(['en', 'zh-TW'] as const)('on a %s page', (locale: Locale) => {
  it.each(NOTHING_READ)('%s, nothing read: which languages are read, in the page language, nothing kept', async (_language, text) => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(locale, 'dialog.otherLanguage'));
    expect(replies.map((card) => kindOf(card, locale))).not.toContain('question');
    expect((await conversation.session()).scenario).toEqual({});
  });

  it.each(NOTHING_READ)('%s with a question on screen: said, and the same question again', async (_language, text) => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(QUESTION[locale]);
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(locale, 'dialog.otherLanguage'));
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.notUnderstoodAnswer'));
    expect(questionOf(replies.at(-1)!)).toEqual(questionOf(question));
    expect(await conversation.session()).toEqual(before);
  });

  it.each(FACTS_READ)('%s naming facts: they are kept, and said to be all that was read: %s', async (_language, text, slots) => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    const [notice] = t(locale, 'dialog.otherLanguageRead').split('{facts}');
    expect(saidIn(replies)).toContain(notice);
    for (const [slot, value] of Object.entries(slots)) expect(saidIn(replies)).toContain(slotValueText(slot as SlotName, value, locale));
    expect((await conversation.session()).scenario).toMatchObject(slots);
    // Nothing the message says was seen starts a triage: a path seen cannot be told from one asked in words not read.
    expect(['question', 'answer']).toContain(kindOf(replies.at(-1)!, locale));
  });
});

it.each([
  ['en', 'Дмитрий calls me from the office, both of us Online: which way does the media go?'],
  ['zh-TW', '小明の電腦在家裡，全部都是 Online，他加入線上會議，媒體走哪？'],
] as const)('%s with a word of another script in it is read as ever: %s', async (locale: Locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  const said = saidIn(await conversation.say(text));
  expect(said).not.toContain(t('en', 'dialog.otherLanguage'));
  expect(said).not.toContain(t('zh-TW', 'dialog.otherLanguage'));
});

// Look-alike letters and bidi controls read as the writer sees the words, by the dialog's own word checks too.
it.each(['Тhаnks!', 'thanks\u200f', '\u2067thanks\u2069', 'th\u202eanks'])('%s after an answer is thanks', async (text) => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(ANSWERED.en);
  const before = await conversation.session();
  expect(saidIn(await conversation.say(text))).toContain(t('en', 'dialog.thanks'));
  expect(await conversation.session()).toEqual(before);
});
