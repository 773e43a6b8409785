// "all online" said while the advisor asks who organized: the deployment, which every party's homing follows, was
// moved onto the question's slot as if it answered it, and lost ("and if it's just the two of us on a call, not a
// meeting, both in the office, all online?" was asked the deployment again: the blind judge of convs10, c10-10 t4).
// A deployment stays said; said alone as Online (or Cloud Connector) to a question of someone's homing, that someone
// is Online too.
// Near miss: a bare homing ("on-prem") still answers the question on screen.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf, questionOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const ASKS_ORGANIZER: Record<Locale, string> = {
  en: 'a conference, which paths?',
  'zh-TW': '會議的路徑怎麼走？',
};

describe.each([
  ['en', "and if it's just the two of us on a call, not a meeting, both in the office, all online?"],
  ['en', 'a call between the two of us, both in the office, all online'],
  ['zh-TW', '如果只是我們兩個人一對一通話，不是會議，都在辦公室，全部都是線上的呢？'],
] as [Locale, string][])('%s, who organized on screen: %s', (locale, text) => {
  it('keeps the deployment and answers the call', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(ASKS_ORGANIZER[locale]);
    expect(questionOf(question).slot).toBe('organizer');
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ deployment: 'online', callType: 'peerToPeer' });
  });
});

describe.each([
  ['en', 'we are all online'],
  ['zh-TW', '我們全部都是線上的'],
] as [Locale, string][])('%s, who organized on screen: %s', (locale, text) => {
  it('the organizer is Online and the deployment stays Online', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ASKS_ORGANIZER[locale]);
    await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject({ deployment: 'online', organizer: 'online' });
  });
});

// Cloud Connector homes every user Online as Online does: the deployment named alone answers who organized the same
// way (session 56's blind conversations: 「雲端連接器」 said to that question got it again).
describe.each([
  ['en', 'Cloud Connector'],
  ['en', "we're on CCE"],
  ['zh-TW', '雲端連接器'],
  ['zh-TW', '我們是 CCE'],
] as [Locale, string][])('%s, who organized on screen: %s', (locale, text) => {
  it('the organizer is Online and the deployment stays Cloud Connector', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ASKS_ORGANIZER[locale]);
    await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject({ deployment: 'cloudConnector', organizer: 'online' });
  });
});

describe.each([
  ['en', 'on-prem'],
  ['zh-TW', '地端'],
] as [Locale, string][])('%s near miss, a bare homing: %s', (locale, text) => {
  it('answers who organized', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ASKS_ORGANIZER[locale]);
    await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject({ organizer: 'onPremises' });
  });
});
