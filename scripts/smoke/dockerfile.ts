// The Dockerfile as data: its stages and their instructions, for the smoke test that performs them outside Docker
// and for the tests that check what the image promises. Only the instructions and flags this project's Dockerfile
// uses are understood; anything else is an error, so the file cannot gain a step the smoke test silently skips.

export type Instruction =
  | { kind: 'WORKDIR'; path: string }
  | { kind: 'COPY'; from?: string; sources: string[]; dest: string }
  | { kind: 'RUN'; command: string; cacheTargets: string[] }
  | { kind: 'ENV'; vars: Record<string, string> }
  | { kind: 'USER'; user: string }
  | { kind: 'EXPOSE'; ports: number[] }
  | { kind: 'HEALTHCHECK'; options: Record<string, string>; command: string[] }
  | { kind: 'CMD'; command: string[] };

export interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

export class DockerfileError extends Error {
  override readonly name = 'DockerfileError';
}

/** Logical lines: comments and blank lines dropped, backslash continuations joined (comment lines inside too). */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed.startsWith('#') || (trimmed === '' && !current)) return;
    const continued = trimmed.endsWith('\\');
    const part = continued ? trimmed.slice(0, -1).trim() : trimmed;
    current = current ? { line: current.line, text: `${current.text} ${part}`.trim() } : { line: index + 1, text: part };
    if (!continued) {
      out.push(current);
      current = undefined;
    }
  });
  if (current) out.push(current);
  return out;
}

/** Leading `--name=value` flags of an instruction's arguments. */
function flags(args: string): { flags: Record<string, string[]>; rest: string } {
  const found: Record<string, string[]> = {};
  let rest = args;
  for (let match = /^--([a-z-]+)=(\S+)\s*/.exec(rest); match; match = /^--([a-z-]+)=(\S+)\s*/.exec(rest)) {
    (found[match[1]] ??= []).push(match[2]);
    rest = rest.slice(match[0].length);
  }
  return { flags: found, rest };
}

function onlyFlags(where: string, found: Record<string, string[]>, allowed: string[]): void {
  const unknown = Object.keys(found).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) throw new DockerfileError(`${where}: unsupported flag --${unknown[0]}`);
}

/** A JSON array of strings (the exec form); the shell form is refused: signals would go to a shell, not to Node. */
function execForm(where: string, args: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    throw new DockerfileError(`${where}: use the exec form ["program", "arg", ...]`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((part) => typeof part === 'string')) {
    throw new DockerfileError(`${where}: use the exec form ["program", "arg", ...]`);
  }
  return parsed;
}

/** `--mount=type=cache,target=/x`: a cache directory for the step, which leaves no trace in the image. */
function cacheTargets(where: string, mounts: string[] = []): string[] {
  return mounts.map((mount) => {
    const options = Object.fromEntries(mount.split(',').map((pair) => pair.split('=') as [string, string]));
    if (options.type !== 'cache' || !options.target) throw new DockerfileError(`${where}: only --mount=type=cache,target=... is supported`);
    return options.target;
  });
}

function parseEnv(where: string, args: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const pair of args.split(/\s+/)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(pair);
    if (!match || /["'$]/.test(match[2])) throw new DockerfileError(`${where}: write ENV as NAME=value pairs without quotes or variables`);
    vars[match[1]] = match[2];
  }
  return vars;
}

function parseInstruction(where: string, keyword: string, args: string): Instruction {
  const { flags: found, rest } = flags(args);
  switch (keyword) {
    case 'WORKDIR':
      onlyFlags(where, found, []);
      if (!rest.startsWith('/')) throw new DockerfileError(`${where}: WORKDIR must be absolute`);
      return { kind: 'WORKDIR', path: rest };
    case 'COPY': {
      onlyFlags(where, found, ['from']);
      const parts = rest.split(/\s+/);
      if (parts.length < 2 || parts.some((part) => /[*?[\]]/.test(part))) throw new DockerfileError(`${where}: COPY takes named sources (no wildcards) and a destination`);
      return { kind: 'COPY', from: found.from?.[0], sources: parts.slice(0, -1), dest: parts[parts.length - 1] };
    }
    case 'RUN':
      onlyFlags(where, found, ['mount']);
      return { kind: 'RUN', command: rest, cacheTargets: cacheTargets(where, found.mount) };
    case 'ENV':
      onlyFlags(where, found, []);
      return { kind: 'ENV', vars: parseEnv(where, rest) };
    case 'USER':
      onlyFlags(where, found, []);
      return { kind: 'USER', user: rest };
    case 'EXPOSE':
      onlyFlags(where, found, []);
      return { kind: 'EXPOSE', ports: rest.split(/\s+/).map(Number) };
    case 'HEALTHCHECK': {
      const command = /^CMD\s+(.*)$/.exec(rest);
      if (!command) throw new DockerfileError(`${where}: HEALTHCHECK must be followed by CMD`);
      return { kind: 'HEALTHCHECK', options: Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v[0]])), command: execForm(where, command[1]) };
    }
    case 'CMD':
      onlyFlags(where, found, []);
      return { kind: 'CMD', command: execForm(where, rest) };
    default:
      throw new DockerfileError(`${where}: ${keyword} is not an instruction the smoke test performs`);
  }
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const { line, text: content } of logicalLines(text)) {
    const where = `Dockerfile line ${line}`;
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(content) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      const from = /^(\S+)\s+AS\s+(\S+)$/i.exec(args);
      if (!from) throw new DockerfileError(`${where}: name every stage (FROM image AS name)`);
      stages.push({ image: from[1], name: from[2], instructions: [] });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) throw new DockerfileError(`${where}: ${upper} before the first FROM`);
    stage.instructions.push(parseInstruction(where, upper, args));
  }
  if (stages.length === 0) throw new DockerfileError('The Dockerfile has no FROM');
  return stages;
}

/** The instructions of one kind in a stage, in order. */
export function instructionsOf<K extends Instruction['kind']>(stage: Stage, kind: K): Extract<Instruction, { kind: K }>[] {
  return stage.instructions.filter((i): i is Extract<Instruction, { kind: K }> => i.kind === kind);
}

/** The packages a RUN installs with apt-get (empty for any other command). */
export function aptPackages(command: string): string[] {
  const install = /apt-get\s+install\s+([^&;|]*)/.exec(command);
  return install ? install[1].split(/\s+/).filter((word) => word !== '' && !word.startsWith('-')) : [];
}

/** The Node major version of an official node image tag (`node:24-trixie-slim` -> 24), or undefined. */
export function nodeMajor(image: string): number | undefined {
  const match = /^node:(\d+)(?:[.-]|$)/.exec(image);
  return match ? Number(match[1]) : undefined;
}
