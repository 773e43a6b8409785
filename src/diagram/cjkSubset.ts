// The CJK font cut down to the characters a zh-TW diagram can draw: made once per process, the first time a drawing
// needs a CJK font, then used by every drawing whose characters it covers.
//
// Why: resvg rereads a font file for every run of text it lays out, and Debian's Noto Sans CJK collections are 20 MB
// each, so a zh-TW diagram cost about a second of CPU against 70 ms for English. Each subset is about 300 kB, drawn
// in about the time English takes, with the same glyphs: the outlines, metrics and layout tables are the TC face's
// own (a test compares the pixels). Making both weights costs a few hundred milliseconds once per process. Cutting
// to only the strings diagrams draw today gives 80 kB files that draw no faster; every zh-TW string is the safer
// set, since a string that starts appearing in a diagram is then covered without anyone remembering this file.
// The characters are printable ASCII (zh-TW labels keep product names in Latin letters, and the CJK face, first in
// the diagram's font-family, draws them) and every character of every zh-TW string. A drawing with any other
// character is drawn with the full files, so nothing is ever drawn with a glyph missing.
// The files go to a private directory (0700) under the system's temporary directory, removed when the process
// exits: the app's own directory is read-only in the container. If anything fails (no writable temporary
// directory, no TC face, the WebAssembly), drawings use the full files as before, and the log says so once.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { performance } from 'perf_hooks';
import { has, keysOf, list, t } from '../i18n';
import { logger } from '../log';
import { faceIndex } from './fontFaces';
import { createSubsetter } from './subsetFont';

/** The face zh-TW diagrams ask for first: Traditional Chinese glyph shapes, not the JP, KR or SC ones. */
export const CJK_FAMILY = 'Noto Sans CJK TC';

const FIRST_PRINTABLE = 0x20;
const LAST_ASCII = 0x7e;

interface Subset {
  files: string[];
  characters: ReadonlySet<number>;
}

let subset: Subset | 'unavailable' | undefined;

function diagramCharacters(): Set<number> {
  const characters = new Set<number>();
  for (let c = FIRST_PRINTABLE; c <= LAST_ASCII; c++) characters.add(c);
  for (const key of keysOf('zh-TW')) {
    const text = has('zh-TW', key) ? t('zh-TW', key) : list('zh-TW', key).join('');
    for (const char of text) characters.add(char.codePointAt(0) as number);
  }
  return characters;
}

/** One subset per file that has the TC face (Regular and Bold), written into a new private directory. */
function writeSubsets(fullFiles: readonly string[], characters: ReadonlySet<number>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'callflow-fonts-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const subsetter = createSubsetter();
    const files = fullFiles.flatMap((file) => {
      const bytes = subsetter(file, CJK_FAMILY, characters);
      if (bytes === undefined) return [];
      if (faceIndex(bytes, CJK_FAMILY) !== 0) throw new Error(`${file}: the subset is not ${CJK_FAMILY}`);
      const written = join(dir, `${basename(file).replace(/\.[^.]+$/, '')}-tc-subset.otf`);
      writeFileSync(written, bytes, { mode: 0o600, flag: 'wx' });
      return [written];
    });
    if (files.length === 0) throw new Error(`no ${CJK_FAMILY} face in ${fullFiles.join(', ')}`);
    process.once('exit', remove);
    return files;
  } catch (error) {
    remove();
    throw error;
  }
}

function prepare(fullFiles: readonly string[]): Subset | 'unavailable' {
  const start = performance.now();
  try {
    const characters = diagramCharacters();
    const files = writeSubsets(fullFiles, characters);
    logger.debug('diagram.fontSubset.ready', { files, characters: characters.size, ms: Math.round(performance.now() - start) });
    return { files, characters };
  } catch (error) {
    logger.warn('diagram.fontSubset.unavailable', { error, drawingWith: fullFiles });
    return 'unavailable';
  }
}

/**
 * The subset files that draw this text exactly as the full files would, or undefined when the full files must draw
 * it (a character outside the subset, or no subset in this process).
 */
export function cjkSubsetFiles(text: string, fullFiles: readonly string[]): string[] | undefined {
  subset ??= prepare(fullFiles);
  if (subset === 'unavailable') return undefined;
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (codePoint >= FIRST_PRINTABLE && !subset.characters.has(codePoint)) return undefined;
  }
  return subset.files;
}
