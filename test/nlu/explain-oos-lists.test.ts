// Round 14 (nlu38): explain and out-of-scope questions written blind by helpers who never saw the recognizer
// (test/nlu/grids/explain-oos.*.jsonl: a topic id for each explain question; out-of-scope ones are about anything
// else). Floors at what the recognizer reaches, so a change that loses any of them shows here.
// On main f1d3233: en explain 159/202 (topic 139), out of scope 83/115; zh explain 132/186 (topic 122), out of scope 110/118.
import { readFileSync } from 'fs';
import { join } from 'path';
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

interface Line {
  kind: 'explain' | 'outOfScope';
  topic?: string;
  text: string;
}

const recognizer = createRecognizer();

function scoreList(file: string) {
  const lines = readFileSync(join(__dirname, 'grids', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
  const score = { explain: 0, topic: 0, explainSize: 0, clean: 0, outOfScopeSize: 0 };
  for (const line of lines) {
    const r = recognizer.recognize(line.text);
    if (line.kind === 'explain') {
      score.explainSize += 1;
      if (r.intent === 'explain') score.explain += 1;
      if (r.intent === 'explain' && r.topic && topicId(r.topic) === line.topic) score.topic += 1;
    } else {
      score.outOfScopeSize += 1;
      // No slot and not read as a question (stricter than the blind scorer, which only asks for no slot and no answer).
      if (Object.keys(r.slots).length === 0 && r.intent !== 'ask' && r.intent !== 'explain') score.clean += 1;
    }
  }
  return score;
}

/** file, explain intent, explain topic, out of scope clean: the floors. */
const LISTS: readonly (readonly [string, number, number, number])[] = [
  ['explain-oos.en.jsonl', 171, 148, 106],
  ['explain-oos.zh.jsonl', 152, 140, 117],
];

describe.each(LISTS)('%s', (file, explain, topic, clean) => {
  const score = scoreList(file);
  it(`explain questions read as explain: ${score.explain}/${score.explainSize}, with their topic ${score.topic}`, () => {
    expect(score.explain).toBeGreaterThanOrEqual(explain);
    expect(score.topic).toBeGreaterThanOrEqual(topic);
  });
  it(`out-of-scope questions state nothing: ${score.clean}/${score.outOfScopeSize}`, () => {
    expect(score.clean).toBeGreaterThanOrEqual(clean);
  });
});
