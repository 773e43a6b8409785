#!/usr/bin/env node
'use strict';
// `npm start`: runs the compiled advisor. It never compiles (a production install has no compiler); `npm ci` builds
// in a checkout, and `npm run dev` keeps the build current while sources change.
const { compilerPath, isBuilt, isStale } = require('./ensure-built');

/** One line in the advisor's own log format (JSON on stderr), so log collectors read these too. */
function log(level, event, fields) {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
}

if (!isBuilt()) {
  log('error', 'build.missing', { problem: 'dist/ is not built: run `npm ci` (or `npm run build`) first.' });
  process.exit(1);
}
if (!process.env.CALLFLOW_WATCHED_BUILD && compilerPath() !== undefined && isStale()) {
  log('warn', 'build.stale', { problem: 'Sources changed since the last build: `npm run build`, or `npm run dev` to rebuild on every change.' });
}
require('../dist/src/index');
