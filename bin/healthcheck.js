#!/usr/bin/env node
'use strict';
// The container's health check: exit 0 when GET /healthz on this server answers 2xx within 4 s, 1 otherwise. It
// reads PORT and HOST the way the advisor does, and asks over loopback when the server listens on every interface.
const { parseConfig, readEnvironment } = require('../dist/src/config');

const TIMEOUT_MS = 4000;

function healthUrl() {
  const { port, host } = parseConfig(readEnvironment());
  const target = host === undefined || host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${target.includes(':') ? `[${target}]` : target}:${port}/healthz`;
}

function unhealthy(error) {
  process.stderr.write(`health check failed: ${error.message}\n`);
  process.exit(1);
}

try {
  fetch(healthUrl(), { signal: AbortSignal.timeout(TIMEOUT_MS) }).then((response) => process.exit(response.ok ? 0 : 1), unhealthy);
} catch (error) {
  // Settings the advisor itself would refuse: it is not running.
  unhealthy(error);
}
