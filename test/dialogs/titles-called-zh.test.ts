// A call to someone named by a title the vocabulary had not known (團長, 個管師) is a call between two, answered without
// asking the call type (session 57, callzh57). Going back to a workplace (「回補習班打呢」) is in place-then-call-zh.
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  '我們全部用 Skype Online。我在辦公室打 Skype 給在家的團長，我這端怎麼走？',
  '我們全部用 Skype Online。我在公司用 Skype 打給在家的個管師，我的路徑？',
])('%s', (opening) => {
  it('is a call between two, answered at once', async () => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    const [card] = await conversation.say(opening);
    expect(kindOf(card, 'zh-TW')).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' });
  });
});
