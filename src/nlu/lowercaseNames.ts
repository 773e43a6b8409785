// Names written in small letters: "tim at office, sara at home. how does sara's media go?", "rene called claire.
// claire's path?". A chat writer who types names lowercase leaves no capital to find them by, and a word the
// vocabulary does not know is then read as a typo and nobody: the places and homings said of them fall to whoever
// else is named. A lowercase word is a name only when the writer shows it is: the person the question is asked for,
// "<word>'s path/media/side". Once the writer is seen writing a name so, their other unknown lowercase words that
// stand where a name stands (opening a sentence, a clause or a list's line, or right after a call verb) are names too.
import type { RawToken } from './text';

/** What the question asks of a person, after "<name>'s". */
const ASKED_OF: ReadonlySet<string> = new Set([
  'path', 'paths', 'route', 'routes', 'media', 'signaling', 'signalling', 'sig', 'side', 'end', 'half', 'leg', 'call',
  'calls', 'traffic', 'audio', 'video', 'connection', 'flow', 'flows',
]);
/** Verbs a name follows as the one called: "rene called claire". */
const CALLING: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'calling', 'rang', 'rings', 'ring', 'ringing', 'phoned', 'phones', 'skyped', 'skypes']);
const POSSESSIVE = /^([a-z]+)'s$/;
/** The writer, as a pair's other half: "me n jess", "jess and i". */
const WRITER: ReadonlySet<string> = new Set(['me', 'i']);
const AND: ReadonlySet<string> = new Set(['and', 'n']);
/** A name is longer than one letter (a lone letter is a list's label, "a: office"). */
const SHORTEST = 2;

/**
 * The lowercase words of `raws` written as names, by their text. `unknown`: whether the vocabulary does not know a
 * word (a known word, "sales's", is never a name).
 */
export function lowercaseNames(raws: readonly RawToken[], unknown: (word: string) => boolean): Set<string> {
  const candidate = (raw: RawToken | undefined): raw is Extract<RawToken, { kind: 'latin' }> =>
    raw?.kind === 'latin' && raw.capitalized !== true && raw.initials !== true;
  /** A word that could be a name typed small: two letters or more, small letters only, unknown to the vocabulary. */
  const nameLike = (raw: RawToken): raw is Extract<RawToken, { kind: 'latin' }> => candidate(raw) && raw.text.length >= SHORTEST && /^[a-z]+$/.test(raw.text) && unknown(raw.text);
  const text = (at: number): string | undefined => {
    const raw = raws[at];
    return raw?.kind === 'latin' ? raw.text : undefined;
  };
  const asked = new Set<string>();
  raws.forEach((raw, index) => {
    const next = raws[index + 1];
    const owner = candidate(raw) ? POSSESSIVE.exec(raw.text)?.[1] : undefined;
    if (owner !== undefined && owner.length >= SHORTEST && unknown(owner) && next?.kind === 'latin' && ASKED_OF.has(next.text)) asked.add(owner);
  });
  // "both me n jess in the office": a word paired with the writer is someone, as plainly as a name asked about.
  raws.forEach((raw, index) => {
    const pairedBefore = AND.has(text(index - 1) ?? '') && WRITER.has(text(index - 2) ?? '');
    // "jess and i" opens its clause ("in the ofice and I call": a typo after "the" is no one).
    const opensPair = raws[index - 1] === undefined || raws[index - 1].kind === 'break' || text(index - 1) === 'both';
    const pairedAfter = opensPair && AND.has(text(index + 1) ?? '') && WRITER.has(text(index + 2) ?? '');
    // Whether the word is name-like (a vocabulary lookup) is asked only of a word so paired, most words are not.
    if ((pairedBefore || pairedAfter) && nameLike(raw)) asked.add(raw.text);
  });
  if (asked.size === 0) return asked;
  const names = new Set(asked);
  raws.forEach((raw, index) => {
    if (!nameLike(raw)) return;
    const before = raws[index - 1];
    const opens = before === undefined || before.kind === 'break';
    const called = CALLING.has(text(index - 1) ?? '');
    if ((opens && raws[index + 1] !== undefined) || called) names.add(raw.text);
  });
  return names;
}
