// Bolt's and the Slack SDK's log lines in the project's structured format (tokens redacted by the logger).
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log';

function describe(parts: unknown[]): string {
  return parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
}

export function boltLogger(logger: Logger): BoltLogger {
  // Our logger applies LOG_LEVEL itself; Bolt is told to pass everything on.
  let level = LogLevel.DEBUG;
  let name = 'slack';
  return {
    debug: (...parts) => logger.debug('slack.sdk', { source: name, detail: describe(parts) }),
    info: (...parts) => logger.info('slack.sdk', { source: name, detail: describe(parts) }),
    warn: (...parts) => logger.warn('slack.sdk', { source: name, detail: describe(parts) }),
    error: (...parts) => logger.error('slack.sdk', { source: name, detail: describe(parts) }),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
