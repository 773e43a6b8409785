// Finding 7 of issue 12: with no app id nobody is authenticated, yet HOST=0.0.0.0 bound every interface without a
// word. Now a public bind without an app id refuses to start, naming the override, unless the override is set
// (and then it says so in the log). Loopback binds start as before.
import { BotProcessExited, startBotProcess } from '../support/bot-process';

jest.setTimeout(60_000);

async function exitOf(env: Record<string, string>): Promise<BotProcessExited> {
  const started = await startBotProcess(env).catch((error: unknown) => error);
  if (started instanceof BotProcessExited) return started;
  if (started && typeof started === 'object' && 'kill' in started) await (started as { kill(): Promise<void> }).kill();
  throw new Error(`the bot started with ${JSON.stringify(env)}`);
}

it.each(['0.0.0.0', '::', '192.0.2.10'])('refuses to start on HOST=%s without an app id, naming the override', async (host) => {
  const exited = await exitOf({ HOST: host });
  expect(exited.code).toBe(1);
  const problem = exited.logs.find((line) => line.event === 'config.invalid');
  expect(String(problem?.problem)).toContain('ALLOW_PUBLIC_WITHOUT_APP_ID');
});

it('starts on every interface without an app id when the override is set, and warns', async () => {
  const bot = await startBotProcess({ HOST: '0.0.0.0', ALLOW_PUBLIC_WITHOUT_APP_ID: 'true' });
  try {
    expect(bot.logs.some((line) => line.event === 'server.publicWithoutAuthentication' && line.level === 'warn')).toBe(true);
    expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);
  } finally {
    await bot.kill();
  }
});

it.each(['127.0.0.1', '::1', 'localhost'])('starts on the loopback HOST=%s without an app id or a warning', async (host) => {
  const bot = await startBotProcess({ HOST: host });
  try {
    expect(bot.logs.some((line) => line.event === 'server.publicWithoutAuthentication')).toBe(false);
  } finally {
    await bot.kill();
  }
});
