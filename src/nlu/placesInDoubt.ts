// Places the writer is not sure of, or that do not hold for the call: "half of us may join remotely", 「小王下午可能在
// 外面拜訪客戶、可能回公司，不確定」「可能在車上就打，也可能到公司再打」 (a guess), "she's in the office on Mondays and
// Wednesdays" (only on some days), 「在飯店 VPN 時好時壞」 (only now and then), "by the time I get to the office it'll be
// over" (a place not reached in time), "in the office in the morning, at home in the afternoon" (only in part of the
// day). Where someone is for the call stays a question: a wrong place is worse than asking. Said plainly ("she is in
// the office today", "once I get to the office I'll call"), a place stays.
import type { Item } from './analyzer';
import { doubts } from './doubtedAlternatives';
import { classWords } from './wordClasses';
import { clauseEnd, clauseStart, CONTRAST_WORDS, EITHER_WORDS, GUESS_WORDS, endsSentence, isNameWord, kindOf, namesCallOrJoining, perItems, sentenceEnd, sentenceStart, surfaceOf } from './items';

/**
 * Words that make a place in their clause a guess, as keys ("may", "maybe", "perhaps", "possibly", "可能", "也許";
 * "somewhere between the depot and the customer's site", "either at home or at the office", "I'd guess", 「我猜」);
 * not "probably", "應該", "大概": what the writer believes (but see BELIEFS).
 */
export const GUESSES: ReadonlySet<string> = new Set([...GUESS_WORDS, '也许', '說不定', '搞不好', 'maybe', 'somewher', 'either', 'guess', '猜']);

/**
 * Words of belief, as keys or surfaces ("probably", "I believe", "應該", "大概"), and of habit ("usually", "通常"). A
 * place believed alone ("she's probably at home, she said so") stays; believed with nothing to ground it, it is a
 * guess (see believedWithoutGround).
 */
const BELIEFS: ReadonlySet<string> = new Set(['probabl', 'probably', 'believ', 'believe', 'suppos', 'suppose']);
/** The Chinese ones, matched on the words run together: the segmenter cuts 「大概」 into its characters. */
const BELIEFS_ZH = /應該|大概|應是|想必/;
const HABITS: ReadonlySet<string> = new Set(['usual', 'usually', 'normal', 'normally', 'typic', 'typically', 'alwai', '通常', '平常', '平時', '一向', '向來']);

/**
 * Whether the place at `index` is believed in its clause and its sentence takes the ground from under the belief:
 * it says where that person usually is ("he's probably in the office, he usually is on Mondays"), offers a guessed
 * place beside it ("probably at home tomorrow, maybe in the office", 「應該在公司吧，不過也可能在家」), or says the
 * writer does not know ("she's probably at home today, I didn't ask"), also as the whole next sentence (「她大概在家
 * 吧？不確定。」). A doubt is looked for after the belief only: one before it is of something else ("not sure about
 * the path; she's probably at home").
 */
function believedWithoutGround(items: readonly Item[], index: number): boolean {
  const said = (words: ReadonlySet<string>, from: number, to: number) => items.slice(from, to).some((item) => words.has(surfaceOf(item) ?? ''));
  const before = items.slice(clauseStart(items, index), index).map((item) => surfaceOf(item) ?? '');
  if (!before.some((word) => BELIEFS.has(word)) && !BELIEFS_ZH.test(before.join(''))) return false;
  const [start, end] = [sentenceStart(items, index), sentenceEnd(items, index)];
  if (said(HABITS, start, end)) return true;
  for (let k = index + 1; k < end; k++) if (isPlace(items[k]) && guessWordBefore(items, k)) return true;
  return doubts(items).some(([from, to]) => from > index && (to <= end || (from === end + 1 && wholeSentence(items, to))));
}

/** Whether the doubt that starts a sentence and ends at `to` is its only words ("不確定。", "Not sure."). */
const wholeSentence = (items: readonly Item[], to: number): boolean => to >= items.length || endsSentence(items[to]);

/**
 * Words that make every place of their sentence hold only on a condition, as keys ("I'm at HQ unless the
 * train is late", 「我在總部，除非高鐵誤點」「除非下雨，不然我會進公司」): the condition may fail, and where the call is
 * made stays asked.
 */
const CONDITIONS = new Set(['unless']);
/** The Chinese ones, matched on the words run together: the segmenter cuts 「除非」 into its characters. */
const CONDITIONS_ZH = /除非/;
const onCondition = (items: readonly Item[], start: number, end: number): boolean => {
  const words = items.slice(start, end).map((item) => surfaceOf(item) ?? '');
  return words.some((word) => CONDITIONS.has(word)) || CONDITIONS_ZH.test(words.join(''));
};

/**
 * "depends on the trains", "depending on the traffic at the office": a place a choice depends on is what decides
 * where the call is made, not where anyone is.
 */
const dependedOn = (items: readonly Item[], index: number): boolean =>
  surfaceOf(items[index - 1]) === 'depend' || (surfaceOf(items[index - 1]) === 'on' && surfaceOf(items[index - 2]) === 'depend');

/** Days of the week, as keys ("mondai") or Chinese run together ("週一", "星期三", "禮拜五"). */
const WEEKDAY_EN = /^(?:mon|tues|wednes|thurs|fri|satur|sun)da[iy]s?$/;
const WEEKDAY_ZH = /(?:週|周|星期|禮拜|礼拜)[一二三四五六日天]/g;

/** Words that say a place is not reached in time ("by the time", "until", "before"), then a verb of getting there. */
const NOT_YET = /^(?:until|till|til|befor|before)$/;
const ARRIVING = /^(?:get|gets|arriv\w*|reach\w*|make|makes)$/;

const isPlace = (item: Item): boolean => kindOf(item) === 'place' || kindOf(item) === 'vpn';

/** Words after "May" that make it a name: a verb a modal never takes, or a place right away ("May is at home", "阿 May 在機場"). */
const AFTER_NAME = /^(?:is|was|has|'s|[\u3400-\u9fff].*)$/;

/** Whether the "may" at `k` is someone's name (see AFTER_NAME). */
function namedMay(items: readonly Item[], k: number): boolean {
  const next = items[k + 1];
  return surfaceOf(items[k]) === 'may' && ((next !== undefined && isPlace(next)) || AFTER_NAME.test(surfaceOf(next) ?? ''));
}

/**
 * 「不是在家就是在公司」「要嘛在家要嘛在公司」: one place or the other, the writer does not know which. The words pairing
 * them, as surfaces: the first before one place, the second right before the other.
 */
const EITHER_ZH: ReadonlyMap<string, string> = new Map([['不是', '就是'], ['要嘛', '要嘛'], ['要麼', '要麼'], ['要不', '要不']]);

/**
 * Whether the place at `index` is one of two said as either one or the other in Chinese (see EITHER_ZH). One walk
 * over the clause: each first word has its own second, and this is asked of every place of every text.
 */
function eitherZh(items: readonly Item[], index: number): boolean {
  const [start, end] = [clauseStart(items, index), clauseEnd(items, index)];
  const at = (k: number) => surfaceOf(items[k]) ?? '';
  for (let k = start; k < end; k++) {
    const second = EITHER_ZH.get(at(k));
    if (second === undefined || !isPlace(items[k + 1])) continue;
    // The second word right before a later place of the clause: the pair, whichever of the two `index` is.
    for (let m = k + 2; m < end - 1; m++) if (at(m) === second && isPlace(items[m + 1]) && (index === k + 1 || index === m + 1)) return true;
  }
  return false;
}

/** Whether a guess word stands before the place or VPN at `index` in its clause ("maybe in the office", 「可能有連 VPN」). */
export function guessWordBefore(items: readonly Item[], index: number): boolean {
  for (let k = clauseStart(items, index); k < index; k++) if (GUESSES.has(surfaceOf(items[k]) ?? '') && !namedMay(items, k)) return true;
  return false;
}

/**
 * Words of belief a writer may say of their own place, as keys ("I think I'm at home", "i'm prob at home", "probably
 * at home today"); with BELIEFS_ZH 「我應該是在家吧」.
 */
const OWN_BELIEFS: ReadonlySet<string> = new Set(['think', 'prob', 'probabl', 'believ', 'suppos']);
/** Relative pronouns, which make the clause after them about the one named before ("Kofi, who I think is ..."). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom']);

/**
 * Whether the place at `index` is the writer's own, believed: a belief word before it in its clause, where nobody but
 * the writer is named (or nobody at all, opening the sentence). One knows where one is; a writer who only believes it
 * leaves it asked. Said of someone else ("she's probably at home", "Kofi, who I think is in the office") a belief stays
 * (see believedWithoutGround), and "I think" about anything else (a path, a homing) is no doubt of a place.
 */
function ownPlaceBelieved(items: readonly Item[], index: number): boolean {
  const start = clauseStart(items, index);
  const before = items.slice(start, index);
  const words = before.map((item) => surfaceOf(item) ?? '');
  if (!words.some((word) => OWN_BELIEFS.has(word)) && !BELIEFS_ZH.test(words.join(''))) return false;
  const someone = (item: Item): boolean => isNameWord(item) || kindOf(item) === 'party' || RELATIVES.has(surfaceOf(item) ?? '');
  const named = before.filter(someone);
  if (named.length === 0) return start === sentenceStart(items, index);
  // The writer's words for themselves (locales/vocabulary/classes, `writer`): "我人" is segmented as 我 and 人.
  const writer = classWords(items, 'writer');
  return before.every((item, k) => !someone(item) || writer.has(start + k));
}

/** "could be anywhere", as keys: whoever it is said of has no place for sure. */
const ANYWHERE = 'anywher';

/**
 * Whether the place at `index` is said of someone who, later in its sentence and with no one else named between, could
 * be anywhere ("calling Grace, who is travelling this week, could be anywhere", "he's on the road, might be anywhere by
 * then"): the place only says they are away, not where the call finds them.
 */
function anywhereAfter(items: readonly Item[], index: number): boolean {
  const end = sentenceEnd(items, index);
  for (let k = index + 1; k < end; k++) {
    if (isNameWord(items[k]) || kindOf(items[k]) === 'party') return false;
    if (surfaceOf(items[k]) === ANYWHERE && surfaceOf(items[k - 1]) === 'be') return true;
  }
  return false;
}

/** The network a place item says, or undefined for a VPN or anything else. */
const networkOf = (item: Item | undefined): string | undefined => (item?.kind === 'mention' && item.concept.kind === 'place' ? item.concept.value : undefined);

/** Words of a belief the writer held before, as keys or surfaces ("I thought", "I assumed"), and the Chinese run together (「本來以為」). */
const PAST_BELIEFS: ReadonlySet<string> = new Set(['thought', 'assum', 'assumed']);
const PAST_BELIEFS_ZH = /以為/;
/** What a guess about the path or its traffic names ("but maybe it uses ER?"): it doubts the path, not a place. */
const ROUTE_KINDS: ReadonlySet<string> = new Set(['path', 'traffic']);

/**
 * Whether the place at `index` is one the writer believed before and a later guess gives up: 「本來以為他在辦公室，秘書
 * 說他可能已經出門了」, "I thought she was in the office today, but she might have gone to the client site". Where the
 * call finds them is only guessed, unless every place guessed instead says the same network ("I assumed I'd be at
 * home, but I may have to go to the airport": the Internet either way).
 */
function beliefGivenUp(items: readonly Item[], index: number): boolean {
  const before = items.slice(clauseStart(items, index), index).map((item) => surfaceOf(item) ?? '');
  if (!before.some((word) => PAST_BELIEFS.has(word)) && !PAST_BELIEFS_ZH.test(before.join(''))) return false;
  for (let k = clauseEnd(items, index); k < items.length; k++) {
    if (!GUESSES.has(surfaceOf(items[k]) ?? '') || namedMay(items, k)) continue;
    const guess = items.slice(clauseStart(items, k), clauseEnd(items, k));
    if (guess.some((item) => ROUTE_KINDS.has(kindOf(item) ?? ''))) continue;
    const places = guess.filter(isPlace);
    return places.length === 0 || places.some((place) => networkOf(place) !== networkOf(items[index]));
  }
  return false;
}

/** Whether a guess or a groundless belief stands before the place at `index` in its clause, or in a clause it is offered against. */
function guessed(items: readonly Item[], index: number): boolean {
  if (eitherZh(items, index) || guessWordBefore(items, index) || believedWithoutGround(items, index) || ownPlaceBelieved(items, index) || anywhereAfter(items, index) || beliefGivenUp(items, index)) return true;
  const start = clauseStart(items, index);
  // "might be at the client site or at the Chennai office": the place offered against a guessed one is guessed too;
  // "somewhere between the depot and the customer's site": so is the other end of a stretch.
  const opener = offers(items, start - 1) ? start - 1 : offers(items, start) ? start : -1;
  return opener > 0 && !endsSentence(items[opener - 1]) && guessed(items, opener - 1);
}

/**
 * Whether the place at `index` is offered against others by "or" in its sentence ("either in the Boston office or
 * the NY office", "at home or at the hotel"), all saying the same network: whichever it is, where the call is made
 * is known; the guess is only of which room.
 */
function offeredAlike(items: readonly Item[], index: number): boolean {
  const network = networkOf(items[index]);
  if (network === undefined) return false;
  const [start, end] = [sentenceStart(items, index), sentenceEnd(items, index)];
  let others = 0;
  for (const step of [-1, 1]) {
    for (let at = index; ; ) {
      let next = at + step;
      let offered = false;
      for (; next >= start && next < end && !isPlace(items[next]); next += step) offered ||= EITHER_WORDS.has(surfaceOf(items[next]) ?? '');
      if (next < start || next >= end || !offered) break;
      if (networkOf(items[next]) !== network) return false;
      others++;
      at = next;
    }
  }
  return others > 0;
}

/** Whether the place at `index` is a guess that leaves where the call is made unknown (see guessed, offeredAlike). */
const guessedApart = (items: readonly Item[], index: number): boolean => guessed(items, index) && !offeredAlike(items, index);

/**
 * The places of a text that are guessed apart (see guessedApart), found once: both placesInDoubt (through the
 * suppositions) and guessedCallPlaces (the slots' doubted roles) ask it of every place of the same items.
 */
const guessedApartPlaces = perItems((items) => new Set(items.flatMap((item, index) => (isPlace(item) && guessedApart(items, index) ? [index] : []))));

/** Whether the word at `k` offers a place against the one before it: "or", "還是", or the "and" of "between … and". */
function offers(items: readonly Item[], k: number): boolean {
  const surface = surfaceOf(items[k]) ?? '';
  if (EITHER_WORDS.has(surface)) return true;
  if (surface !== 'and') return false;
  for (let m = k - 1; m >= clauseStart(items, k - 1); m--) if (surfaceOf(items[m]) === 'between') return true;
  return false;
}

/** Whether the place at `index` is where someone gets only after the call ("by the time I get to the office"). */
function notReached(items: readonly Item[], index: number): boolean {
  let arriving = false;
  for (let k = index - 1; k >= clauseStart(items, index); k--) {
    const surface = surfaceOf(items[k]) ?? '';
    if (ARRIVING.test(surface)) arriving = true;
    const byTheTime = surface === 'time' && surfaceOf(items[k - 1]) === 'the' && surfaceOf(items[k - 2]) === 'by';
    if (arriving && (byTheTime || NOT_YET.test(surface))) return true;
  }
  return false;
}

/**
 * "今天禮拜三", "今天是週三": the weekday the text says the call's day is (its last character, "三"), or undefined. A day
 * so named is the call's, not one of the days a place holds on.
 */
const TODAY_ZH = /(?:今天|今日)是?(?:週|周|星期|禮拜|礼拜)([一二三四五六日天])/;
const TODAY_ZH_ALL = new RegExp(TODAY_ZH.source, 'g');
const todayOf = (text: string): string | undefined => TODAY_ZH.exec(text)?.[1];

/** The weekdays the words from `start` to `end` name, but today's (see todayOf), by their last character. */
function weekdays(items: readonly Item[], start: number, end: number): Set<string> {
  const words = items.slice(start, end).map((item) => surfaceOf(item) ?? '');
  const text = words.join('').replace(TODAY_ZH_ALL, '');
  return new Set([...words.filter((word) => WEEKDAY_EN.test(word)), ...(text.match(WEEKDAY_ZH) ?? []).map((day) => day.slice(-1))]);
}

/**
 * Parts of a day ("in the morning", "afternoon", "早上", "下午"), each matched on a word's surface as read (a cue
 * "morning", a filler "早上" or a plain word "afternoon"); mornings are one part whatever the word.
 */
const PARTS_OF_DAY: readonly (readonly [string, RegExp])[] = [
  ['morning', /^(?:morn\w*|上午|早上|早晨|清晨)$/],
  ['noon', /^(?:noon|中午)$/],
  ['afternoon', /^(?:afternoon\w*|下午)$/],
  ['evening', /^(?:晚上|傍晚)$/],
];

/** How many parts of a day the words from `start` to `end` name. */
function partsOfDay(items: readonly Item[], start: number, end: number): number {
  const words = items.slice(start, end).map((item) => surfaceOf(item) ?? '');
  return PARTS_OF_DAY.filter(([, part]) => words.some((word) => part.test(word))).length;
}

/**
 * Whether the sentence from `start` to `end` names two days of the week or more, or two parts of a day ("the Lisbon
 * office in the morning and home in the afternoon", 「早上在家…下午進公司」): a place said with it holds then only.
 */
const someDays = (items: readonly Item[], start: number, end: number): boolean => weekdays(items, start, end).size >= 2 || partsOfDay(items, start, end) >= 2;

/**
 * "財務部禮拜五都在家上班，不過今天禮拜三": a place said in a clause with a weekday other than the one today is said to be
 * holds on another day than the call's.
 */
function otherWeekday(items: readonly Item[], index: number, today: string | undefined): boolean {
  if (today === undefined) return false;
  const days = weekdays(items, clauseStart(items, index), clauseEnd(items, index));
  return days.size > 0 && !days.has(today);
}

/**
 * The indexes of the places guessed in the very clause of the call ("中間可能在高鐵上加入 Ivy 開的會", "half of us may
 * join remotely"): where that person is for the call is a guess, whatever places of theirs other clauses say (of the
 * morning, of the room booked).
 */
export function guessedCallPlaces(items: readonly Item[]): number[] {
  return [...guessedApartPlaces(items)].filter((index) => items.slice(clauseStart(items, index), clauseEnd(items, index)).some(namesCallOrJoining));
}

/**
 * Words that make their clause a plan made before ("本來要進公司", "原本打算在公司參加", "I was going to join from the
 * office", "I planned to"), as keys or surfaces; "going" only after "was"/"were" (see planWord).
 */
const PLANS: ReadonlySet<string> = new Set(['本來', '原本', '原先', '原來', 'plan', 'planned', 'intend', 'intended', 'meant']);
/** The contrast words, and 「只是」 ("only, but") that turns a plan as well, as surfaces. */
const CONTRASTS: ReadonlySet<string> = new Set([...CONTRAST_WORDS, '只是']);

const planWord = (items: readonly Item[], k: number): boolean => {
  const surface = surfaceOf(items[k]) ?? '';
  return PLANS.has(surface) || (surface === 'going' && /^(?:was|were)$/.test(surfaceOf(items[k - 1]) ?? ''));
};

/**
 * 「我本來要進公司，但老闆說可能讓大家在家開」, "I was going to join from the office, but I might do it from home": a place
 * planned before, then turned against by a guess of another place in the same sentence (ending at `end`). The plan no
 * longer holds and the guess is no place either: neither is where the call is made.
 */
function planTurnedToGuess(items: readonly Item[], index: number, end: number): boolean {
  const start = clauseStart(items, index);
  if (!items.slice(start, index).some((_, j) => planWord(items, start + j))) return false;
  let turned = false;
  for (let k = clauseEnd(items, index); k < end; k++) {
    if (CONTRASTS.has(surfaceOf(items[k]) ?? '')) turned = true;
    else if (turned && isPlace(items[k]) && guessed(items, k)) return true;
  }
  return false;
}

/** Adds to `out` the indexes of the places in doubt (see above). */
export function placesInDoubt(items: readonly Item[], out: Set<number>): void {
  // A weekday told as today's is rare: the text is joined only when one is named at all.
  const today = items.some((item) => surfaceOf(item) === '今天' || surfaceOf(item) === '今日') ? todayOf(items.map((item) => surfaceOf(item) ?? '').join('')) : undefined;
  let start = 0;
  for (let end = 0; end <= items.length; end++) {
    if (end < items.length && !endsSentence(items[end])) continue;
    // The sentence's weekdays and conditions are read at its first place only: most sentences name no place, and
    // reading the weekdays joins the sentence's words.
    let onlySometimes: boolean | undefined;
    for (let k = start; k < end; k++) {
      if (!isPlace(items[k])) continue;
      onlySometimes ??= someDays(items, start, end) || onCondition(items, start, end);
      if (onlySometimes || guessedApartPlaces(items).has(k) || dependedOn(items, k) || notReached(items, k) || otherWeekday(items, k, today) || planTurnedToGuess(items, k, end)) out.add(k);
    }
    start = end + 1;
  }
}
