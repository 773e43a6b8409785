'use strict';
// The compiled code in dist/ and how it is kept current. In a checkout (dev dependencies installed) the TypeScript
// sources are compiled on demand: emit only (--noCheck), type checking being `npm run typecheck`, part of `npm test`.
// A production install (`npm ci --omit=dev`) has no compiler and runs dist/ as it was built.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.buildstamp');
const sources = ['src', 'dialogs', 'cards', 'locales', 'scripts', 'tsconfig.json', 'tsconfig.build.json'];
const entry = path.join(root, 'dist', 'src', 'index.js');

function newestMtime(entryPath) {
  let stat;
  try {
    stat = fs.statSync(entryPath);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entryPath)) newest = Math.max(newest, newestMtime(path.join(entryPath, name)));
  return newest;
}

/** The TypeScript compiler's entry point, or undefined where it is not installed (a production install). */
function compilerPath() {
  try {
    return require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    return undefined;
  }
}

function isBuilt() {
  return fs.existsSync(stamp) && fs.existsSync(entry);
}

/** Whether a source is newer than the build (false where there are no sources, as in the container). */
function isStale() {
  const built = isBuilt() ? fs.statSync(stamp).mtimeMs : 0;
  return Math.max(...sources.map((s) => newestMtime(path.join(root, s)))) > built;
}

function build() {
  const tsc = compilerPath();
  if (!tsc) throw new Error('TypeScript is not installed: install the dev dependencies (npm ci) to build.');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  fs.writeFileSync(stamp, new Date().toISOString());
}

/**
 * Builds when a source changed since the last build and the compiler is there; without one, the build must exist
 * (else it says so and exits).
 */
function ensureBuilt() {
  if (compilerPath() === undefined) {
    if (isBuilt()) return;
    process.stderr.write('dist/ is missing and TypeScript is not installed: build with the dev dependencies first (npm ci).\n');
    process.exit(1);
  }
  if (isStale()) build();
}

module.exports = { build, compilerPath, ensureBuilt, isBuilt, isStale, root };
