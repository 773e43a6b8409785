// A preface that turns to another subject ("different thing: …", 「另外一件事：…」) says nothing of its own: the rest is
// the message. Read whole, "different" made a new meeting a question of what a term means (conv64v, a dev set: the
// meeting never answered, and the next follow-up answered the call before). Near miss: a question of a difference is
// still explained.
import { type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CALL: Record<Locale, string> = {
  en: 'Our PSTN calls go out through Cloud Connector Edition. The clerk calls a supplier from her desk in the office. Paths?',
  'zh-TW': '我們的外線走 Cloud Connector Edition。櫃台人員在公司座位打給廠商，路徑怎麼走？',
};

const NEW_SUBJECT: [Locale, string][] = [
  ['en', "different thing: tonight I'm joining a meeting our treasurer organised (she's an Online user too), from home"],
  ['en', 'another question - I join a meeting hosted by an Online user from my flat'],
  ['en', 'on a different note, I am joining a meeting an Online user organized, from home'],
  ['zh-TW', '另外一件事：我今晚在家加入財務長開的會議，財務長是線上使用者'],
  ['zh-TW', '換個問題，我在家加入線上使用者主持的會議'],
];

describe.each(NEW_SUBJECT)('%s: %s after an answer', (locale, text) => {
  it('answers the meeting the rest says', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(CALL[locale]);
    const replies = await conversation.say(text);
    expect(replies.map((card) => kindOf(card, locale))).toContain('answer');
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'conference', location: 'internet', organizer: 'online' });
  });
});

it('en: a question of a difference is still explained', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(CALL.en);
  const replies = await conversation.say("what's the difference between signaling and media?");
  expect(replies.map((card) => kindOf(card, 'en'))).toContain('explain');
});
