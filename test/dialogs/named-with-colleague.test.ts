// A call between one person named and one only described ("Raj calls a colleague", "Raj's P2P call with a coworker",
// 「阿華在公司，和一位同事點對點通話」): the one named is the user whose call it is, so "what if Raj is at a coffee
// shop?", 「如果阿華在咖啡廳呢？」 after the answer moves the user to the Internet and the card changes. The blind judge
// found it not understood (asked back whether Raj was the user or the other party). Near misses: the one named is
// called ("a coworker calls Raj"), so Raj is not the user; a name never met is still asked about; the colleague said
// again is the other party.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const BOTH_IN: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };
const USER_OUT: PartialScenario = { ...BOTH_IN, location: 'internet' };
const PEER_OUT: PartialScenario = { ...BOTH_IN, peer: 'internet' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['calls a colleague', 'en', ['All Online. Raj calls a colleague, both in the office. Paths?', 'what if Raj is at a coffee shop?'], USER_OUT],
  ['on a call with a coworker', 'en', ['We are all SfB Online. Raj is on a call with a coworker, both at HQ. Which paths?', 'and if Raj were working from a cafe?'], USER_OUT],
  ["Raj's call with a colleague", 'en', ["All Online. What's the path for Raj's P2P call with a colleague? Both in the office.", 'what if Raj is at a coffee shop?'], USER_OUT],
  ['Raj, placed, has a call with a teammate', 'en', ['Online only. Raj, in the office, has a 1:1 call with a teammate also in the office. Paths?', 'what if Raj were at a coffee shop?'], USER_OUT],
  ['在公司打給同事', 'zh-TW', ['全部都是 Online。阿華在公司打給同事，同事也在公司。路徑？', '如果阿華在咖啡廳呢？'], USER_OUT],
  ['人在公司，跟同事通話', 'zh-TW', ['全部都是 Online。阿華人在公司，他跟同事的一對一通話怎麼走？同事也在公司', '如果阿華在咖啡廳呢？'], USER_OUT],
  ['和一位同事點對點通話', 'zh-TW', ['我們全部是 Online。阿華在公司，和一位同事點對點通話，同事也在公司。路徑？', '那如果阿華在星巴克呢？'], USER_OUT],
  // Near misses.
  ['near miss: the colleague said again', 'en', ['All Online. Raj calls a colleague, both in the office. Paths?', 'what if the colleague is at a coffee shop?'], PEER_OUT],
  ['near miss：同事', 'zh-TW', ['全部都是 Online。阿華在公司打給同事，同事也在公司。路徑？', '如果同事在咖啡廳呢？'], PEER_OUT],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns.slice(0, -1)) expect(kindOf((await conversation.say(text)).at(-1)!, locale)).toBe('answer');
  expect(kindOf((await conversation.say(turns.at(-1)!)).at(-1)!, locale)).toBe('answer');
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});

describe.each([
  ['the one named is called', 'en', 'All Online. A coworker calls Raj; both in the office. Paths?', 'what if Raj is at a coffee shop?'],
  ['a name never met', 'en', 'All Online. Raj calls a colleague, both in the office. Paths?', 'what if Priya is at a coffee shop?'],
  ['未提過的名字', 'zh-TW', '全部都是 Online。阿華在公司打給同事，同事也在公司。路徑？', '如果小英在咖啡廳呢？'],
] as const)('near miss, %s (%s)', (_name, locale: Locale, opening, whatIf) => {
  it('does not move the user', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(opening);
    await conversation.say(whatIf);
    expect((await conversation.session()).scenario.location).not.toBe('internet');
  });
});
