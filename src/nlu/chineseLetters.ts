// "甲在公司，乙在機場，甲打給乙", "教師甲與教師乙": Chinese scenarios name people by the heavenly stems as English ones do
// by letters ("A calls B"). Read as the letters they stand for, they reach the rules that already tell lettered people
// apart (people.ts letterAnchor, rows labelled "同事A"/"A："), with no second set of rules for them.
import type { Token } from './analyzer';

/** The stems used as letters, in order: 甲 is A. */
const STEMS = '甲乙丙丁';

/** Whether a token is a stem standing alone (a word of its own: "甲方", "甲級" are other words). */
const isStem = (token: Token): boolean => token.script === 'han' && token.surface.length === 1 && STEMS.includes(token.surface);

/**
 * The tokens with each stem standing alone read as its letter, when two different stems stand alone in the text:
 * lettered people come in pairs at least ("甲打給乙"), while one stem alone is more often a word's piece or a grade.
 */
export function stemsAsLetters<T extends object>(pieces: readonly (T | Token)[]): (T | Token)[] {
  const stems = new Set(pieces.filter((p): p is Token => 'script' in p && isStem(p)).map((p) => p.surface));
  if (stems.size < 2) return [...pieces];
  return pieces.map((p) => {
    if (!('script' in p) || !isStem(p)) return p;
    const letter = String.fromCharCode('a'.charCodeAt(0) + STEMS.indexOf(p.surface));
    return { key: letter, script: 'latin', surface: letter };
  });
}
