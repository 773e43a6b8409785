// The fonts resvg draws text with, loaded explicitly: a Latin sans-serif and a CJK one for zh-TW (Debian packages
// fonts-dejavu-core and fonts-noto-cjk). Without a font resvg silently draws no text at all.
import { readdirSync } from 'fs';
import { join } from 'path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

type FontOptions = NonNullable<ResvgRenderOptions['font']>;

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

function fontFiles(): { latin: string[]; cjk: string[] } {
  found ??= {
    latin: FONT_DIRS.flatMap((d) => findFiles(d, LATIN)),
    cjk: FONT_DIRS.flatMap((d) => findFiles(d, CJK)),
  };
  return found;
}

/**
 * Only the files a drawing needs: resvg rereads a font file for every run of text, and the CJK one is 20 MB, so
 * text without CJK characters does not load it. With none of the files, the system's fonts.
 */
export function fontOptions(needsCjk: boolean): FontOptions {
  const { latin, cjk } = fontFiles();
  const files = needsCjk || latin.length === 0 ? [...latin, ...cjk] : latin;
  if (files.length === 0) return { loadSystemFonts: true, fontDirs: FONT_DIRS };
  return { loadSystemFonts: false, fontFiles: files, defaultFontFamily: latin.length > 0 ? 'DejaVu Sans' : 'Noto Sans CJK TC' };
}

/** Which scripts the installed fonts can draw, for a clear message when a machine lacks one. */
export function fontCoverage(): { latin: boolean; cjk: boolean } {
  const { latin, cjk } = fontFiles();
  return { latin: latin.length > 0, cjk: cjk.length > 0 };
}
