#!/usr/bin/env node
'use strict';
// restify's HTTP/2 dependency (spdy) touches a deprecated Node binding at load; the warning says nothing to operators.
process.noDeprecation = true;
require('./ensure-built').ensureBuilt();
require('../dist/src/index');
