// "she's online now" beside a move of her account ("Marta got migrated last month, she's online now") says where she
// is homed since, not that she is available: the organizer's homing corrected. Found by the blind judge: said while
// the organizer's homing was asked, it was "didn't understand". English only: 「她現在在線上」 has no presence reading.
// Near misses: "online now" as presence ("she's online now, you can ping her") still moves nothing.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const HYBRID_MEETING: PartialScenario = { deployment: 'hybrid', callType: 'conference' };
const LISA = "We're hybrid. I'm in the office, homed online, joining a meeting organized by Lisa, who is on-prem. Path?";

const CASES: [string, Locale, string[], PartialScenario][] = [
  [
    "the judge's: Marta, asked for",
    'en',
    [
      "hey so we're hybrid (some users on-prem, some online). our CFO Marta sets up the weekly finance sync, shes on-prem i think. Dev from accounting joins from the 4th floor and hes online homed. what path does his stuff take",
      "wait sorry, just checked — Marta got migrated last month, she's online now",
    ],
    { ...HYBRID_MEETING, organizer: 'online' },
  ],
  ['Lisa as she, after the answer', 'en', [LISA, "ah she got rehomed over the weekend, she's online now"], { ...HYBRID_MEETING, location: 'customerNetwork', homing: 'online', organizer: 'online' }],
  ['Lisa, the migration named', 'en', [LISA, "oh the migration finished for Lisa, she is online now"], { ...HYBRID_MEETING, location: 'customerNetwork', homing: 'online', organizer: 'online' }],
  ['near miss: presence', 'en', [LISA, "Lisa's online now, you can ping her"], { ...HYBRID_MEETING, location: 'customerNetwork', homing: 'online', organizer: 'onPremises' }],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns) await conversation.say(text);
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});
