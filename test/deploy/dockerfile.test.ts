// What the image promises, read from the Dockerfile itself (the smoke test performs the same file): a build stage,
// then a slim Node 24 runtime with the diagram fonts, production dependencies only, a non-root user, a health check
// on /healthz, and the same start as `npm start`.
import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_PORT } from '../../src/config';
import { aptPackages, instructionsOf, nodeMajor, parseDockerfile, type Stage } from '../../scripts/smoke/dockerfile';
import { readContext } from '../../scripts/smoke/context';

const ROOT = join(__dirname, '../..');
const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const runtime = stages[stages.length - 1];
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };
const runs = (stage: Stage) => instructionsOf(stage, 'RUN').map((r) => r.command);

it('builds in one stage and runs from another, both on the Node major README and engines name (24)', () => {
  expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
  expect(stages.map((s) => nodeMajor(s.image))).toEqual([24, 24]);
  expect(runtime.image).toMatch(/^node:24-[a-z]+-slim$/);
  expect(pkg.engines.node).toContain('^24');
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('Node.js 24');
});

it('compiles in the build stage and installs production dependencies only in the runtime stage', () => {
  expect(runs(stages[0])).toContain('npm run build');
  expect(runs(runtime).some((c) => /^npm ci --omit=dev\b/.test(c))).toBe(true);
  expect(runs(runtime).some((c) => /npm (run )?build|tsc/.test(c))).toBe(false);
  const fromBuild = instructionsOf(runtime, 'COPY').filter((c) => c.from === 'build');
  expect(fromBuild).toEqual([{ kind: 'COPY', from: 'build', sources: ['/app/dist'], dest: './dist' }]);
});

it('installs the fonts the diagrams draw with (the Debian packages the tests install too)', () => {
  const packages = runs(runtime).flatMap(aptPackages);
  expect(packages).toEqual(expect.arrayContaining(['fonts-dejavu-core', 'fonts-noto-cjk']));
  expect(readFileSync(join(ROOT, 'scripts/system-deps.sh'), 'utf8')).toMatch(/fonts-noto-cjk[\s\S]*fonts-dejavu-core/);
});

it('runs as a non-root user, checks /healthz, and starts the way `npm start` does', () => {
  const [user] = instructionsOf(runtime, 'USER');
  expect(user.user).not.toMatch(/^(root|0)(:|$)/);
  // Every RUN comes before USER: nothing is installed as the unprivileged user, who owns none of the files.
  const order = runtime.instructions.map((i) => i.kind);
  expect(order.lastIndexOf('RUN')).toBeLessThan(order.indexOf('USER'));

  const [health] = instructionsOf(runtime, 'HEALTHCHECK');
  expect(health.command).toEqual(['node', 'bin/healthcheck.js']);
  expect(readFileSync(join(ROOT, 'bin/healthcheck.js'), 'utf8')).toContain('/healthz');

  const [cmd] = instructionsOf(runtime, 'CMD');
  expect(cmd.command.join(' ')).toBe(pkg.scripts.start);
  expect(instructionsOf(runtime, 'EXPOSE').flatMap((e) => e.ports)).toEqual([DEFAULT_PORT]);
});

it('copies into the runtime stage everything start needs, and no sources', () => {
  const copied = instructionsOf(runtime, 'COPY').flatMap((c) => c.sources);
  expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'bin', 'web', '/app/dist']));
  expect(copied).not.toContain('src');
});

it('never sends installed, built or secret files into the build', () => {
  const context = readContext(ROOT);
  for (const path of ['node_modules', 'node_modules/restify/package.json', 'dist/src/index.js', '.env', '.git/HEAD', 'npm-debug.log']) {
    expect([path, context.ignored(path)]).toEqual([path, true]);
  }
  for (const path of ['src/index.ts', 'web/app.js', 'package.json', '.env.example', 'bin/start.js']) {
    expect([path, context.ignored(path)]).toEqual([path, false]);
  }
});
