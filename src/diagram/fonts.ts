// The fonts resvg draws text with, loaded explicitly: a Latin sans-serif and a CJK one for zh-TW (Debian packages
// fonts-dejavu-core and fonts-noto-cjk). Without a font resvg silently draws no text at all.
import { readdirSync } from 'fs';
import { join } from 'path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { CJK_FAMILY, cjkSubsetFiles, cjkSubsetFilesAsync } from './cjkSubset';
import { hasWideText } from './text';

export type FontOptions = NonNullable<ResvgRenderOptions['font']>;

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'];
const LATIN = /^DejaVuSans(-Bold)?\.ttf$/;
const CJK = /^NotoSansCJK(tc|TC)?-(Regular|Bold)\.(ttc|otf)$/;

function findFiles(dir: string, wanted: RegExp): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? findFiles(join(dir, e.name), wanted) : wanted.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

let found: { latin: string[]; cjk: string[] } | undefined;

/** The installed font files the diagrams use, found once: DejaVu Sans, and the Noto Sans CJK files. */
export function installedFonts(): { latin: string[]; cjk: string[] } {
  found ??= {
    latin: FONT_DIRS.flatMap((d) => findFiles(d, LATIN)),
    cjk: FONT_DIRS.flatMap((d) => findFiles(d, CJK)),
  };
  return found;
}

const SYSTEM_FONTS: FontOptions = { loadSystemFonts: true, fontDirs: FONT_DIRS };

function withCjk(latin: string[], cjkFiles: string[]): FontOptions {
  return { loadSystemFonts: false, fontFiles: [...latin, ...cjkFiles], defaultFontFamily: latin.length > 0 ? 'DejaVu Sans' : CJK_FAMILY };
}

/** Text with CJK characters needs a CJK font; so does any text on a machine without the Latin one. */
function needsCjk(text: string, { latin, cjk }: { latin: string[]; cjk: string[] }): boolean {
  return (hasWideText(text) || latin.length === 0) && cjk.length > 0;
}

/**
 * Only the files a drawing needs: text without CJK characters does not load a CJK font, and text with them loads
 * the CJK subset when it covers the text (./cjkSubset: resvg rereads a font file for every run of text, and the
 * full collections are 20 MB each), else the full files. With none of the files, the system's fonts.
 */
export function fontOptions(text: string): FontOptions {
  const fonts = installedFonts();
  if (fonts.latin.length === 0 && fonts.cjk.length === 0) return SYSTEM_FONTS;
  return withCjk(fonts.latin, needsCjk(text, fonts) ? (cjkSubsetFiles(text, fonts.cjk) ?? fonts.cjk) : []);
}

/** The same, for servers: a first drawing that makes the subset does not hold up the event loop. */
export async function fontOptionsAsync(text: string): Promise<FontOptions> {
  const fonts = installedFonts();
  if (fonts.latin.length === 0 && fonts.cjk.length === 0) return SYSTEM_FONTS;
  return withCjk(fonts.latin, needsCjk(text, fonts) ? ((await cjkSubsetFilesAsync(text, fonts.cjk)) ?? fonts.cjk) : []);
}

/** Which scripts the installed fonts can draw, for a clear message when a machine lacks one. */
export function fontCoverage(): { latin: boolean; cjk: boolean } {
  const { latin, cjk } = installedFonts();
  return { latin: latin.length > 0, cjk: cjk.length > 0 };
}
