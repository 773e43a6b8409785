// Which day counts: "I'm working from home today, but tomorrow I'll be in the office ... For that meeting tomorrow,
// what path?", ticket rows "Yesterday: worked from home / Today: Leicester branch / calls today", 「佳佳昨天在家、今天在
// 公司，她後天要參加…」. When the call asked about is set on a day (the day word in the clause that names the call,
// the last such clause), a place said of another day is not where anyone is for it: it is left out, and when the
// asked day's place is not said, the place is asked for. A place said of no day stays.
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, endsSentence, isMarker, kindOf, namesCall, sentenceEnd, sentenceStart, surfaceOf } from './items';

/**
 * The day after tomorrow, matched on a clause's words with the Chinese run together (the lexicon leaves "後天" as
 * single characters) and English words apart (as keys: "currentli").
 */
const DAY_AFTER = /\bday after tomorrow\b|後天|后天/g;
/** Other days, once the day after tomorrow is taken out. */
const DAYS: readonly (readonly [string, RegExp])[] = [
  ['tomorrow', /\btomorrow\b|明天|明日/],
  // Any day before today ("last week", 「上週」): the call asked about is on none of them.
  ['yesterday', /\b(?:yesterday|last\s+(?:week|month|mondai|tuesdai|wednesdai|thursdai|fridai|saturdai|sundai))\b|昨天|昨日|前天|上週|上周|上禮拜|上礼拜|上星期|上個月/],
  ['today', /\b(?:today|tonight|now|right now|currentli|currently|thi morn|this morning)\b|今天|今日|今晚|現在|现在|目前/],
  // "Next Tuesday I'll be at the airport", 「等一下要去機場」: a time after the call's (see otherDayPlaces).
  ['later', /\b(?:later|next\s+(?:week|month|mondai|tuesdai|wednesdai|thursdai|fridai|saturdai|sundai))\b|等一下|等下|待會|待会|等會|稍後|晚點|下週|下周|下禮拜|下礼拜|下星期|下個月/],
];

/** A word of Chinese characters only, run together with its neighbours when a clause's words are matched. */
const HAN_WORD = /^[\u3400-\u9fff]+$/;

/** The day the words from `from` to `to` (exclusive) name, or undefined (none, or two). */
function dayOf(items: readonly Item[], from: number, to: number): string | undefined {
  const text = items
    .slice(from, to)
    .map((item) => surfaceOf(item) ?? '')
    .map((word) => (HAN_WORD.test(word) ? word : ` ${word} `))
    .join('');
  const rest = text.replace(DAY_AFTER, ' ');
  const days = DAYS.filter(([, pattern]) => pattern.test(rest)).map(([day]) => day);
  if (rest !== text) days.push('dayAfter');
  return days.length === 1 ? days[0] : undefined;
}

/**
 * The day the place at `index` is said of: a day in its clause ("working from home today"), else the label of its
 * row ("Yesterday: worked from home", "Today: Leicester branch").
 */
function placeDay(items: readonly Item[], index: number): string | undefined {
  const start = clauseStart(items, index);
  const own = dayOf(items, start, clauseEnd(items, index));
  if (own !== undefined) return own;
  const colon = items[start - 1];
  if (colon?.kind !== 'break' || colon.colon !== true || endsSentence(colon)) return undefined;
  return dayOf(items, clauseStart(items, start - 2), start - 1);
}

/**
 * The day the last clause that names a call sets it on, or undefined. Not joining ("joined from the hotel yesterday
 * but today from my desk" tells where someone was, not the call asked about).
 */
function askedDay(items: readonly Item[]): string | undefined {
  for (let k = items.length - 1; k >= 0; k--) if (namesCall(items[k])) return dayOf(items, clauseStart(items, k), clauseEnd(items, k));
  return undefined;
}

/**
 * The day the sentence of the last call names, when its clause names none: "我現在先跟在辦公室的 Joe 打一通 1:1" (the
 * call's clause starts at "跟"). Used only against a place said of later: a day of the sentence is looser than one of
 * the call's clause.
 */
function callSentenceDay(items: readonly Item[]): string | undefined {
  for (let k = items.length - 1; k >= 0; k--) if (namesCall(items[k])) return dayOf(items, sentenceStart(items, k), clauseEnd(items, k));
  return undefined;
}

/**
 * The indexes of the places said of another day than the one the call asked about is on. `nowUnplaced`: where someone
 * is now is said in words that give no network ("Location: on the road", placesUnsaid.ts); where they were or will be
 * on another day ("Last week he was on the trading floor") does not stand in for it.
 */
export function otherDayPlaces(items: readonly Item[], nowUnplaced: boolean): ReadonlySet<number> {
  const out = new Set<number>();
  if (nowUnplaced) for (const index of placesOf(items)) if ((placeDay(items, index) ?? 'today') !== 'today') out.add(index);
  // "等一下要去機場。…我現在先跟在辦公室的 Joe 打一通 1:1": where the writer goes later is not where they call from now.
  if (callSentenceDay(items) === 'today') for (const index of placesOf(items)) if (placeDay(items, index) === 'later') out.add(index);
  const asked = askedDay(items);
  // A call asked about yesterday is too rare in a question to leave today's place out for it; one asked about later
  // ("I'm at home now and will join the meeting later") is where the writer is now, unless a place of its own is said.
  if (asked === undefined || asked === 'yesterday' || asked === 'later') return out;
  for (const index of placesOf(items)) {
    const day = placeDay(items, index);
    if (day !== undefined && day !== asked) out.add(index);
  }
  return out;
}

/** The indexes of the places and VPNs said. */
const placesOf = (items: readonly Item[]): number[] => items.flatMap((item, index) => (kindOf(item) === 'place' || kindOf(item) === 'vpn' ? [index] : []));

/** Whether the item says who hosts a meeting ("約的", "由", "hosted", "by"; 「副總開的會」). */
const saysHost = (item: Item): boolean => isMarker(item, 'hosted') || isMarker(item, 'by') || kindOf(item) === 'hostedMeeting';

/**
 * The indexes of the words of a sentence that tells who hosted a meeting on a day gone by, when a later sentence, on
 * no day gone by, tells who hosts one again: 「上週的季會是 Online 的副總約的，那場不問。這週的季會改成由財務長召集」.
 * The host asked about is the later one; the earlier host, first in the text, must not stand in for it (a wrong
 * answer in round 39). A host told only of a day gone by stays: the question may be about that meeting.
 */
export function pastHostItems(items: readonly Item[]): ReadonlySet<number> {
  const out = new Set<number>();
  const hosts = items.flatMap((item, index) => (saysHost(item) ? [index] : []));
  for (const index of hosts) {
    const start = sentenceStart(items, index);
    const end = sentenceEnd(items, index);
    if (dayOf(items, start, end) !== 'yesterday') continue;
    const later = hosts.some((k) => k > end && dayOf(items, sentenceStart(items, k), sentenceEnd(items, k)) !== 'yesterday');
    if (later) for (let k = start; k < end; k++) out.add(k);
  }
  return out;
}
