// 「在家打呢？」「那在公司打呢」 after an answer: where the writer calls from, said with the bare verb 打 (call) and a
// question particle, is a what-if of the user's place. Session 53's blind conversations got "not a question about call
// flows": 打 alone was no word for calling, so nothing of the message was kept. A bare 「打呢？」 names no place: no change.
import { createRecognizer } from '../../src/nlu';
import type { Location } from '../../src/engine';
import { ANSWERED, startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();
const HOME_ANSWERED = '全部都是 Online，我在家打 PSTN 電話，路徑怎麼走？';

describe.each([
  [ANSWERED['zh-TW'], '在家打呢？', 'internet'],
  [ANSWERED['zh-TW'], '那如果在飯店打的話呢？', 'internet'],
  [ANSWERED['zh-TW'], '如果改在咖啡廳打呢', 'internet'],
  [HOME_ANSWERED, '在公司打呢？', 'customerNetwork'],
  [HOME_ANSWERED, '那回辦公室打呢', 'customerNetwork'],
] as [string, string, Location][])('after %s: %s', (opening, followUp, location) => {
  it('answers again with the user there', async () => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    const [first] = await conversation.say(opening);
    expect(kindOf(first, 'zh-TW')).toBe('answer');
    const before = (await conversation.session()).scenario;
    expect(before.location).not.toBe(location);
    const [card] = await conversation.say(followUp);
    expect(kindOf(card, 'zh-TW')).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, location });
  });
});

it('「打呢？」 alone names no place and changes nothing', async () => {
  const conversation = startConversation({ recognizer, locale: 'zh-TW' });
  await conversation.say(ANSWERED['zh-TW']);
  const before = (await conversation.session()).scenario;
  await conversation.say('打呢？');
  expect((await conversation.session()).scenario).toEqual(before);
});
