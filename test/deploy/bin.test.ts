// The start, prepare and health-check scripts as a production install meets them: no TypeScript compiler, so
// nothing may be compiled; no build, so start says what to do in one JSON log line; the health check tells a
// running advisor from a stopped one, and a misconfigured one from a crash.
import { spawnSync } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startBotProcess } from '../support/bot-process';

jest.setTimeout(60000);
const ROOT = join(__dirname, '../..');

/** A project folder with bin/ and, optionally, a stand-in build, and no node_modules (so no compiler). */
function productionTree(built: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'callflow-bin-'));
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/index.ts'), '// a source file newer than the build');
  if (built) {
    mkdirSync(join(dir, 'dist/src'), { recursive: true });
    writeFileSync(join(dir, 'dist/src/index.js'), "process.stdout.write('compiled code ran');");
    writeFileSync(join(dir, 'dist/.buildstamp'), 'then');
    const past = new Date(Date.now() - 3600_000);
    utimesSync(join(dir, 'dist/.buildstamp'), past, past);
  }
  return dir;
}

const run = (dir: string, script: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(dir, 'bin', script), ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

describe('without a TypeScript compiler (npm ci --omit=dev)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('start runs the build as it is, even with sources newer than it, and compiles nothing', () => {
    const dir = productionTree(true);
    dirs.push(dir);
    const started = run(dir, 'start.js');
    expect(started.status).toBe(0);
    expect(started.stdout).toBe('compiled code ran');
    expect(started.stderr).toBe('');
  });

  it('start without a build exits 1 with one JSON log line saying what to run', () => {
    const dir = productionTree(false);
    dirs.push(dir);
    const started = run(dir, 'start.js');
    expect(started.status).toBe(1);
    const lines = started.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'error', event: 'build.missing', problem: expect.stringContaining('npm ci') });
  });

  it("prepare (npm ci's) leaves the build alone, and only notes a missing one", () => {
    const built = productionTree(true);
    const unbuilt = productionTree(false);
    dirs.push(built, unbuilt);
    expect(run(built, 'build.js', ['--if-compiler'])).toMatchObject({ status: 0, stderr: '' });
    const noted = run(unbuilt, 'build.js', ['--if-compiler']);
    expect(noted.status).toBe(0);
    expect(noted.stderr).toContain('no build yet');
    // `npm run build` itself needs the compiler, and says so.
    const build = run(unbuilt, 'build.js');
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('TypeScript is not installed');
  });
});

describe('the container health check', () => {
  it('passes while the advisor answers /healthz and fails once it is gone', async () => {
    const advisor = await startBotProcess({});
    const env = { PORT: new URL(advisor.baseUrl).port, HOST: '127.0.0.1' };
    expect(run(ROOT, 'healthcheck.js', [], env).status).toBe(0);
    await advisor.kill();
    const failed = run(ROOT, 'healthcheck.js', [], env);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^health check failed: /);
  });

  it('fails with a one-line reason, not a stack trace, when the settings are ones the advisor refuses', () => {
    const failed = run(ROOT, 'healthcheck.js', [], { PORT: 'eighty' });
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim()).toBe('health check failed: PORT must be a whole number from 0 to 65535, not "eighty".');
  });
});
