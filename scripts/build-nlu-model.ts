// Compiles the recognizer's vocabulary (locales/vocabulary/*.json) into locales/vocabulary/model.json: the
// analyzer's tables and the trained intent classifier. Run after editing the vocabulary:
//   node bin/run.js scripts/build-nlu-model
// (until then the recognizer still works: it compiles the changed vocabulary in memory at start-up).
import { writeFileSync } from 'fs';
import { join } from 'path';
import { compileModel } from '../src/nlu/model';
import { projectRoot } from './project-root';

export function buildNluModel(): { file: string; problems: string[] } {
  const { model, problems } = compileModel();
  const file = join(projectRoot(__dirname), 'locales', 'vocabulary', 'model.json');
  writeFileSync(file, `${JSON.stringify(model)}\n`);
  return { file, problems };
}

if (require.main === module) {
  const started = Date.now();
  const { file, problems } = buildNluModel();
  for (const problem of problems) console.warn(`vocabulary: ${problem}`);
  console.log(`Wrote ${file} in ${Date.now() - started} ms${problems.length ? ` (${problems.length} vocabulary problems)` : ''}.`);
}
