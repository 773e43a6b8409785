// Probe grids for intents and vague questions (test/nlu/grids/): explain questions about every term, out-of-scope IT
// questions near the domain, vague questions with a sentence that states nothing. Each grid holds a floor on how many
// probes are read right, a little under what the recognizer reaches, and no wrong reading at all.
// GRID_MISSES=/tmp/grid.tsv writes every miss, for study.
import { appendFileSync } from 'fs';
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';
import { EXPLAIN_EN, EXPLAIN_ZH, FRAMED_EXPLAIN_EN, FRAMED_EXPLAIN_ZH, OWNERSHIP_EXPLAIN_EN, OWNERSHIP_EXPLAIN_ZH } from './grids/explain';
import { score, summary, type Probe } from './grids/grid';
import { ERRANDS_AND_FACILITIES_EN, ERRANDS_AND_FACILITIES_ZH, OUT_OF_SCOPE_EN, OUT_OF_SCOPE_ZH } from './grids/out-of-scope';
import { IMPLIED_HOMING_EN, IMPLIED_HOMING_ZH, KINDS_OF_USERS_EN, PREMISES_EN, VAGUE_EN, VAGUE_FACTS_ZH, VAGUE_GUESSES_EN, VAGUE_SPLIT_ZH, VAGUE_ZH } from './grids/vague';

const recognizer = createRecognizer();

/** name, probes, the share read right at least (0..1). */
const GRIDS: readonly (readonly [string, readonly Probe[], number])[] = [
  // Round 7 (nlu12): explain en 1493/1551 -> 1545, out of scope en 128/140 (12 wrong) -> 140/140 with the new forms.
  // Round 8 (nlu15): a term beside a scenario or an observed path, quiz and non-native forms: main dc77d5a reads en
  // 1855/1994 (93.0%), zh 1056/1154 (91.5%); 1950 (97.8%) and 1080 (93.6%) after ("Assume ...:" opening a scene,
  // "sorry for my English", "which role plays", 「最能描述」「的角色」). Left: a fact term asked beside a scenario of one's
  // own ("ELI5 where ExpressRoute fits in when I call a colleague from home", 「想了解一下 ER 的角色，例如…的時候」).
  // Round 11 (nlu28): signaling in a French writer's spelling ("the 'signalisation' flows vs the 'média' flows", 8):
  // main 370ca96 1950/2002 -> 1958.
  ['explain en', EXPLAIN_EN, 0.97],
  ['explain zh', EXPLAIN_ZH, 0.93],
  // Round 14 (nlu38): a quiz, "not asking about any particular call", 「想問一個觀念」 around a term and the facts of a
  // call; whether two names are one thing ("係咪一樣", "the same thing as"): main f1d3233 reads en 127/200 and zh
  // 84/163 (0 wrong) -> 197 and 159.
  ['explain en, framed as about the concept', FRAMED_EXPLAIN_EN, 0.97],
  ['explain zh, framed as about the concept', FRAMED_EXPLAIN_ZH, 0.97],
  // Round 14 (nlu38): who runs a component or a segment ("who looks after", 「是誰保證的」): 778a0d9 reads 76 of the 110
  // (en and zh) -> en 67/68, zh 42/42.
  ['explain en, who runs it', OWNERSHIP_EXPLAIN_EN, 0.95],
  ['explain zh, who runs it', OWNERSHIP_EXPLAIN_ZH, 0.95],
  // Round 11 (nlu28): meeting chores and features, lists and contracts (captions, a meeting moved, an invite sent
  // again, a distribution list, a carrier contract; 40): main 370ca96 201/230 with 27 wrong -> 230/230, 0 wrong.
  ['out of scope en', OUT_OF_SCOPE_EN, 0.98],
  // Round 9 (nlu20): 28 near-domain Chinese questions naming a call, a place, Teams or ExpressRoute: main 80.9% with 63
  // wrong -> 99.4%, 0 wrong.
  ['out of scope zh', OUT_OF_SCOPE_ZH, 0.98],
  // Round 14 (nlu38): errands, facilities, a meeting's time, set-up steps, billing: 778a0d9 reads en 4/18 and zh 12/15
  // -> 18/18 and 15/15.
  ['errands and facilities en', ERRANDS_AND_FACILITIES_EN, 0.98],
  ['errands and facilities zh', ERRANDS_AND_FACILITIES_ZH, 0.98],
  ['vague en', VAGUE_EN, 0.97],
  ['vague zh', VAGUE_ZH, 0.97],
  ['vague zh, one fact each', VAGUE_FACTS_ZH, 0.99],
  ['vague zh, one fact beside a part homed otherwise (Hybrid)', VAGUE_SPLIT_ZH, 0.99],
  // Round 11 (nlu28): a fact beside a guess ("might still be on the old pool", "not sure whether ... or ..."): 231
  // probes, main 370ca96 reads 68 (29.4%) with 153 wrong (the guessed homing, deployment or host read as said); 231 after.
  ['vague en, one fact beside a guess', VAGUE_GUESSES_EN, 0.98],
  // Round 11 (nlu28): "at the client's premises" (120): main 370ca96 reads 24 (20.0%) with 96 wrong (an account on
  // premises: homing and a Hybrid deployment); 120 after.
  ['a client\'s premises en', PREMISES_EN, 0.98],
  // Round 11 (nlu28): the kinds of users the organization has beside a call between two ("We have both on-prem and
  // Online users", 30): main 370ca96 0/30 with 30 wrong (one homing given to each party) -> 30/30.
  ['kinds of users en', KINDS_OF_USERS_EN, 0.98],
  // Round 12 (nlu33): homing said in passing where the deployment or a federated party implies it ("Online user" in a
  // SfB Online tenant, 375 each): main 6866664 reads en 0 and zh 0 (all 750 with the homing read) -> 375 and 375.
  ['implied homing en', IMPLIED_HOMING_EN, 0.98],
  ['implied homing zh', IMPLIED_HOMING_ZH, 0.98],
];

describe.each(GRIDS)('%s grid', (name, probes, floor) => {
  const result = score(probes, (probe) => {
    const recognition = recognizer.recognize(probe.text);
    return { recognition, topic: recognition.topic && topicId(recognition.topic) };
  });
  if (process.env.GRID_MISSES) appendFileSync(process.env.GRID_MISSES, result.misses.map((m) => `${name}\t${m.why}\t${m.text}\n`).join(''));

  it(`reads at least ${(floor * 100).toFixed(0)}% right (${summary(result)})`, () => {
    expect(result.right / result.size).toBeGreaterThanOrEqual(floor);
  });

  it('reads no slot the text does not state', () => {
    expect(result.misses.filter((m) => m.why.includes('WRONG'))).toEqual([]);
  });
});
