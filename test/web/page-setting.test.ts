// WEB_PAGE as `npm start` applies it: with an app id (a bot exposed to Teams) the local page and its API are not
// served unless WEB_PAGE=on says so; the diagrams Teams' and Slack's cards load always are; local use has the page.
import { resolve } from '../../src/engine';
import { diagramKey } from '../../src/cards';
import { startBotProcess, type BotProcess } from '../support/bot-process';

jest.setTimeout(60000);

const APP = {
  MicrosoftAppId: '3f6c1f2a-9b1e-4c8d-a2f0-5e7d9c4b1a60',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: 'a1b2c3d4-0000-4000-8000-000000000001',
};
const PAGE_REQUESTS: [string, RequestInit?][] = [
  ['/'],
  ['/web/app.js'],
  ['/web/api/strings'],
  ['/web/api/conversations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"locale":"en"}' }],
];
const answered = resolve({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' })!;
const diagramPath = `/diagram/en/${diagramKey(answered.scenario)}.png`;

async function statuses(advisor: BotProcess, requests: [string, RequestInit?][]): Promise<number[]> {
  return Promise.all(requests.map(async ([path, init]) => (await fetch(`${advisor.baseUrl}${path}`, init)).status));
}

describe.each([
  ['an app id set', APP, false],
  ['an app id and WEB_PAGE=on', { ...APP, WEB_PAGE: 'on' }, true],
  ['no app id (local use)', {}, true],
  ['no app id and WEB_PAGE=off', { WEB_PAGE: 'off' }, false],
])('with %s', (_name, env, served) => {
  let advisor: BotProcess;
  beforeAll(async () => {
    advisor = await startBotProcess(env);
  });
  afterAll(() => advisor.kill());

  it(served ? 'serves the page and its API' : 'answers 404 for the page and its API, and says so at start', async () => {
    const got = await statuses(advisor, PAGE_REQUESTS);
    expect(got).toEqual(PAGE_REQUESTS.map(() => (served ? 200 : 404)));
    const listening = advisor.logs.find((line) => line.event === 'server.listening');
    expect(String(listening?.page)).toMatch(served ? /^http:\/\/127\.0\.0\.1:\d+\/$/ : /^off/);
  });

  it('serves the diagrams and the health check either way', async () => {
    const diagram = await fetch(`${advisor.baseUrl}${diagramPath}`);
    expect(diagram.status).toBe(200);
    expect(diagram.headers.get('content-type')).toBe('image/png');
    expect((await fetch(`${advisor.baseUrl}/healthz`)).status).toBe(200);
  });
});
