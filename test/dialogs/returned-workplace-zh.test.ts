// "回補習班打呢", "回安親班打的話": after an answer, going back to a place that could be anyone's is going back to work,
// a what-if of the writer on our network; and a call to someone named by a title the vocabulary had not known
// (團長, 個管師) is a call between two, answered without asking the call type (session 57, callzh57).
import { createRecognizer } from '../../src/nlu';
import type { Location } from '../../src/engine';
import { startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();
const FROM_HOME = '我們全部用 Skype Online，我在家撥外線電話，路徑怎麼走？';

describe.each([
  [FROM_HOME, '那回補習班打的話呢？', 'customerNetwork'],
  [FROM_HOME, '如果回安親班打呢', 'customerNetwork'],
  [FROM_HOME, '改成回到診所打呢？', 'customerNetwork'],
] as [string, string, Location][])('after %s: %s', (opening, followUp, location) => {
  it('answers again with the writer there', async () => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    const [first] = await conversation.say(opening);
    expect(kindOf(first, 'zh-TW')).toBe('answer');
    const before = (await conversation.session()).scenario;
    const [card] = await conversation.say(followUp);
    expect(kindOf(card, 'zh-TW')).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, location });
  });
});

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
