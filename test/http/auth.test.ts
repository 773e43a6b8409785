// With an app id configured, only requests carrying a Bot Framework token reach the bot: an unauthenticated POST
// gets 401 and the bot sends nothing. Without one (local use) the same POST is a turn. /healthz answers either way.
import type { BotCredentials } from '../../src/config';
import { HEALTH_PATH } from '../../src/channels/botframework';
import { activity, startHarness, type Harness } from './harness';

const SECRET = 'test-only-client-secret-value';
const WITH_APP_ID: BotCredentials = {
  kind: 'password',
  appType: 'SingleTenant',
  appId: '3f6c1f2a-9b1e-4c8d-a2f0-5e7d9c4b1a60',
  password: SECRET,
  tenantId: 'a1b2c3d4-0000-4000-8000-000000000001',
};

function unauthenticatedPosts(harness: Harness) {
  return [
    activity(harness.capture, 'auth-conversation', {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-of-auth-conversation', name: 'Admin' }],
    }),
    activity(harness.capture, 'auth-conversation', { type: 'message', text: 'help', locale: 'en-US' }),
  ];
}

describe('with MicrosoftAppId configured', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(WITH_APP_ID);
  });
  afterAll(() => harness.close());

  it('answers an unauthenticated POST with 401 and sends nothing to the channel', async () => {
    for (const body of unauthenticatedPosts(harness)) {
      const response = await harness.post(body);
      expect(response.status).toBe(401);
    }
    expect(harness.capture.replies).toEqual([]);
  });

  it('logs the refusal without the secret', () => {
    expect(harness.logs.some((line) => line.event === 'activity.unauthorized')).toBe(true);
    expect(JSON.stringify(harness.logs)).not.toContain(SECRET);
  });

  it('answers /healthz with 200', async () => {
    const response = await fetch(`${harness.baseUrl}${HEALTH_PATH}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('without MicrosoftAppId (local use)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('runs the same unauthenticated POSTs as turns, whose replies reach the channel', async () => {
    for (const body of unauthenticatedPosts(harness)) {
      const response = await harness.post(body);
      expect(response.status).toBe(200);
    }
    expect(harness.capture.messages('auth-conversation').length).toBeGreaterThanOrEqual(2);
  });

  it('answers /healthz with 200', async () => {
    const response = await fetch(`${harness.baseUrl}${HEALTH_PATH}`);
    expect(response.status).toBe(200);
  });
});
