// How many questions the advisor asks: following nextQuestions() (always its first slot) until the answer is
// determined, over every complete scenario, against asking every slot that applies and against a fixed 4-question form.
// Run: node bin/run.js scripts/question-stats
import { ASKABLE_SLOTS, completions, isApplicable, nextQuestions, type PartialScenario } from '../src/engine';

const FIXED_FORM = 4;

/** Questions asked when each answer is taken from the scenario the user has in mind. */
function questionsFollowingAdvice(target: PartialScenario): number {
  let known: PartialScenario = {};
  let asked = 0;
  for (let slot = nextQuestions(known)[0]; slot !== undefined; slot = nextQuestions(known)[0]) {
    if (target[slot] === undefined) throw new Error(`Asked ${slot}, which ${JSON.stringify(target)} does not have`);
    known = { ...known, [slot]: target[slot] };
    asked++;
  }
  return asked;
}

/** Questions asked by a form that asks every slot that applies to the scenario. */
function questionsAskingEverySlot(target: PartialScenario): number {
  return ASKABLE_SLOTS.filter((slot) => isApplicable(slot, target) === true).length;
}

function summary(counts: number[]): { mean: number; max: number; histogram: Map<number, number> } {
  const histogram = new Map<number, number>();
  for (const n of [...counts].sort((a, b) => a - b)) histogram.set(n, (histogram.get(n) ?? 0) + 1);
  return { mean: counts.reduce((a, b) => a + b, 0) / counts.length, max: Math.max(...counts), histogram };
}

function print(label: string, counts: number[]): void {
  const { mean, max, histogram } = summary(counts);
  console.log(`${label}: mean ${mean.toFixed(2)}, max ${max}`);
  for (const [n, scenarios] of histogram) {
    const share = ((100 * scenarios) / counts.length).toFixed(1).padStart(5);
    console.log(`  ${n} question${n === 1 ? ' ' : 's'}: ${String(scenarios).padStart(3)} scenarios (${share}%)`);
  }
}

const scenarios = completions({});
const adaptive = scenarios.map(questionsFollowingAdvice);
const naive = scenarios.map(questionsAskingEverySlot);
const saved = adaptive.map((n, i) => naive[i] - n);

console.log(`Complete scenarios (firewall unknown, as users usually leave it): ${scenarios.length}`);
print('Following nextQuestions()', adaptive);
print('Asking every slot that applies', naive);
const totalSaved = saved.reduce((a, b) => a + b, 0);
console.log(
  `Questions saved against asking every slot: ${totalSaved} in all, mean ${(totalSaved / saved.length).toFixed(2)}, max ${Math.max(...saved)}`,
);
const fewer = adaptive.filter((n) => n < FIXED_FORM).length;
const equal = adaptive.filter((n) => n === FIXED_FORM).length;
const more = adaptive.filter((n) => n > FIXED_FORM).length;
console.log(`Against a fixed form of ${FIXED_FORM} questions: fewer in ${fewer}, as many in ${equal}, more in ${more} scenarios`);
console.log(`  (more than ${FIXED_FORM} slots apply to ${naive.filter((n) => n > FIXED_FORM).length} scenarios)`);
