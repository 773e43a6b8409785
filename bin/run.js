#!/usr/bin/env node
'use strict';
// Runs a compiled module of the project as the main module: `node bin/run.js scripts/eval [args...]`, so the
// module's own `require.main === module` check holds.
const path = require('path');
const Module = require('module');
const { ensureBuilt, root } = require('./ensure-built');

ensureBuilt();
const [, , modulePath, ...args] = process.argv;
process.argv = [process.argv[0], path.join(root, 'dist', `${modulePath}.js`), ...args];
Module.runMain();
