// compose.yaml's shape, parsed: two advisor instances built from the Dockerfile, sharing Redis, reachable only
// through one proxy that publishes one port and sends to both of them, each believing exactly that proxy's
// X-Forwarded-For entry.
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseConfig } from '../../src/config';
import { readYaml } from '../support/yaml';

const ROOT = join(__dirname, '../..');

interface Service {
  build?: string | { context: string };
  image?: string;
  ports?: string[];
  environment?: Record<string, string>;
  env_file?: string | string[];
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  command?: string[];
}

const compose = readYaml<{ services: Record<string, Service> }>(join(ROOT, 'compose.yaml'));
const services = Object.entries(compose.services);
const advisors = services.filter(([, s]) => s.build !== undefined);
const published = services.filter(([, s]) => (s.ports ?? []).length > 0);
const [[redisName, redis]] = services.filter(([, s]) => s.image?.startsWith('redis:'));
const [[, proxy]] = published;
const nginx = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
/** What an admin's .env adds for Teams (compose's own `environment` wins over env_file, as in Docker). */
const TEAMS_ENV = {
  MicrosoftAppId: '3f6c1f2a-9b1e-4c8d-a2f0-5e7d9c4b1a60',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '0d9e5c1b-7a2f-4e3d-9c8b-1a2b3c4d5e6f',
};
const settingsOf = (advisor: Service) => parseConfig({ ...TEAMS_ENV, ...(advisor.environment ?? {}) });

it('runs two advisor instances built from the Dockerfile, and Redis', () => {
  expect(advisors).toHaveLength(2);
  for (const [, advisor] of advisors) expect(advisor.build).toBe('.');
  expect(redis.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
  expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
  expect(redis.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
});

it('publishes exactly one port, the proxy\'s, and no advisor is reachable around it', () => {
  expect(published).toHaveLength(1);
  expect(proxy.ports).toHaveLength(1);
  expect(proxy.image).toMatch(/^nginx:/);
  const [hostPort, containerPort] = proxy.ports![0].split(':');
  expect(Number(hostPort)).toBeGreaterThan(0);
  expect(nginx).toMatch(new RegExp(`listen\\s+${containerPort};`));
  expect(proxy.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
});

it('gives every advisor the shared Redis as STORAGE_URL, valid settings, and waits for Redis to be healthy', () => {
  for (const [name, advisor] of advisors) {
    const env = advisor.environment ?? {};
    expect([name, env.STORAGE_URL]).toEqual([name, `redis://${redisName}:6379`]);
    expect(advisor.depends_on?.[redisName]).toEqual({ condition: 'service_healthy' });
    expect(advisor.env_file).toBe('.env');
    const config = settingsOf(advisor);
    expect(config.storage.url).toBe(env.STORAGE_URL);
    // Reachable by the proxy on the compose network, and behind exactly that one proxy.
    expect(config.host).toBe('0.0.0.0');
    expect(config.trustedProxyHops).toBe(1);
  }
});

it('has the proxy send to both advisors on the port they listen on, appending the client to X-Forwarded-For', () => {
  const upstream = [...nginx.matchAll(/^\s*server\s+([\w.-]+):(\d+);/gm)].map(([, host, port]) => ({ host, port }));
  expect(upstream.map((u) => u.host).sort()).toEqual(advisors.map(([name]) => name).sort());
  for (const [name, advisor] of advisors) {
    expect(upstream.find((u) => u.host === name)?.port).toBe(String(settingsOf(advisor).port));
  }
  expect(nginx).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for;/);
  expect(proxy.depends_on).toEqual(Object.fromEntries(advisors.map(([name]) => [name, { condition: 'service_healthy' }])));
});

it('refuses to serve the compose network unauthenticated unless .env says so (no app id)', () => {
  for (const [, advisor] of advisors) {
    expect(() => parseConfig(advisor.environment ?? {})).toThrow(/ALLOW_PUBLIC_WITHOUT_APP_ID=true/);
    expect(parseConfig({ ...(advisor.environment ?? {}), ALLOW_PUBLIC_WITHOUT_APP_ID: 'true' }).host).toBe('0.0.0.0');
  }
});
