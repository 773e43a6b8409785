// "why not direct?", 「為什麼不直接連？」 asks why the path shown is not direct: the why of the call, never a fact that a
// firewall blocks the direct path (which turned an answer into "blocked by a firewall" or "this changes nothing"), and
// said of another call ("my one-to-one call with someone at another company, why not direct?") it is about that call,
// with no firewall either. Found by the blind judge (wrong). Near misses: a firewall said to block direct still does.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const P2P: Record<Locale, string> = {
  en: "We're online. I'm in the office on a call with a colleague at home. Path?",
  'zh-TW': '我們是 Online。我在公司跟在家的同事通話。路徑？',
};
const MEETING: Record<Locale, string> = {
  en: "We're online. I'm in the office joining a meeting organized by my boss. Path?",
  'zh-TW': '我們是 Online。我在公司參加主管開的會議。路徑？',
};

const WHYS: [Locale, Record<Locale, string>, string][] = [
  ['en', P2P, 'why not direct?'],
  ['en', P2P, 'hm why isnt it direct'],
  ['en', MEETING, 'why not direct?'],
  ['zh-TW', P2P, '為什麼不直接連？'],
  ['zh-TW', MEETING, '那為什麼不直接連？'],
];

it.each(WHYS)('%s: %s / %s explains the call, no firewall said', async (locale, opening, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(opening[locale]);
  const before = await conversation.session();
  const [card] = await conversation.say(text);
  expect(kindOf(card, locale)).toBe('explain');
  expect((await conversation.session()).scenario).toEqual(before.scenario);
});

const OTHER_CALL: [Locale, string][] = [
  ['en', 'and my one-to-one call with a guy at another company, why not direct?'],
  ['zh-TW', '那我跟別家公司的人一對一通話，為什麼不直接連？'],
];

it.each(OTHER_CALL)('%s: %s is about that call, no firewall said', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(MEETING[locale]);
  await conversation.say(text);
  const { scenario } = await conversation.session();
  expect(scenario).toMatchObject({ callType: 'peerToPeer', peer: 'federated' });
  expect(scenario.firewall).toBeUndefined();
});

const FIREWALLS: [Locale, string][] = [
  ['en', "our firewall doesn't allow direct connections"],
  ['en', 'direct is not allowed between the clients, why?'],
  ['zh-TW', '我們防火牆不允許直接連'],
];

it.each(FIREWALLS)('near miss %s: %s still blocks the direct path', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(P2P[locale]);
  await conversation.say(text);
  expect((await conversation.session()).scenario.firewall).toBe('blocksDirect');
});
