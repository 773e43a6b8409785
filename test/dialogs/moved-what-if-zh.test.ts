// 「那如果改在機場呢」「改在家打的話」: 改 ("instead") before a place moves the person there, as 「如果在機場呢」 does.
// 改 alone was a word the vocabulary did not know, and the what-if after an answer was read as off-topic.
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const P2P = '我們全部是 Online。我在公司打給同事，同事也在公司。路徑怎麼走？';

describe.each([
  ['那如果改在機場呢？', { location: 'internet' }],
  ['如果我改在家呢', { location: 'internet' }],
  ['改在咖啡廳打的話呢？', { location: 'internet' }],
  ['那如果她改在家呢？', { peer: 'internet' }],
  ['如果同事改在飯店呢', { peer: 'internet' }],
])('%s after a peer-to-peer answer', (text, then) => {
  it(`applies ${JSON.stringify(then)}`, async () => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    const [answer] = await conversation.say(P2P);
    expect(kindOf(answer, 'zh-TW')).toBe('answer');
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, 'zh-TW')).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, ...then });
  });
});
