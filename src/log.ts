// Structured JSON logs on stderr. Secrets never reach a log line, and message text only at debug level.
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Field names whose values are never logged. */
const SECRET_KEY = /pass(word)?|secret|token|authorization|signature|cookie|key$/i;
/** Field names that carry what users typed: logged at debug level only. */
const TEXT_KEY = /^(text|message|utterance|body)$/i;
/** Token-shaped strings in free text (Slack tokens, bearer tokens, JWTs). */
const TOKEN_PATTERN = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|Bearer\s+[\w.~+/=-]+|eyJ[\w-]+\.[\w-]+\.[\w-]+)/g;

export type Fields = Record<string, unknown>;
export type Sink = (line: string) => void;

function redactValue(key: string, value: unknown, level: Level): unknown {
  if (SECRET_KEY.test(key)) return '[redacted]';
  if (TEXT_KEY.test(key) && level !== 'debug') return '[omitted]';
  if (typeof value === 'string') return value.replace(TOKEN_PATTERN, '[redacted]');
  if (value instanceof Error) return { name: value.name, message: value.message.replace(TOKEN_PATTERN, '[redacted]') };
  if (value && typeof value === 'object' && !Array.isArray(value)) return redact(value as Fields, level);
  return value;
}

export function redact(fields: Fields, level: Level): Fields {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, redactValue(k, v, level)]));
}

export interface Logger {
  debug(event: string, fields?: Fields): void;
  info(event: string, fields?: Fields): void;
  warn(event: string, fields?: Fields): void;
  error(event: string, fields?: Fields): void;
}

export function createLogger(
  minimum: Level = (process.env.LOG_LEVEL as Level) in ORDER ? (process.env.LOG_LEVEL as Level) : 'info',
  sink: Sink = (line) => process.stderr.write(line + '\n'),
): Logger {
  const write = (level: Level) => (event: string, fields: Fields = {}) => {
    if (ORDER[level] < ORDER[minimum]) return;
    sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...redact(fields, level) }));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

export const logger = createLogger();
