// The smoke test's reading of a Dockerfile: what it understands, and that it refuses what it would not perform
// (so the Dockerfile cannot gain a step the smoke test silently skips).
import { aptPackages, DockerfileError, parseDockerfile } from '../../scripts/smoke/dockerfile';

it('reads stages, continuation lines, flags, ENV pairs and exec forms; skips comments and the syntax directive', () => {
  const stages = parseDockerfile(
    [
      '# syntax=docker/dockerfile:1',
      'FROM node:24-trixie-slim AS build',
      'WORKDIR /app',
      '# a comment',
      'RUN --mount=type=cache,target=/root/.npm npm ci \\',
      '    # inside a continuation',
      '    --no-audit',
      'FROM node:24-trixie-slim AS runtime',
      'ENV NODE_ENV=production A=b',
      'COPY --from=build /app/dist ./dist',
      'COPY package.json package-lock.json ./',
      'USER node',
      'HEALTHCHECK --interval=30s --retries=3 CMD ["node", "bin/healthcheck.js"]',
      'CMD ["node", "bin/start.js"]',
    ].join('\n'),
  );
  expect(stages).toEqual([
    {
      name: 'build',
      image: 'node:24-trixie-slim',
      instructions: [
        { kind: 'WORKDIR', path: '/app' },
        { kind: 'RUN', command: 'npm ci --no-audit', cacheTargets: ['/root/.npm'] },
      ],
    },
    {
      name: 'runtime',
      image: 'node:24-trixie-slim',
      instructions: [
        { kind: 'ENV', vars: { NODE_ENV: 'production', A: 'b' } },
        { kind: 'COPY', from: 'build', sources: ['/app/dist'], dest: './dist' },
        { kind: 'COPY', sources: ['package.json', 'package-lock.json'], dest: './' },
        { kind: 'USER', user: 'node' },
        { kind: 'HEALTHCHECK', options: { interval: '30s', retries: '3' }, command: ['node', 'bin/healthcheck.js'] },
        { kind: 'CMD', command: ['node', 'bin/start.js'] },
      ],
    },
  ]);
});

it.each([
  ['FROM node:24', /name every stage/],
  ['RUN echo before FROM', /before the first FROM/],
  ['FROM node:24 AS a\nADD https://example.com/x /x', /ADD is not an instruction the smoke test performs/],
  ['FROM node:24 AS a\nENTRYPOINT ["sh"]', /ENTRYPOINT/],
  ['FROM node:24 AS a\nCMD node bin/start.js', /exec form/],
  ['FROM node:24 AS a\nCOPY --chown=node src ./src', /unsupported flag --chown/],
  ['FROM node:24 AS a\nCOPY src/*.ts ./src/', /no wildcards/],
  ['FROM node:24 AS a\nRUN --mount=type=secret,id=npmrc npm ci', /only --mount=type=cache/],
  ['FROM node:24 AS a\nENV PATH=$PATH:/x', /without quotes or variables/],
  ['FROM node:24 AS a\nWORKDIR app', /absolute/],
  ['FROM node:24 AS a\nHEALTHCHECK NONE', /followed by CMD/],
  ['', /no FROM/],
])('refuses %j', (text, message) => {
  expect(() => parseDockerfile(text)).toThrow(DockerfileError);
  expect(() => parseDockerfile(text)).toThrow(message);
});

it('reads the packages an apt-get install names', () => {
  expect(aptPackages('apt-get update && apt-get install -y --no-install-recommends fonts-a fonts-b && rm -rf /var/lib/apt/lists/*')).toEqual(['fonts-a', 'fonts-b']);
  expect(aptPackages('npm ci --omit=dev')).toEqual([]);
});
