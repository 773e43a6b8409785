// The CJK font cut down to the characters a zh-TW diagram can draw: made once per process, the first time a drawing
// needs a CJK font, then used by every drawing whose characters it covers.
//
// Why: resvg rereads a font file for every run of text it lays out, and Debian's Noto Sans CJK collections are 20 MB
// each, so a zh-TW diagram cost about a second of CPU against 70 ms for English. Each subset is about 300 kB, drawn
// in about the time English takes, with the same glyphs: the outlines, metrics and layout tables are the TC face's
// own (a test compares the pixels). Making both weights costs about 0.2 s of CPU once per process, in a child
// process (./subsetProcess says why). Cutting to only the strings diagrams draw today gives 80 kB files that
// draw no faster; every zh-TW string is the safer set, since a string that starts appearing in a diagram is then
// covered without anyone remembering this file.
// The characters are printable ASCII (zh-TW labels keep product names in Latin letters, and the CJK face, first in
// the diagram's font-family, draws them) and every character of every zh-TW string. A drawing with any other
// character is drawn with the full files, so nothing is ever drawn with a glyph missing.
// The files are written to a private directory (0700) under the system's temporary directory (the app's own
// directory is read-only in the container); on Linux they are then held open and the directory removed at once. If anything fails (no writable temporary
// directory, no TC face, the child process), drawings use the full files as before, and the log says so once.
import { execFile, spawnSync } from 'child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, relative } from 'path';
import { performance } from 'perf_hooks';
import { has, keysOf, list, t } from '../i18n';
import { logger } from '../log';
import { faceIndex } from './fontFaces';
import type { SubsetRequest } from './subsetProcess';

/** The face zh-TW diagrams ask for first: Traditional Chinese glyph shapes, not the JP, KR or SC ones. */
export const CJK_FAMILY = 'Noto Sans CJK TC';

const FIRST_PRINTABLE = 0x20;
const LAST_ASCII = 0x7e;
const CHILD_TIMEOUT_MS = 60_000;
/**
 * V8's baseline WebAssembly compiler only: hb-subset runs once, and optimizing its hot functions costs more than it
 * saves (measured: 0.15 s of CPU and 80 MB at the peak instead of 0.55 s and 125 MB; the same bytes out).
 */
const CHILD_NODE_FLAGS = ['--liftoff-only'];

interface Subset {
  files: string[];
  characters: ReadonlySet<number>;
  release: () => void;
}
type Outcome = Subset | 'unavailable';

let subset: Outcome | undefined;
let pending: Promise<Outcome> | undefined;

function diagramCharacters(): Set<number> {
  const characters = new Set<number>();
  for (let c = FIRST_PRINTABLE; c <= LAST_ASCII; c++) characters.add(c);
  for (const key of keysOf('zh-TW')) {
    const text = has('zh-TW', key) ? t('zh-TW', key) : list('zh-TW', key).join('');
    for (const char of text) characters.add(char.codePointAt(0) as number);
  }
  return characters;
}

/** The compiled child: beside this file when running from dist/, in dist/ when running from the sources (tests). */
function childScript(): string {
  let root = __dirname;
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  const script = [join(__dirname, 'subsetProcess.js'), join(root, 'dist', 'src', 'diagram', 'subsetProcess.js')].find(existsSync);
  if (!script) throw new Error('subsetProcess.js not found: the project is not built');
  return script;
}

interface Job {
  request: SubsetRequest;
  characters: Set<number>;
  remove: () => void;
  started: number;
}

function startJob(fullFiles: readonly string[]): Job {
  const characters = diagramCharacters();
  const dir = mkdtempSync(join(tmpdir(), 'callflow-fonts-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  return { request: { fonts: [...fullFiles], family: CJK_FAMILY, codePoints: [...characters], dir }, characters, remove, started: performance.now() };
}

/**
 * Where drawings read the subsets from. On Linux a deleted file stays readable through /proc/self/fd for as long as
 * this process holds it open: the files are opened and their directory removed at once, so nothing is left on disk
 * however the process ends (killed, or a test runner that never emits 'exit'). Elsewhere the files stay until exit.
 */
function holdOpen(files: string[], job: Job): { files: string[]; release: () => void } {
  if (process.platform !== 'linux' || !existsSync('/proc/self/fd')) return { files, release: job.remove };
  const fds: number[] = [];
  const release = () => fds.forEach((fd) => closeSync(fd));
  try {
    for (const file of files) fds.push(openSync(file, 'r'));
  } catch (error) {
    release();
    throw error;
  }
  job.remove();
  return { files: fds.map((fd) => `/proc/self/fd/${fd}`), release };
}

/** The child's answer, trusted only as far as it checks out: files in the job's directory, each the TC face. */
function finishJob(job: Job, stdout: string): Subset {
  const written = JSON.parse(stdout) as unknown;
  if (!Array.isArray(written) || written.length === 0) throw new Error(`no ${CJK_FAMILY} face in ${job.request.fonts.join(', ')}`);
  for (const file of written) {
    if (typeof file !== 'string' || relative(job.request.dir, dirname(file)) !== '') throw new Error(`unexpected subset ${String(file)}`);
    if (faceIndex(readFileSync(file), CJK_FAMILY) !== 0) throw new Error(`${file} is not ${CJK_FAMILY}`);
  }
  const held = holdOpen(written as string[], job);
  const ms = Math.round(performance.now() - job.started);
  logger.debug('diagram.fontSubset.ready', { written, files: held.files, characters: job.characters.size, ms });
  return { ...held, characters: job.characters };
}

function unavailable(error: unknown, job: Job | undefined, fullFiles: readonly string[]): 'unavailable' {
  job?.remove();
  logger.warn('diagram.fontSubset.unavailable', { error, drawingWith: fullFiles });
  return 'unavailable';
}

/** The last lines of what a failed child said, for the log. */
function childFailure(what: string, stderr: string): Error {
  return new Error(`subset process: ${what}: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
}

function prepareSync(fullFiles: readonly string[]): Outcome {
  let job: Job | undefined;
  try {
    job = startJob(fullFiles);
    const run = spawnSync(process.execPath, [...CHILD_NODE_FLAGS, childScript()], { input: JSON.stringify(job.request), encoding: 'utf8', timeout: CHILD_TIMEOUT_MS });
    if (run.error) throw run.error;
    if (run.status !== 0) throw childFailure(run.signal ?? `exit code ${run.status}`, run.stderr);
    return finishJob(job, run.stdout);
  } catch (error) {
    return unavailable(error, job, fullFiles);
  }
}

async function prepareAsync(fullFiles: readonly string[]): Promise<Outcome> {
  let job: Job | undefined;
  try {
    const current = startJob(fullFiles);
    job = current;
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(process.execPath, [...CHILD_NODE_FLAGS, childScript()], { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS }, (error, out, stderr) =>
        error ? reject(childFailure(error.signal ?? `exit code ${error.code}`, stderr)) : resolve(out),
      );
      // A child that dies before reading its request closes the pipe; the exit above reports it.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(JSON.stringify(current.request));
    });
    return finishJob(current, stdout);
  } catch (error) {
    return unavailable(error, job, fullFiles);
  }
}

/** Keeps the first outcome; a second one (a drawing made synchronously while the child ran) is dropped. */
function settle(outcome: Outcome): Outcome {
  if (subset === undefined) subset = outcome;
  else if (outcome !== subset && outcome !== 'unavailable') outcome.release();
  return subset;
}

function covering(text: string, outcome: Outcome): string[] | undefined {
  if (outcome === 'unavailable') return undefined;
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (codePoint >= FIRST_PRINTABLE && !outcome.characters.has(codePoint)) return undefined;
  }
  return outcome.files;
}

/**
 * The subset files that draw this text exactly as the full files would, or undefined when the full files must draw
 * it (a character outside the subset, or no subset in this process). Makes the subset if this process has none yet,
 * waiting for it: for the command line.
 */
export function cjkSubsetFiles(text: string, fullFiles: readonly string[]): string[] | undefined {
  return covering(text, subset ?? settle(prepareSync(fullFiles)));
}

/** The same, for servers: the event loop goes on while the subset is made, and drawings meanwhile wait for it. */
export async function cjkSubsetFilesAsync(text: string, fullFiles: readonly string[]): Promise<string[] | undefined> {
  if (subset === undefined) {
    pending ??= prepareAsync(fullFiles);
    settle(await pending);
  }
  return covering(text, subset as Outcome);
}
