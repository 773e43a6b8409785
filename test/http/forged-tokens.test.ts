// Finding 8 of issue 12: forged Bot Framework tokens got 500, and botbuilder printed PEM keys and stack traces into
// the JSON log. A real bot process with an app id, its token checks pointed at a loopback stand-in for Microsoft's
// token service: every forged token gets 401 with a JSON body, a genuine one passes, and every line the process
// writes is JSON without key material.
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { CHANNEL_ISSUER, hmacToken, startFakeTokenService, unsignedToken, type FakeTokenService } from '../support/fake-token-service';
import { startCaptureServer, type CaptureServer } from '../../scripts/support/connector-capture';

jest.setTimeout(60_000);

const APP_ID = '3f6c1f2a-9b1e-4c8d-a2f0-5e7d9c4b1a60';
const PASSWORD = 'test-only-client-secret-value';

let tokens: FakeTokenService;
let capture: CaptureServer;
let bot: BotProcess;

beforeAll(async () => {
  tokens = await startFakeTokenService();
  capture = await startCaptureServer();
  bot = await startBotProcess({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant', ...tokens.cloudEnv });
});
afterAll(async () => {
  await bot?.kill();
  await capture?.close();
  await tokens?.close();
});

const claims = (overrides: Record<string, unknown> = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return { iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: capture.url, nbf: now - 60, iat: now - 60, exp: now + 3600, ...overrides };
};

/** An event activity: it runs a turn but sends nothing back, so a genuine token needs no outbound token. */
function post(authorization: string | undefined): Promise<Response> {
  return fetch(`${bot.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization === undefined ? {} : { Authorization: authorization }) },
    body: JSON.stringify({
      type: 'event',
      name: 'probe',
      id: 'e1',
      channelId: 'msteams',
      serviceUrl: capture.url,
      conversation: { id: 'forged-1' },
      from: { id: 'u1' },
      recipient: { id: APP_ID },
    }),
  });
}

const forged: [string, () => string | undefined][] = [
  ['no Authorization header', () => undefined],
  ['a header that is no bearer token', () => 'Basic dXNlcjpwYXNz'],
  ['a bearer token that is not a JWT', () => 'Bearer not.a.jwt'],
  ['alg "none" with the real kid', () => `Bearer ${unsignedToken(claims(), { kid: 'real-signing-key' })}`],
  ['HS256 keyed with the app password', () => `Bearer ${hmacToken(PASSWORD, claims(), { kid: 'real-signing-key' })}`],
  ['RS256 with a foreign key reusing the real kid', () => `Bearer ${tokens.signWithForeignKey(claims())}`],
  ['RS256 with a foreign key and an unknown kid', () => `Bearer ${tokens.signWithForeignKey(claims(), { kid: 'unknown' })}`],
  ['the real key, expired', () => `Bearer ${tokens.sign(claims({ exp: Math.floor(Date.now() / 1000) - 600 }))}`],
  ['the real key, for another app', () => `Bearer ${tokens.sign(claims({ aud: 'another-app-id' }))}`],
  ['the real key, another issuer', () => `Bearer ${tokens.sign(claims({ iss: 'https://attacker.example' }))}`],
];

describe('a bot with an app id', () => {
  it('accepts a genuine token (the stand-in is wired right)', async () => {
    const response = await post(`Bearer ${tokens.sign(claims())}`);
    expect(response.status).toBe(200);
  });

  it.each(forged)('answers %s with 401 and a JSON body', async (_name, header) => {
    const response = await post(header());
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ code: 'Unauthorized', message: 'The request is not authorized.' });
  });

  it('wrote only JSON lines, with no key material and no stack traces', async () => {
    // Let the last lines arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const notJson = bot.lines.filter((line) => line.trim() !== '' && !isJsonObject(line));
    expect(notJson).toEqual([]);
    const all = bot.lines.join('\n');
    expect(all).not.toMatch(/BEGIN (RSA )?PUBLIC KEY|\n\s+at /);
    expect(all).not.toContain(PASSWORD);
    expect(bot.logs.filter((line) => line.event === 'activity.unauthorized')).toHaveLength(forged.length);
  });
});

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}
