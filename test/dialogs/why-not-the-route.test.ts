// "why wouldn't that use ER?", 「那為何沒走 ExpressRoute？」, "how come it isn't using ER?" after an answer: why the path
// shown does not take that route, the reasons of the answer. Convs18's blind judge saw them read as a path
// seen (a triage verdict, or a triage asking who organized the meeting) or as a yes/no about the answer (「是的，依上面
// 的答案」): a negated why took the route it names for one seen, and 為何 was no why where 為什麼 was. Near misses: a
// path said to be seen, or asked yes or no without a why, stays what it was.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { allText, kindOf } from './cardReading';

const recognizer = createRecognizer();

const MEETING: Record<Locale, string> = {
  en: "We're fully Online, I'm at home in a meeting. Path?",
  'zh-TW': '我們全部是 Online，我在家開會。路徑？',
};
const P2P: Record<Locale, string> = {
  en: "We're fully Online. I'm at home calling a colleague in the office. Which path?",
  'zh-TW': '我們全部是 Online。我在家打給在公司的同事。路徑？',
};

const OPENINGS = { meeting: MEETING, p2p: P2P };
const WHY_NOTS: [Locale, keyof typeof OPENINGS, string][] = [
  ['en', 'meeting', "why wouldn't that use ER?"],
  ['en', 'meeting', "why isn't ER used?"],
  ['en', 'meeting', 'how come it doesnt go over expressroute'],
  ['en', 'p2p', "why wouldn't that use ER?"],
  ['zh-TW', 'meeting', '那為何沒走 ExpressRoute？'],
  ['zh-TW', 'meeting', '為啥不走 ER'],
  ['zh-TW', 'p2p', '那為何沒走 ExpressRoute？'],
  ['zh-TW', 'meeting', '怎麼會沒走專線？'],
];

it.each(WHY_NOTS)('%s after a %s answer: %s gives its reasons', async (locale, opening, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(OPENINGS[opening][locale]);
  const before = await conversation.session();
  const replies = await conversation.say(text);
  expect(replies.map((card) => kindOf(card, locale))).toEqual(['explain']);
  const after = await conversation.session();
  expect(after.scenario).toEqual(before.scenario);
  expect(after.triage).toBeUndefined();
});

const NEAR_MISSES: [Locale, string, string][] = [
  ['en', 'our capture shows the media went over ER', 'triage'],
  ['zh-TW', '我們抓包看到媒體走 ER', 'triage'],
  ['en', "why isn't the media on the internet? our capture shows it went over ER", 'triage'],
  ['zh-TW', '為什麼媒體沒走網際網路？我們抓包看到走 ER', 'triage'],
  ['zh-TW', '所以沒走 ExpressRoute？', 'pathAsked'],
];

it.each(NEAR_MISSES)('near miss %s: %s stays a %s', async (locale, text, then) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(MEETING[locale]);
  const replies = await conversation.say(text);
  const after = await conversation.session();
  if (then === 'triage') expect(after.triage).toBeDefined();
  else {
    expect(after.triage).toBeUndefined();
    expect(replies.map((card) => kindOf(card, locale))).not.toContain('explain');
    expect(replies.map(allText).join(' ')).toMatch(/依上面的答案/);
  }
});
