// Runs what the image runs, as `docker run` would: its CMD in its WORKDIR with its environment (and nothing of the
// caller's), as its unprivileged user when this process may switch to one, `node` being the Node under test.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'child_process';
import { readProcessLog, type ProcessLog } from '../support/process-log';
import type { Image } from './image';

/** The official node images' `node` user; any other USER would need its id here. */
const USERS: Record<string, { uid: number; gid: number }> = { node: { uid: 1000, gid: 1000 } };

export class ContainerError extends Error {
  override readonly name = 'ContainerError';
}

/** How commands in the container are started: where, with what environment, as whom. */
export function execOptions(image: Image, node: string, env: Record<string, string>): { node: string; options: SpawnOptions; runsAs: string } {
  const user = image.user === undefined ? undefined : USERS[image.user];
  if (image.user !== undefined && !user) throw new ContainerError(`USER ${image.user}: unknown to the smoke test`);
  const canSwitch = process.getuid?.() === 0;
  return {
    node,
    options: {
      cwd: image.workdir,
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...image.env, ...env },
      ...(user && canSwitch ? { uid: user.uid, gid: user.gid } : {}),
    },
    runsAs: user && canSwitch ? `uid ${user.uid} (USER ${image.user})` : `uid ${process.getuid?.()} (not root here, so USER ${image.user} is not taken on)`,
  };
}

function resolveProgram(command: string[], node: string): [string, string[]] {
  const [program, ...args] = command;
  return [program === 'node' ? node : program, args];
}

export interface Container {
  child: ChildProcess;
  /** What it writes to stderr: the advisor's JSON log lines, and anything else. */
  log: ProcessLog;
  /** SIGTERM, as `docker stop` sends; resolves with the exit code. */
  stop(timeoutMs: number): Promise<number | null>;
}

export function startContainer(image: Image, exec: ReturnType<typeof execOptions>): Container {
  const [program, args] = resolveProgram(image.command, exec.node);
  const child = spawn(program, args, { ...exec.options, stdio: ['ignore', 'inherit', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    log: readProcessLog(child.stderr!, () => child.exitCode !== null || child.signalCode !== null),
    async stop(timeoutMs) {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** The HEALTHCHECK command, run once: its exit code. */
export function runHealthcheck(image: Image, exec: ReturnType<typeof execOptions>): number | null {
  if (!image.healthcheck) throw new ContainerError('The image has no HEALTHCHECK');
  const [program, args] = resolveProgram(image.healthcheck, exec.node);
  return spawnSync(program, args, { ...exec.options, stdio: 'ignore', timeout: 10_000 }).status;
}

/** A command in the container that must fail: whether it did (e.g. writing to the image's own files). */
export function fails(command: string[], exec: ReturnType<typeof execOptions>): boolean {
  const [program, args] = resolveProgram(command, exec.node);
  return spawnSync(program, args, { ...exec.options, stdio: 'ignore', timeout: 10_000 }).status !== 0;
}
