'use strict';
// Compiles the TypeScript sources when dist/ is missing or older than any source, so every npm script runs the
// current code without a manual build step and without paying for a compiler on each start. It only emits
// (--noCheck): type checking is `npm run typecheck`, part of `npm test`.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.buildstamp');
const sources = ['src', 'dialogs', 'cards', 'locales', 'scripts', 'tsconfig.json', 'tsconfig.build.json'];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function ensureBuilt() {
  let built = 0;
  try {
    built = fs.statSync(stamp).mtimeMs;
  } catch {
    built = 0;
  }
  const newest = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  if (built >= newest) return;
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  fs.writeFileSync(stamp, new Date().toISOString());
}

module.exports = { ensureBuilt, root };
