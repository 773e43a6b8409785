// "我們老闆他常常在外面跑客戶，他 Skype 打給我的時候…", "Howard 常常在家工作，他跟同盟組織的工程師打 Skype 視訊",
// "小陳平常都在公司上班，他昨天跟在家的王姐打了一通", "Ray always stays in hotels when he travels. Yesterday he joined
// the weekly": a place said as a habit, in a clause that tells no call, is where someone often or usually is, not
// where they were for the call the message tells apart from it: it is left out, and the place is asked. Said of
// the call itself ("我平常在公司打外線", "I usually call suppliers from the office") it is the question, and stays.
// "Often" never settles where a given call was; nor does "usually" ("She's usually in the office.", 「他通常在家上班。」)
// in a sentence apart from the call, unless it is said to hold today too (「今天也是」) or the call is held again and
// again ("our weekly 1:1"). Other words of a habit ("every time", 「固定」, 「每次」) leave the place unless the call
// is one set on a day ("昨天", "today", "那場會議" is no day: the habit of a weekday "固定週三在家上班" is no day of the
// meeting either).
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, kindOf, namesCall, sentenceEnd, sentenceStart, surfaceOf } from './items';

/** A word of Chinese characters only, run together with its neighbours when a clause's words are matched. */
const HAN_WORD = /^[\u3400-\u9fff]+$/;
/**
 * Words of doing something often, not always (the lexicon leaves "常常", "經常" as single characters); not "平常"
 * (usually), "非常" (very), "正常", "異常", "日常", "照常".
 */
const OFTEN = /(?<![平非正異日照])常|\b(?:often|frequently|oft)\b/;
/** Words of a habit ("平常", "固定週三", "每次出差都", "usually", "always"). */
const USUALLY = /平常|平時|通常|固定|每次|每逢|總是|老是|一向|向來|\b(?:usually|usual|always|alwai|normally|normal|typically|typic|generally|gener|regularly|regular|every time)\b/;
/**
 * A call set on a day or a moment, past or to come: the call of that day, which a habit says nothing of ("usually
 * works from home on Mondays … a call on Monday": this Monday may be the one she comes in). A weekday right before
 * a meeting's name names a meeting held every week ("週一站會", "the Monday standup"), not a day.
 */
const SET_ON_A_DAY =
  /昨天|昨日|今天|今日|明天|明日|後天|剛剛|剛才|上週|上禮拜|下週|下禮拜|(?:週|周|星期|禮拜)[一二三四五六日天](?![的]?(?:站會|例會|晨會|早會|會議|例行))|那場|那通|\b(?:yesterday|today|tomorrow|tonight|this morning|this afternoon|last week|next week|earlier today|(?:mon|tues|wednes|thurs|fri|satur|sun)da[iy](?! +(?:'s +)?(?:standup|stand-up|meeting|sync|huddle|review|catch-up)))\b/;

/**
 * The words of USUALLY that say only a habit, whatever call is told ("usually", 「平常」); not "normal", "every time" or
 * 「每次」, which as often describe a network or a call ("on the normal network", "every time I call her").
 */
const HABITUALLY = /平常|平時|通常|總是|一向|向來|\b(?:usually|always|alwai)\b/;
/** Words that say a habit holds today too ("usually in the office, today too", 「平常都在公司，今天也是」). */
const TODAY_TOO = /今天也|今天一樣|今天照常|今天還是|\btoday\s+(?:too|as\s+well|also|included)\b|\b(?:including|also|too)\s+today\b|\bas\s+usual\s+today\b|\btoday\s+as\s+usual\b/;

/**
 * A call held again and again ("their weekly 1:1", "the Monday standup", 「週一站會」「固定的週會」): where someone
 * usually is for it is where they are for this one. English words also as the lexicon keeps them ("weekli", "recur").
 */
const RECURRING = /每週|每周|每星期|每禮拜|每天|每日|例會|週會|周會|站會|晨會|固定的|\b(?:weekly|weekli|daily|daili|recurring|recur|standup|stand-up|every\s+(?:week|day|morning)|each\s+(?:week|day))\b/;

/** The words from `from` to `to` (exclusive), Chinese run together and English apart. */
function wordsOf(items: readonly Item[], from: number, to: number): string {
  return items
    .slice(from, to)
    .map((item) => surfaceOf(item) ?? '')
    .map((word) => (HAN_WORD.test(word) ? word : ` ${word} `))
    .join('');
}

/** Whether the clause from `from` to `to` tells a call or joining one. */
function tellsCall(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (namesCall(items[k]) || isJoining(items[k])) return true;
  return false;
}

const isJoining = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join';

/**
 * Where the words setting the call at `k` on a day may start: its sentence ("他昨天跟在家的王姐打了一通": the day
 * before "跟"), after the habit's clause ending at `habitEnd` when that is in the same sentence.
 */
function callFrom(items: readonly Item[], k: number, habitEnd: number): number {
  const start = sentenceStart(items, k);
  return habitEnd > start && habitEnd <= k ? habitEnd : start;
}

/**
 * Whether the clause [start, end) ending in a place, whose words up to it are `said`, says where someone usually is
 * apart from the call: with a word of only a habit ("usually", 「平常」) in a sentence of its own, unless the call is
 * one held again and again; with any word of a habit when the call is set on a day or where someone is now is said
 * in words that give no network.
 */
function usually(items: readonly Item[], said: string, start: number, end: number, calls: readonly number[], nowUnplaced: boolean): boolean {
  if (!USUALLY.test(said)) return false;
  // "I usually work from the office and call landlines", 「我平常在公司，用 Skype 打外線」: a habit in the sentence of
  // the call is the habit of such calls, the question itself.
  const ownSentence = !calls.some((k) => sentenceStart(items, k) === sentenceStart(items, start));
  if (HABITUALLY.test(said) && ownSentence && !RECURRING.test(wordsOf(items, 0, items.length))) return true;
  return nowUnplaced || calls.some((k) => (k < start || k >= end) && SET_ON_A_DAY.test(wordsOf(items, callFrom(items, k, end), clauseEnd(items, k))));
}

/**
 * The indexes of the places said as a habit, in a clause apart from the call the message tells. `nowUnplaced`: where
 * someone is now is said in words that give no network ("Location: on the road", 「我在另一棟」, placesUnsaid.ts); a
 * usual place beside it ("I am usually at head office") does not stand in for it either.
 */
export function habitPlaces(items: readonly Item[], nowUnplaced: boolean): ReadonlySet<number> {
  const out = new Set<number>();
  const calls = items.flatMap((item, index) => (namesCall(item) || isJoining(item) ? [index] : []));
  if (calls.length === 0) return out;
  items.forEach((item, index) => {
    // 「平常都在公司」: "都" after a habit word is "always", not "both", so the shared place is a place too.
    if (kindOf(item) !== 'place' && kindOf(item) !== 'sharedPlace') return;
    const [start, end] = [clauseStart(items, index), clauseEnd(items, index)];
    if (tellsCall(items, start, end) || !calls.some((k) => k < start || k >= end)) return;
    const said = wordsOf(items, start, index + 1);
    if (OFTEN.test(said)) out.add(index);
    else if (usually(items, said, start, end, calls, nowUnplaced) && !TODAY_TOO.test(wordsOf(items, start, sentenceEnd(items, index)))) out.add(index);
  });
  return out;
}
