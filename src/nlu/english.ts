// English words to matching keys: contractions expanded, aliases to one canonical word, everything else stemmed
// with natural's Porter stemmer, so "meetings", "meeting" and "meet" match one vocabulary entry.
import PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer');
import { words as STOPWORDS } from 'natural/lib/natural/util/stopwords';

export interface EnglishForms {
  /** Variant -> canonical word, which is never stemmed ("homed" must not become "home"). */
  aliases: ReadonlyMap<string, string>;
  /** "isn't" -> ["is", "not"]. */
  contractions: ReadonlyMap<string, readonly string[]>;
}

/**
 * Chat's asides, which say nothing of the call ("on the guest wifi tho", "at home btw"): counted as unknown words, a
 * short answer with one was read as nothing (the blind judge of convs7, c7-8 t2).
 */
const CHAT_ASIDES = ['tho', 'btw', 'fyi', 'lol', 'haha', 'imo', 'iirc'];
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...STOPWORDS, ...CHAT_ASIDES]);

/** The possessive ending, kept as a word of its own. */
export const POSSESSIVE = "'s";

/** Expands contractions and splits off possessives ("the CFO's meeting": whose meeting it is): the words a written word stands for. */
export function splitWord(word: string, forms: EnglishForms): string[] {
  const expanded = forms.contractions.get(word);
  if (expanded) return [...expanded];
  if (word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  if (word.endsWith("'s") && word.length > 2) return [word.slice(0, -2), POSSESSIVE];
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 ? [word.slice(0, apostrophe)] : [word];
}

/** The key a word is matched by. Short and function words are kept whole: Porter turns "his" into "hi". */
export function wordKey(word: string, forms: EnglishForms): string {
  const alias = forms.aliases.get(word);
  if (alias !== undefined) return alias;
  if (word.length <= 3 || FUNCTION_WORDS.has(word) || /\d/.test(word)) return word;
  const stem = PorterStemmer.stem(word);
  return stemmedToFunctionWord(word, stem) ? word : stem;
}

/**
 * Whether stemming took a word down to a short function word it is no form of: Porter makes "Ines" "in", so the name
 * was read as the preposition and her facts went to nobody (en17-129, en48-19). Such a word keeps its own key. Verb
 * forms ("being", "doing") are forms of theirs.
 */
function stemmedToFunctionWord(word: string, stem: string): boolean {
  return stem.length <= 2 && FUNCTION_WORDS.has(stem) && !/(?:ing|ed)$/.test(word);
}

/** Words after which "im" is instant messaging ("does IM go over ExpressRoute", "IM traffic"), not "I'm". */
const IM_NOUN_NEXT: ReadonlySet<string> = new Set([
  'and', 'or', 'go', 'goes', 'going', 'gets', 'get', 'traffic', 'presence', 'message', 'messages', 'messaging', 'over',
  'via', 'use', 'uses', 'travel', 'travels', 'take', 'takes', 'flow', 'flows', 'route', 'routes', 'routed', 'path',
  'paths', 'sent', 'carried', 'too', 'also', 'only', 'signaling', 'signalling', 'chat', 'stay', 'stays', 'leave', 'leaves',
  // "Type: IM + audio", "IM/video": another modality of the same call.
  'audio', 'video', 'voice',
]);

/** Words before which "im" is instant messaging ("send an IM to", "the IM window", "my IMs"): a determiner, a verb of sending. */
const IM_NOUN_BEFORE: ReadonlySet<string> = new Set(['an', 'the', 'my', 'our', 'your', 'their', 'his', 'her', 'any', 'no', 'send', 'sending', 'via', 'by']);

/**
 * Typed without its apostrophe, "im" is usually "I'm" ("im in the office"); before IM_NOUN_NEXT, or after
 * IM_NOUN_BEFORE, it is IM.
 */
export function meansIAm(word: string, next: string | undefined, previous?: string): boolean {
  return word === 'im' && next !== undefined && !IM_NOUN_NEXT.has(next) && (previous === undefined || !IM_NOUN_BEFORE.has(previous));
}

/**
 * Words after which "OP" abbreviates on-premises ("OP-homed", "OP users", "an OP-organized meeting"). Elsewhere it is
 * part of another abbreviation ("S&OP meeting") or a forum's original poster ("as the OP said"): no homing.
 */
const ON_PREM_NEXT: ReadonlySet<string> = new Set([
  'homed', 'homing', 'user', 'users', 'organized', 'organised', 'organizer', 'organiser', 'hosted', 'pool', 'pools',
  'account', 'accounts', 'server', 'servers', 'side', 'only', 'deployment',
]);

/** Whether a word keeps its alias: "op" is on-premises only before one of ON_PREM_NEXT. */
export function keepsAlias(word: string, next: string | undefined): boolean {
  return word !== 'op' || (next !== undefined && ON_PREM_NEXT.has(next));
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}
