// A follow-up that only names the other party by a trade holding a place ("and the lab tech's side?", "what about
// the depot foreman's route?") says no place: read as one, the room moved the one asked about before into it (a
// wrong answer, conv66v). English only (placeNamedPeople.ts). Near miss: a what-if that moves someone still moves them.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const OPENING = "Online-only tenant. A courier at a client's site on their guest wifi calls the dispatcher, who is in our depot office. Path?";
const AS_SAID: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ["the lab tech's side", 'en', [OPENING, "and the lab tech's side?"], AS_SAID],
  ["the depot foreman's route", 'en', [OPENING, "what about the depot foreman's route?"], AS_SAID],
  ['near miss: the courier moved to our office', 'en', [OPENING, 'what if the courier works from our office instead?'], { ...AS_SAID, location: 'customerNetwork' }],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns) await conversation.say(text);
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});
