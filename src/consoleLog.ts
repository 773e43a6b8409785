// What dependencies print with console.* (botbuilder prints a rejected token's signing keys, PEM and all, and
// error stacks) goes into the structured log as one JSON line per call: key material and stack frames removed,
// at most a few hundred characters. The log stays JSON lines that operators' tools can parse.
import { format } from 'node:util';
import type { Logger } from './log';

const PEM = /-----BEGIN [A-Z ]+-----[\s\S]*?(-----END [A-Z ]+-----|$)/g;
/** Long base64 or hex runs: keys, certificates, tokens. */
const KEY_MATERIAL = /[A-Za-z0-9+/=_-]{48,}/g;
const STACK_FRAME = /\n\s+at .*/g;
const MAX_DETAIL = 400;

function clean(part: unknown): string {
  const text = part instanceof Error ? `${part.name}: ${part.message}` : typeof part === 'string' ? part : format('%o', part);
  return text.replace(PEM, '[key removed]').replace(STACK_FRAME, '').replace(KEY_MATERIAL, '[removed]').replace(/\s+/g, ' ').trim();
}

function describe(parts: unknown[]): string {
  const text = parts.map(clean).join(' ');
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** Routes console.* of this process into `logger` (event "console"), from now on. */
export function routeConsoleToLog(logger: Logger): void {
  const to = (write: Logger['info']) => (...parts: unknown[]) => write('console', { source: 'dependency', detail: describe(parts) });
  console.log = to(logger.info);
  console.info = to(logger.info);
  console.warn = to(logger.warn);
  console.error = to(logger.error);
  console.debug = to(logger.debug);
  console.trace = to(logger.debug);
}
