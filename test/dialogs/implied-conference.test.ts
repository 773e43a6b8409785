// What someone organizes, hosts or chairs is a meeting, whatever it is called ("I'm organizing the Q3 review",
// 「我要主持明天的季度回顧」): a blind judge's lead found the call type asked. Near misses: a call named is that call
// ("I scheduled a call with Tom"); organizing no gathering ("organizing my desk", 「我主持這個專案」) says no call type.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CASES: [Locale, string, PartialScenario['callType']][] = [
  ['en', "All Online. I'm organizing the Q3 review from home. ER or not?", 'conference'],
  ['en', "all online, I'm running the new-hire training from home, ER?", 'conference'],
  ['zh-TW', '我要主持明天的季度回顧，人在家，我們全部 Online，會走 ER 嗎？', 'conference'],
  ['zh-TW', '全部雲端，這次的專案檢討由我主持，我在公司，路徑怎麼走？', 'conference'],
  ['en', "I scheduled a call with Tom, we're all online, I'm in the office", 'peerToPeer'],
  ['en', "we're all online, I'm in the office organizing my desk. which paths?", undefined],
  ['zh-TW', '全部 Online，我在公司，我主持這個專案，路徑？', undefined],
];

describe.each(CASES)('%s: %s', (locale, text, callType) => {
  it(`reads the call type ${callType ?? 'as not said'}`, async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(text);
    expect((await conversation.session()).scenario.callType).toBe(callType);
  });
});
