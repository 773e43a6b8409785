import { createLogger } from '../../src/log';

function capture(level: 'debug' | 'info' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, (line) => lines.push(JSON.parse(line)));
  return { logger, lines };
}

describe('structured logs', () => {
  it('never write secrets, whatever the field is called or where a token hides', () => {
    const { logger, lines } = capture('debug');
    logger.info('config.loaded', {
      MicrosoftAppPassword: 'p@ss-w0rd',
      slackSigningSecret: 'abc123',
      token: 'xoxb-1234-5678-abcdef',
      headers: { authorization: 'Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl' },
      detail: 'calling with xoxb-9999-8888-secret and Bearer abc.def.ghi',
      error: new Error('auth failed for xapp-1-A0-123-abc'),
    });
    const text = JSON.stringify(lines);
    for (const secret of ['p@ss-w0rd', 'abc123', 'xoxb-1234', 'eyJhbGciOi', 'xoxb-9999', 'abc.def.ghi', 'xapp-1-A0']) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ level: 'info', event: 'config.loaded', MicrosoftAppPassword: '[redacted]' });
  });

  it('keep what users typed out of info logs, and show it at debug level only', () => {
    const info = capture('info');
    info.logger.info('turn', { text: 'where does media go?', conversation: 'c1' });
    expect(info.lines[0]).toMatchObject({ text: '[omitted]', conversation: 'c1' });

    const debug = capture('debug');
    debug.logger.debug('turn', { text: 'where does media go?' });
    expect(debug.lines[0]).toMatchObject({ text: 'where does media go?' });
  });

  it('drop lines below the minimum level', () => {
    const { logger, lines } = capture('info');
    logger.debug('noise');
    logger.warn('kept');
    expect(lines.map((l) => l.event)).toEqual(['kept']);
  });
});
