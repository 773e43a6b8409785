// People who only pass something on are not in the call asked about. "My manager told me calls from home go over the
// internet", "同事說我們 Skype 都走 ER", "聽同事說在家打也會走 ER": the one who says it is a source of hearsay, and
// "Could you tell me if Anna's calls go over ER": "me" is who the answer goes to. Neither is the other party of a
// call: counted as one, a second person made a call between two people out of calls in general. So is who files or
// handles a ticket ("申請人：資訊室 小王", "處理客服：阿志"): the ticket is about its user, not a call with its agent.
import type { Item } from './analyzer';
import { endsSentence, isFiller, isNameWord, kindOf, nextIndex, surfaceOf } from './items';
import { HAN } from './text';

/** Verbs that pass on what someone said, as keys (stems) and Chinese surfaces. */
const REPORTING: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'sai', 'said', 'mention', 'claim', 'reckon', 'insist', 'swear', '說', '說過', '告訴']);
/** Verbs whose object "me" is the one the answer goes to ("tell me", "let me know", "advise me"). */
const ASKING_FOR: ReadonlySet<string> = new Set(['tell', 'told', 'let', 'advis', 'advise', 'inform', 'updat', 'update', 'remind', 'show', 'explain', '告訴', '請教']);
/** "Bob and I", "老王跟我說": who stands between the one who says and the verb. */
const TO_WORDS: ReadonlySet<string> = new Set(['跟', '對', '和', 'to']);

/** Pronouns that may stand for the one who says ("Mei says her video freezes", "老王說他在家"). */
const THIRD_PERSON = /^(?:he|she|his|her|him|hers|himself|herself|they|their|them|他|她|他的|她的|他們|她們|他們的)$/;

/** Whether what is said, from `start` to the end of its sentence, holds a pronoun that may stand for who says it. */
function mayReferBack(items: readonly Item[], start: number): boolean {
  for (let k = start; k < items.length && !endsSentence(items[k]); k++) if (THIRD_PERSON.test(surfaceOf(items[k]) ?? '')) return true;
  return false;
}

const isWriter = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'user' && /^(?:me|我)$/.test(item.surface);

/**
 * The indexes of people who only pass something on: a person right before a reporting verb ("Bob told", "老王說",
 * "老王跟我說", "聽同事說"). Whether they also take part is for the caller to tell (a later "he" that stands for them).
 */
export function reporterIndexes(items: readonly Item[]): Set<number> {
  const reporters = new Set<number>();
  items.forEach((item, index) => {
    if (kindOf(item) !== 'party' && kindOf(item) !== 'company' && !(item.kind === 'word' && item.name === true)) return;
    let k = nextIndex(items, index, isFiller);
    // "老王跟我說": the writer told, between the one who says and the verb.
    if (TO_WORDS.has(surfaceOf(items[k]) ?? '') && isWriter(items[k + 1]) && HAN.test(surfaceOf(items[k + 2]) ?? '')) k += 2;
    if (REPORTING.has(surfaceOf(items[k]) ?? '') && !isWriter(item) && !mayReferBack(items, k + 1)) reporters.add(index);
  });
  return reporters;
}

/** Verbs of asking a question, as surfaces ("MIS 問一下：", "總部 IT 想請教："). */
const ASKING: ReadonlySet<string> = new Set(['問', '想問', '請問', '請教', '想請教', '問問']);

/**
 * The indexes of who opens a message by asking ("竹科廠 MIS 問一下：…", "總部 IT 想請教，…"): the writer saying who
 * they are, with a break right after the verb; what they ask about is someone else's call, unless they say "我".
 */
export function askerIndexes(items: readonly Item[]): Set<number> {
  const askers = new Set<number>();
  for (let index = 0; index < items.length && !endsSentence(items[index]); index++) {
    const item = items[index];
    if (kindOf(item) !== 'party' || isWriter(item)) continue;
    const verb = nextIndex(items, index, isFiller);
    // "請教" may be segmented as two characters.
    const split = ASKING.has(`${surfaceOf(items[verb]) ?? ''}${surfaceOf(items[verb + 1]) ?? ''}`);
    const after = items[nextIndex(items, split ? verb + 1 : verb, isFiller)];
    if ((split || ASKING.has(surfaceOf(items[verb]) ?? '')) && after?.kind === 'break') askers.add(index);
  }
  return askers;
}

/**
 * The indexes of the writer who is only told the answer: "me" after "tell", "let", "advise", "explain to" ("could
 * you tell me", "let me know", "告訴我"), or told something ("同事跟我說"). ("Can someone fix my calls" is left: the
 * one asked for help may be read as someone in the call, and the question stays a call question.)
 */
export function addressees(items: readonly Item[]): Set<number> {
  const addressed = new Set<number>();
  items.forEach((item, index) => {
    const before = surfaceOf(items[index - 1]) === 'to' ? items[index - 2] : items[index - 1];
    const told = ASKING_FOR.has(surfaceOf(before) ?? '') || (surfaceOf(item) === 'me' && kindOf(before) === 'cue' && surfaceOf(before) === 'let');
    // "同事跟我說": the writer told something, between the one who says it and the verb.
    const toldBy = TO_WORDS.has(surfaceOf(before) ?? '') && REPORTING.has(surfaceOf(items[index + 1]) ?? '') && HAN.test(surfaceOf(items[index + 1]) ?? '');
    if (isWriter(item) && (told || toldBy)) addressed.add(index);
  });
  return addressed;
}

/**
 * Labels of a ticket's field for who files or handles it, as written ("申請人", "填單人", "處理客服", "客服人員",
 * "承辦人"); not "報修人", who is as often the one with the problem (the ticket's place field is theirs, see
 * ticketFields.ts).
 */
const FILER_LABEL = /^(?:申請人|申請者|填單人|填表人|開單人|處理客服|客服人員|處理人員|處理人|承辦人|經辦人|負責人員|值班人員)$/;

/** The label of the field whose colon is at `colon`: its words since the break before, run together. */
function labelBefore(items: readonly Item[], colon: number): string {
  let label = '';
  for (let k = colon - 1; k >= 0 && items[k].kind !== 'break'; k--) label = (surfaceOf(items[k]) ?? '') + label;
  return label;
}

/** Labels of a ticket's field for the one it is about, as written ("受影響使用者", "使用者", "來電者"). */
const USER_LABEL = /(?:使用者|用戶|來電者|當事人)$/;

/**
 * The indexes of the people a field names: a person word of its label ("處理客服", "客服人員"), and the people of its
 * value, from its colon to the break that ends it (a space does not).
 */
function fieldPeople(items: readonly Item[], colon: number): number[] {
  const people: number[] = [];
  for (let k = colon - 1; k >= 0 && items[k].kind !== 'break'; k--) if (kindOf(items[k]) === 'party') people.push(k);
  for (let k = colon + 1; k < items.length; k++) {
    const value = items[k];
    if (value.kind === 'break' && value.spaced !== true) break;
    if (kindOf(value) === 'party' || isNameWord(value)) people.push(k);
  }
  return people;
}

/**
 * The indexes of who a ticket's field says files or handles it (FILER_LABEL): the people of the field's value
 * ("申請人：資訊室 小王 / ...": both words, a space between them). Only when another field names the one the ticket is
 * about ("受影響使用者：陳副理"): alone, the one who files is as often the one with the problem.
 */
export function filerIndexes(items: readonly Item[]): Set<number> {
  const colons = items.flatMap((item, k) => (item.kind === 'break' && item.colon === true ? [k] : []));
  const labelled = (label: RegExp) => colons.filter((colon) => label.test(labelBefore(items, colon)));
  if (!labelled(USER_LABEL).some((colon) => fieldPeople(items, colon).some((k) => k > colon))) return new Set();
  return new Set(labelled(FILER_LABEL).flatMap((colon) => fieldPeople(items, colon)));
}
