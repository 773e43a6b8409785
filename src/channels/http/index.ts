// HTTP plumbing every channel's server shares: who a request is from, and per-client throttling.
export { createThrottle, type RequestGate, type ThrottleOptions } from './throttle';
export { clientAddress, clientKey, parseForwardedAddress } from './clientAddress';
export { createRateLimiter, type RateLimiter } from './rateLimiter';
export { acceptLanguageLocale } from './locale';
export { IDLE_CONNECTION_SECONDS, keepIdleConnections } from './idleConnections';
