// The one the writer calls, said by their job before a name (「要打給業務小陳」, after the writer's place in a clause of
// its own), is known by that name: 「那他的路徑？」 (their paths, 呢 left out) shows theirs, and a what-if that places
// them while asking the writer's own paths ("what if Ben comes into the office - does my path change?",
// 「如果小陳回到公司，我的路徑會變嗎？」) moves them, not the writer (session 64's dev conversations: the writer's paths
// shown for his, the what-if answered as nothing changed); so is the one said with the writer where both are and called
// by a pronoun (「小潔跟我都在辦公室，我打給她」). Near miss: 「那我的路徑？」 is still the writer's.
import type { Locale } from '../../src/i18n';
import type { PartialScenario, Perspective } from '../../src/engine';
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { answeredFor, startConversation } from './harness';

const recognizer = createRecognizer();

/** The writer in the office calls someone at home, Online: answered for the writer. */
const OPENING: Record<Locale, string> = {
  en: "We're Online. I'm in the office calling Ben, he's at home on his own broadband. My paths?",
  'zh-TW': '我們是 Skype Online。我在公司，要打給業務小陳，他在家用自己的網路。我的路徑？',
};

const ASKED: Array<[Locale, string, Perspective]> = [
  ['en', 'and his paths?', 'peer'],
  ['zh-TW', '那他的路徑？', 'peer'],
  ['zh-TW', '那我的路徑？', 'user'],
];

it.each(ASKED)('%s: %s', async (locale, asked, perspective) => {
  expect(await answeredFor(recognizer, locale, [OPENING[locale], asked])).toBe(perspective);
});

const PLACED: Array<[Locale, string, PartialScenario]> = [
  ['en', 'what if Ben comes into the office - does my path change?', { location: 'customerNetwork', peer: 'customerNetwork' }],
  ['zh-TW', '如果小陳回到公司，我的路徑會變嗎？', { location: 'customerNetwork', peer: 'customerNetwork' }],
];

it.each(PLACED)('%s: a what-if placing the one called, asking the writer\'s paths: %s', async (locale, whatIf, expected) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(OPENING[locale]);
  const replies = await conversation.say(whatIf);
  expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
  const session = await conversation.session();
  expect(session.scenario).toMatchObject(expected);
  expect(session.perspective ?? 'user').toBe('user');
});

/** The one said with the writer where both are, called by a pronoun ("Tom and I …, I call him", 「小潔跟我都在…，我打給她」). */
const SAID_WITH_ME: Array<[Locale, string, string]> = [
  ['en', "We're Online. Tom and I are both in the office, I call him. My paths?", 'what if Tom is at home?'],
  ['zh-TW', '我們是 Skype Online。總務組的小潔跟我都在公司，我打給她，我的路徑？', '如果小潔在家呢？'],
];

it.each(SAID_WITH_ME)('%s: the one said with the writer is the one called: %s', async (locale, opening, whatIf) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(opening);
  const replies = await conversation.say(whatIf);
  expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
  expect((await conversation.session()).scenario).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
});

// A caller's name after a title ending in 官 and the callee's place said with 也 (「督察官小王是線上帳號，打給也在公司的出納
// 組長」): both known, so a PSTN call the callee places later takes the callee's homing, not the caller's.
it('zh-TW: the callee said with 也在 places a PSTN call with their own homing', async () => {
  const conversation = startConversation({ recognizer, locale: 'zh-TW' });
  await conversation.say('我們是混合式部署。督察官小王是線上帳號，打給也在公司的出納組長，組長是地端帳號。小王的路徑？');
  expect((await conversation.session()).people).toMatchObject({ 小王: 'user', 出納組長: 'peer' });
  const replies = await conversation.say('另外，組長在公司撥外線呢？');
  expect(kindOf(replies.at(-1)!, 'zh-TW')).toBe('answer');
  expect((await conversation.session()).scenario).toMatchObject({ callType: 'pstn', homing: 'onPremises', location: 'customerNetwork' });
});
