// A why about a named colleague's path that states a fact of them ("why does Wang's media go over ER? he's in the
// office", 「為什麼小王的媒體走 ER？他在公司啊」): a why-question about that person's path, answered with the reasons of
// the answer on screen. A blind judge saw the fact read as the user's place, which differed from the answer: a path
// seen, and a triage card. Near miss: a fact of theirs that differs from the answer changes it.
import type { PartialScenario } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { saidIn } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CASES: [string, Locale, string, string, PartialScenario | undefined][] = [
  ['the judge’s wording', 'en', "All Online. I'm at home calling Wang, he's in the office. Paths?", "why does Wang's media go over ER? he's in the office", undefined],
  ['how come, her desk', 'en', "We're on Skype Online. I'm working from home on a call with Dana; Dana is in the office. Which paths?", 'how come Dana’s audio goes through ExpressRoute? she is in the office', undefined],
  ['為什麼，他在公司', 'zh-TW', '全部都是 Online。我在家打給小王，他在公司。路徑？', '為什麼小王的媒體走 ER？他在公司啊', undefined],
  ['near miss: a new place of theirs', 'en', "All Online. I'm at home calling Wang, he's in the office. Paths?", "why does Wang's media go over ER? he's at a hotel now", { peer: 'internet' }],
];

it.each(CASES)('%s (%s)', async (_name, locale, opening, text, changed) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(opening);
  const before = (await conversation.session()).scenario;
  const replies = await conversation.say(text);
  const after = (await conversation.session()).scenario;
  if (changed) {
    expect(after).toMatchObject(changed);
    return;
  }
  expect(after).toEqual(before);
  expect(saidIn(replies)).toContain(t(locale, 'why.title'));
});
