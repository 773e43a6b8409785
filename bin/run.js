#!/usr/bin/env node
'use strict';
// Runs a compiled module of the project: `node bin/run.js scripts/eval [args...]`.
const path = require('path');
const { ensureBuilt, root } = require('./ensure-built');

ensureBuilt();
const [, , modulePath, ...args] = process.argv;
process.argv = [process.argv[0], modulePath, ...args];
require(path.join(root, 'dist', modulePath));
