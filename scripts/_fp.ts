import { readFileSync } from 'fs';
import { readObservations } from '../src/nlu/observations';
let n = 0, hit = 0;
for (const f of ['test/nlu/labelled.en.json', 'test/nlu/labelled.zh.json']) {
  for (const u of JSON.parse(readFileSync(f, 'utf8'))) { n++; const o = readObservations(u.text); if (o.length) { hit++; console.log(u.text, JSON.stringify(o)); } }
}
for (const f of ['/work/blind/split/dev.en.jsonl', '/work/blind/split/dev.zh-TW.jsonl']) {
  for (const line of readFileSync(f, 'utf8').split('\n').filter(Boolean)) { const u = JSON.parse(line); n++; const o = readObservations(u.text); if (o.length) { hit++; console.log('BLIND', u.kind, u.text.slice(0, 200), JSON.stringify(o)); } }
}
console.log(hit, '/', n);
