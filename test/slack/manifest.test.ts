// The app manifest asks for what the code uses: its events, command, interactivity, the endpoint path, and a
// scope for every Web API method the app calls.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALLFLOW_COMMAND } from '../../src/channels/slack/commands';
import { SLACK_EVENTS_PATH } from '../../src/channels/slack';
import { readYaml } from '../support/yaml';

interface Manifest {
  features: { app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean }; slash_commands: { command: string; url: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const manifest = readYaml<Manifest>(join(__dirname, '../../slack/manifest.yml'));

/** Web API methods the app calls, with the bot scope each needs (views.publish and auth.test need none). */
const METHOD_SCOPES: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.delete': 'chat:write',
  'users.info': 'users:read',
  'conversations.open': 'im:write',
  'views.publish': null,
  'auth.test': null,
};

it('subscribes to the events the listeners handle, with their scopes', () => {
  expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
  expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['app_mentions:read', 'im:history']));
  expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
});

it('has the slash command and interactivity, all on the events endpoint', () => {
  expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([CALLFLOW_COMMAND]);
  expect(manifest.oauth_config.scopes.bot).toContain('commands');
  expect(manifest.settings.interactivity.is_enabled).toBe(true);
  const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
  for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
});

it('asks for exactly the scopes of the Web API methods the app calls', () => {
  const root = join(__dirname, '../../src/channels/slack');
  const sources = (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
  const called = [...sources.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`);
  expect(called.length).toBeGreaterThan(0);
  for (const method of called) expect(Object.keys(METHOD_SCOPES)).toContain(method);
  const needed = new Set([...called.map((m) => METHOD_SCOPES[m]), 'app_mentions:read', 'im:history', 'commands']);
  needed.delete(null);
  expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
});
