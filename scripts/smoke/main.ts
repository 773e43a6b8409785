// `npm run smoke -- --node /path/to/node`: the production smoke test. It performs the Dockerfile's steps outside
// Docker (a clean copy of the build context, the build with dev dependencies, `npm ci --omit=dev`, the runtime
// files) with the given Node standing for the image's, starts the result the way the image does, and asks it a
// question over HTTP; then checks the health check, the unprivileged user, and a clean stop. Exit code 0: passed.
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, rmSync } from 'fs';
import { createServer } from 'net';
import { join } from 'path';
import { projectRoot } from '../project-root';
import { readContext } from './context';
import { execOptions, fails, runHealthcheck, startContainer } from './container';
import { parseDockerfile } from './dockerfile';
import { buildImage, type Image } from './image';
import { askOverBotFramework, askOverPage, check, fetchDiagrams } from './questions';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const began = Date.now();

function say(line: string): void {
  process.stdout.write(`smoke [${seconds(Date.now() - began)}]: ${line}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** What a production install must and must not contain. */
function checkInstall(image: Image): void {
  const modules = join(image.workdir, 'node_modules');
  for (const dev of ['typescript', 'jest', 'ts-jest']) check(!existsSync(join(modules, dev)), `a dev dependency was installed: ${dev}`);
  check(existsSync(join(modules, 'rimraf')), 'rimraf is missing (botbuilder-dialogs runs it when installed)');
  const nested = join(modules, '@microsoft/recognizers-text-suite/node_modules/@microsoft/recognizers-text-number');
  check(!existsSync(nested), "botbuilder-dialogs' install script did not run (its nested recognizers-text-number is still there)");
  check(existsSync(join(image.workdir, 'dist/src/index.js')), 'dist/ was not copied into the runtime stage');
  check(!existsSync(join(image.workdir, 'src')), 'the runtime stage has the TypeScript sources: start must not need them');
}

async function main(): Promise<void> {
  const node = argument('--node') ?? process.execPath;
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  check(version, `${node} is not a Node binary`);
  const root = projectRoot();
  say(`Node ${version} (${node}) standing for the image's`);

  const image = buildImage(parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8')), {
    context: readContext(root),
    node,
    report: (step, ms) => say(`${step} (${seconds(ms)})`),
  });
  checkInstall(image);
  say('production install: no dev dependencies, install scripts ran, no sources, dist/ built');

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // As `docker run -e ...`: the port, and a public base URL so Bot Framework answer cards carry diagram URLs.
  const exec = execOptions(image, node, { PORT: String(port), PUBLIC_BASE_URL: base, LOG_LEVEL: 'info' });
  const container = startContainer(image, exec);
  try {
    const listening = await container.log.waitFor('server.listening', 60_000);
    say(`started as ${exec.runsAs}: ${JSON.stringify(listening)}`);
    check(runHealthcheck(image, exec) === 0, 'HEALTHCHECK failed while the server runs');
    say('HEALTHCHECK: healthy');

    const pageDiagram = await askOverPage(base);
    const botDiagram = await askOverBotFramework(base);
    say(`answer cards: local page (diagram ${pageDiagram}) and Bot Framework (diagram ${botDiagram})`);
    const sizes = await fetchDiagrams(botDiagram);
    say(`diagrams served as PNG: en ${sizes[0]} bytes, zh-TW ${sizes[1]} bytes`);

    if (exec.options.uid !== undefined) {
      check(fails(['node', '-e', "require('fs').writeFileSync('dist/.probe', 'x')"], exec), 'the container user can change its own code');
      say('the container user cannot write to its own files');
    }
  } finally {
    const code = await container.stop(10_000);
    check(code === 0, `the container did not stop cleanly on SIGTERM (exit ${code})`);
  }
  say('stopped cleanly on SIGTERM');
  check(runHealthcheck(image, exec) !== 0, 'HEALTHCHECK still passes with the server stopped');
  check(container.log.stray.length === 0, `the container wrote lines that are not JSON log lines:\n${container.log.stray.join('\n')}`);

  if (process.argv.includes('--keep')) say(`kept ${join(image.root, '..')}`);
  else {
    rmSync(join(image.root, '..'), { recursive: true, force: true });
    say('removed the stages');
  }
  say(`passed on Node ${version} in ${seconds(Date.now() - began)}`);
}

main().catch((error: unknown) => {
  say(`FAILED: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exit(1);
});
