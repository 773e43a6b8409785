// Performs the Dockerfile's stages outside Docker: each stage gets a folder standing for its file system, COPY copies
// from the build context or an earlier stage, RUN runs in the stage's WORKDIR with the Node under test first on the
// PATH, and what the image would run (its user, environment, health check and command) is kept for the container.
import { spawnSync } from 'child_process';
import { chmodSync, mkdirSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, isAbsolute, join, posix } from 'path';
import { copyInto, type BuildContext } from './context';
import { aptPackages, nodeMajor, type Instruction, type Stage } from './dockerfile';

export interface Image {
  /** The folder standing for the last stage's file system. */
  root: string;
  /** WORKDIR, inside `root`. */
  workdir: string;
  env: Record<string, string>;
  user: string | undefined;
  healthcheck: string[] | undefined;
  command: string[];
}

export interface BuildOptions {
  context: BuildContext;
  /** The Node binary standing for every stage's `node` image. */
  node: string;
  /** Called with each step and how long it took. */
  report(step: string, ms: number): void;
}

export class BuildError extends Error {
  override readonly name = 'BuildError';
}

/** Variables of the host a RUN step may see: how to reach the registry, not the caller's own settings. */
const PASSED_THROUGH = /^(HOME|LANG|LC_ALL|TMPDIR|https?_proxy|no_proxy|HTTPS?_PROXY|NO_PROXY|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE)$/;

export function hostEnvironment(node: string): Record<string, string> {
  const passed = Object.fromEntries(Object.entries(process.env).filter(([name, value]) => PASSED_THROUGH.test(name) && value !== undefined));
  // The Node under test first; npm and the system tools from the host (npm runs on whichever node comes first).
  return { ...(passed as Record<string, string>), PATH: `${dirname(node)}:${process.env.PATH ?? '/usr/bin:/bin'}` };
}

/** System packages are the machine's: a RUN that installs them checks they are installed here instead. */
function checkPackages(packages: string[]): void {
  const missing = packages.filter((pkg) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return status.stdout !== 'install ok installed';
  });
  if (missing.length > 0) throw new BuildError(`The image installs ${missing.join(', ')}, which this machine lacks (scripts/system-deps.sh installs them)`);
}

interface StageState {
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  healthcheck?: string[];
  command?: string[];
}

function inStage(state: StageState, path: string): string {
  return join(state.root, isAbsolute(path) ? path : posix.join(state.workdir, path));
}

function perform(instruction: Instruction, state: StageState, built: Map<string, StageState>, options: BuildOptions): void {
  switch (instruction.kind) {
    case 'WORKDIR':
      state.workdir = instruction.path;
      mkdirSync(inStage(state, '.'), { recursive: true });
      return;
    case 'COPY': {
      const from = instruction.from === undefined ? undefined : built.get(instruction.from);
      if (instruction.from !== undefined && !from) throw new BuildError(`COPY --from=${instruction.from}: no such earlier stage`);
      const dest = inStage(state, instruction.dest) + (instruction.dest.endsWith('/') ? '/' : '');
      if (from) copyInto(instruction.sources.map((s) => join(from.root, s)), '/', dest);
      else copyInto(instruction.sources, options.context.root, dest, options.context);
      return;
    }
    case 'RUN': {
      const packages = aptPackages(instruction.command);
      if (packages.length > 0) return checkPackages(packages);
      // Cache mounts (npm's cache) are the host's own cache here: nothing of them ends up in the stage either way.
      const result = spawnSync('sh', ['-c', instruction.command], {
        cwd: inStage(state, '.'),
        env: { ...hostEnvironment(options.node), ...state.env },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (result.status !== 0) throw new BuildError(`RUN ${instruction.command} failed (exit ${result.status ?? result.signal})`);
      return;
    }
    case 'ENV':
      Object.assign(state.env, instruction.vars);
      return;
    case 'USER':
      state.user = instruction.user;
      return;
    case 'EXPOSE':
      return;
    case 'HEALTHCHECK':
      state.healthcheck = instruction.command;
      return;
    case 'CMD':
      state.command = instruction.command;
      return;
  }
}

function describe(instruction: Instruction): string {
  switch (instruction.kind) {
    case 'COPY':
      return `COPY ${instruction.from ? `--from=${instruction.from} ` : ''}${instruction.sources.join(' ')} ${instruction.dest}`;
    case 'RUN':
      return `RUN ${instruction.command}`;
    default:
      return instruction.kind;
  }
}

export function buildImage(stages: Stage[], options: BuildOptions): Image {
  const top = mkdtempSync(join(tmpdir(), 'callflow-smoke-'));
  // Readable by the unprivileged user the container runs as (mkdtemp makes it private to its owner).
  chmodSync(top, 0o755);
  const built = new Map<string, StageState>();
  let last: StageState | undefined;
  for (const stage of stages) {
    if (nodeMajor(stage.image) === undefined) throw new BuildError(`FROM ${stage.image}: only the official node images are performed here`);
    const state: StageState = { root: join(top, stage.name), workdir: '/', env: {} };
    mkdirSync(state.root, { mode: 0o755 });
    for (const instruction of stage.instructions) {
      const started = Date.now();
      perform(instruction, state, built, options);
      if (instruction.kind === 'RUN' || instruction.kind === 'COPY') options.report(`${stage.name}: ${describe(instruction)}`, Date.now() - started);
    }
    built.set(stage.name, state);
    last = state;
  }
  if (!last?.command) throw new BuildError('The last stage has no CMD');
  return { root: last.root, workdir: inStage(last, '.'), env: last.env, user: last.user, healthcheck: last.healthcheck, command: last.command };
}
