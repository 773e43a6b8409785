#!/usr/bin/env node
'use strict';
// `npm run build`: compiles the TypeScript sources into dist/.
// `npm run build -- --if-compiler` (npm's `prepare`, after every `npm ci`): the same in a checkout, so
// `npm ci && npm start` runs the current code; in a production install (`npm ci --omit=dev`), which has no
// compiler, it leaves dist/ as it was built.
const { build, compilerPath, isBuilt } = require('./ensure-built');

if (process.argv.includes('--if-compiler') && compilerPath() === undefined) {
  if (!isBuilt()) process.stderr.write('No TypeScript compiler (production install) and no build yet: copy a built dist/ in before `npm start`.\n');
  process.exit(0);
}
try {
  build();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
