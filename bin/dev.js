#!/usr/bin/env node
'use strict';
// `npm run dev`: the advisor for development. The TypeScript compiler re-emits dist/ whenever a source changes
// (emit only; `npm run typecheck` checks types), and Node restarts the server whenever dist/ or the page's files do.
const path = require('path');
const { spawn } = require('child_process');
const { compilerPath, ensureBuilt, root } = require('./ensure-built');

ensureBuilt();
const compiler = spawn(process.execPath, [compilerPath(), '-p', 'tsconfig.build.json', '--noCheck', '--watch', '--preserveWatchOutput'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const server = spawn(process.execPath, ['--watch-path=dist', '--watch-path=web', path.join('bin', 'start.js')], {
  cwd: root,
  stdio: 'inherit',
  // The watcher keeps dist/ current, so start.js need not warn that sources are newer than the last full build.
  env: { ...process.env, CALLFLOW_WATCHED_BUILD: '1' },
});

const children = [compiler, server];
const stopAll = (signal) => children.forEach((child) => child.exitCode === null && child.kill(signal));
process.once('SIGINT', () => stopAll('SIGINT'));
process.once('SIGTERM', () => stopAll('SIGTERM'));
for (const child of children) {
  child.once('exit', (code) => {
    stopAll('SIGTERM');
    process.exitCode = code ?? 0;
  });
}
