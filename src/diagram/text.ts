// Text for SVG without a font engine: escaping, a width estimate and line wrapping. The estimate is generous
// (DejaVu Sans is wide) so labels fit whichever sans-serif font draws them.

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Ideographs, kana, Hangul and full-width forms take a full em. */
const WIDE = '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE_CHAR = new RegExp(`[${WIDE}]`, 'u');
/** A word with its trailing space, or one wide character with closing punctuation that must not start a line. */
const TOKEN = new RegExp(`[${WIDE}][，、。：；）」』]?|[^\\s${WIDE}]+\\s*|\\s+`, 'gu');

function isWide(char: string): boolean {
  return WIDE_CHAR.test(char);
}

/** Whether any character needs a CJK font. */
export function hasWideText(text: string): boolean {
  return WIDE_CHAR.test(text);
}

function charWidth(char: string): number {
  if (isWide(char)) return 1;
  if (/[ fijlrtI.,:;'|!()[\]]/.test(char)) return 0.36;
  if (/[mwMW]/.test(char)) return 0.92;
  if (/[A-Z0-9]/.test(char)) return 0.72;
  return 0.62;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}

/** Breakable pieces (CJK text breaks between characters). */
function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Greedy wrapping to a width; a single piece wider than the line stays whole on its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    const candidate = line + token;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
