// Triage speed: time per question for the engine's triage (explanation search, questions), and with its JSON in
// the reader's language as the command line builds it. The questions: every blind triage ticket of the dev part as
// the recognizer reads it (what a pasted ticket asks), every complete scenario with a media and a signaling path the
// article does not give (the search's heaviest cases), and partial scenarios (a fact or more unknown, so every
// scenario still possible is searched). The search's space is made once, at first use (timed apart); after that,
// each question is timed PASSES times and its time is the median (a pause of the process is not the triage's cost).
import { performance } from 'perf_hooks';
import { completions, resolve, triage, type Observation, type PartialScenario } from '../../src/engine';
import { createRecognizer } from '../../src/nlu';
import { triageJson } from '../../src/present';
import { loadTickets } from '../triage-eval';
import { round, summarize } from './stats';

const PASSES = 7;

interface Question {
  scenario: PartialScenario;
  observations: Observation[];
}

function questions(): Question[] {
  const recognizer = createRecognizer();
  const tickets = loadTickets('dev').flatMap((ticket): Question[] => {
    const r = recognizer.recognize(ticket.text);
    return r.observations ? [{ scenario: r.slots, observations: r.observations }] : [];
  });
  const other = (path: string) => (path === 'internet' ? 'expressRoute' : 'internet');
  const complete = completions({}).flatMap((s): Question[] => {
    const r = resolve(s)!;
    return [
      { scenario: s, observations: [{ traffic: 'media', party: 'user', path: other(r.media[0].path) }] },
      { scenario: s, observations: [{ traffic: 'signaling', party: 'user', path: other(r.signaling[0].path) }, { traffic: 'media', party: 'user', path: 'local' }] },
    ];
  });
  const partials: PartialScenario[] = [{}, { callType: 'peerToPeer' }, { deployment: 'hybrid' }, { callType: 'conference', location: 'customerNetwork' }];
  const partial: Question[] = partials.map((scenario) => ({
    scenario,
    observations: [{ traffic: 'media', party: 'user', path: 'internet' }],
  }));
  return [...tickets, ...complete, ...partial];
}

function timed(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

export function runTriageBench(): Record<string, number> {
  const all = questions();
  const spaceMs = timed(() => triage({ deployment: 'online', callType: 'pstn', location: 'customerNetwork' }, [{ traffic: 'media', party: 'user', path: 'internet' }]));
  const first = all.map((q) => timed(() => triage(q.scenario, q.observations)));
  const engine: number[] = [];
  const withJson: number[] = [];
  for (const q of all) {
    const e: number[] = [];
    const j: number[] = [];
    for (let pass = 0; pass < PASSES; pass++) {
      e.push(timed(() => triage(q.scenario, q.observations)));
      j.push(timed(() => triageJson(triage(q.scenario, q.observations), 'en')));
    }
    engine.push(summarize(e).median);
    withJson.push(summarize(j).median);
  }
  const firstPass = summarize(first);
  const perQuestion = summarize(engine);
  const json = summarize(withJson);
  return {
    questions: all.length,
    firstQuestionWithSpaceMs: round(spaceMs),
    firstPassMedianMs: round(firstPass.median),
    firstPassP99Ms: round(firstPass.p99),
    medianMs: round(perQuestion.median),
    p99Ms: round(perQuestion.p99),
    maxMs: round(perQuestion.max),
    withJsonMedianMs: round(json.median),
    withJsonP99Ms: round(json.p99),
  };
}

if (require.main === module) process.stdout.write(JSON.stringify(runTriageBench(), null, 2) + '\n');
