// A question about how to do something with the client ("how do I share my screen from home?", "can I forward my
// Skype calls to my mobile?", 「在家要怎麼把 Skype 電話轉到手機」「點樣 share screen」): it names a place or a call,
// but asks about a task, not about which way anything goes. The task is a verb of the vocabulary's `cue.task`
// (data: share, forward, pin, restore, 轉接, 分享 ...) or a verb of setting a meeting up ("schedule", "建立"), asked
// how to or whether one may in the same sentence; a verb alone is not enough ("I share my screen in the meeting:
// does it go over ER?" is ours), nor is "how" about something else ("how does the path change?").
import type { Item } from './analyzer';
import { isFunctionWord } from './english';
import { endsSentence, isFiller, isMarker, kindOf, surfaceOf } from './items';

/** English words asking whether one may, or how to, when the doer follows ("how do I", "can we", "where can I"). */
const ENGLISH_OPENERS: ReadonlySet<string> = new Set(['how', 'can', 'could', 'where', 'way']);
/** Auxiliaries between an English opener and its doer ("how do I", "how would we"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'can', 'could', 'would', 'should', 'shall', 'to', 'is']);
/** The doer: the writer, their team, anyone ("how do you pin a video" asks how one does it). */
const DOERS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'u', 'one', 'someone', 'somebody', 'to']);
/**
 * The doers of a verb the vocabulary does not know: the writer and their team only. "could you tell us the media
 * path", "can someone fix it" ask someone else to act, and what they ask may be ours.
 */
const OWN_DOERS: ReadonlySet<string> = new Set(['i', 'we', 'to']);
/**
 * Chinese words asking how, or whether one may ("怎麼", "可以", "可不可以", "有沒有辦法"), found in the characters before the verb
 * whatever the segmentation made of them ("可以" may come as "可" and "以"); Cantonese "點樣" arrives as "怎樣". "沒辦法"
 * (cannot) reports a problem, asks no how.
 */
const CHINESE_OPENERS = /怎麼|怎樣|如何|點樣|可以|能不能|能否|有沒有辦法|有辦法|什麼辦法|哪裡|在哪|想|幫我|幫忙|麻煩|請(?!問)/;
/** Words before an order's verb ("please set up QoS for me", "kindly configure ..."), as matching keys ("please" is "pleas"). */
const POLITE_WORDS: ReadonlySet<string> = new Set(['pleas', 'pls', 'plz', 'kindli']);

/** How far before the task's verb the opener may be, in items. */
const OPENER_REACH = 10;

/** A verb of the vocabulary's `cue.task` ("share", "forward", "轉接"): no word of the domain unless asked how to. */
export function isTaskWord(item: Item): boolean {
  return item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'task';
}

const isCue = (item: Item | undefined, cue: string): boolean => item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === cue;

/**
 * "how do I join from a browser?", 「怎麼用手機加入 Skype 會議」: joining by some means ("a browser", "the app", "用手機")
 * is done with the client; joining from a place is the call itself ("can I join from my dorm?").
 */
function joinsByMeans(items: readonly Item[], index: number): boolean {
  if (!isCue(items[index], 'join')) return false;
  for (const step of [-1, 1]) {
    for (let k = index + step; k >= 0 && k < items.length && !endsSentence(items[k]); k += step) if (isCue(items[k], 'means')) return true;
  }
  return false;
}

/** A verb of doing something with the client, of setting a meeting up ("schedule", "建立"), or of joining by some means. */
function isTaskVerb(items: readonly Item[], index: number): boolean {
  return isTaskWord(items[index]) || isMarker(items[index], 'hosted') || joinsByMeans(items, index);
}

/**
 * "Set up QoS for me.", "please configure ExpressRoute for the branch", "Write an email to my team ...": a known verb
 * opening a sentence, or after "please", orders it done. A verb standing alone before a break is a heading
 * ("Update: she is at home now"), no order.
 */
function isOrder(items: readonly Item[], index: number): boolean {
  let k = index - 1;
  while (k >= 0 && (isFiller(items[k]) || POLITE_WORDS.has(surfaceOf(items[k]) ?? ''))) k--;
  const next = items[index + 1];
  return (k < 0 || endsSentence(items[k])) && next !== undefined && next.kind !== 'break';
}

/** The index of the item after `from` past fillers. */
function after(items: readonly Item[], from: number): number {
  let j = from + 1;
  while (j < items.length && isFiller(items[j])) j++;
  return j;
}

/**
 * Where the verb is when items[k] opens an English question about doing something ("how do I _", "can we _", "is
 * there a way to _"), or -1.
 */
function taskVerbAfter(items: readonly Item[], k: number, doers: ReadonlySet<string>): number {
  const surface = surfaceOf(items[k]) ?? '';
  if (!ENGLISH_OPENERS.has(surface)) return -1;
  const first = after(items, k);
  const word = surfaceOf(items[first]) ?? '';
  if (doers.has(word)) return surface !== 'how' || word === 'to' ? after(items, first) : -1;
  const doer = after(items, first);
  return AUXILIARIES.has(word) && doers.has(surfaceOf(items[doer]) ?? '') ? after(items, doer) : -1;
}

/** Cues that are verbs of doing something to the client or a service ("switch off", "cancel", "block", "allow"). */
const DOING_CUES: ReadonlySet<string> = new Set(['gone', 'cancel', 'block', 'allow']);

/**
 * A verb the vocabulary does not know, or knows as a verb of doing ("disable", "customise", "switch off", "cancel"):
 * a task when it comes right where an English opener puts the verb ("how do I disable ...", "can I customise ...").
 */
function isOpenVerb(item: Item): boolean {
  if (item.kind === 'word') return item.script === 'latin' && !isFunctionWord(item.key) && item.name !== true;
  return kindOf(item) === 'cue' && item.kind === 'mention' && item.concept.kind === 'cue' && DOING_CUES.has(item.concept.cue);
}

/** Whether items[index] is a task's verb asked how to (or whether one may) do. */
function isAskedTask(items: readonly Item[], index: number): boolean {
  const known = isTaskVerb(items, index);
  if (!known && !isOpenVerb(items[index])) return false;
  if (known && isOrder(items, index)) return true;
  let before = '';
  for (let k = index - 1; k >= 0 && k >= index - OPENER_REACH && !endsSentence(items[k]); k--) {
    if (known ? taskVerbAfter(items, k, DOERS) >= 0 : taskVerbAfter(items, k, OWN_DOERS) === index) return true;
    before = (surfaceOf(items[k]) ?? '') + before;
  }
  return known && CHINESE_OPENERS.test(before);
}

/**
 * Which task the text asks how (or whether one may) do: one of the vocabulary's verbs ("share", "轉接"), or only a
 * verb it does not know ("disable", "customise"), which asks about a task only when nothing is said to go anywhere.
 */
export type AskedTask = 'named' | 'unnamed';

export function askedTask(items: readonly Item[]): AskedTask | undefined {
  let unnamed = false;
  for (let index = 0; index < items.length; index++) {
    if (!isAskedTask(items, index)) continue;
    if (isTaskVerb(items, index)) return 'named';
    unnamed = true;
  }
  return unnamed ? 'unnamed' : undefined;
}

/** How far after an asked task's verb the traffic it acts on may be, in items ("pin someone's video"). */
const OBJECT_REACH = 4;

/** The Chinese word that puts a verb's object before it (「把會議的視訊釘選」). */
const OBJECT_BEFORE = '把';

/** Words that name a way with the traffic ("media path", "訊號路徑"). */
const WAY_WORDS = /path|route|flow|路徑|路由|流向/;

const isTraffic = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'traffic';

/**
 * The traffic an asked task acts on ("how do I pin someone's video", "can I share my video", 「怎麼把會議的視訊釘選」),
 * or the path right after its verb ("cancel the ExpressRoute circuit"): what is done with the client or the service,
 * which asks no route (their indexes).
 */
export function taskObjects(items: readonly Item[]): Set<number> {
  const objects = new Set<number>();
  items.forEach((_, index) => {
    if (!isAskedTask(items, index)) return;
    for (let k = index + 1; k < items.length && k <= index + OBJECT_REACH && !endsSentence(items[k]); k++) {
      // "find the media path for ...": traffic named with its way is what is asked, not what is done.
      if (isTraffic(items[k]) && !WAY_WORDS.test(surfaceOf(items[k]) ?? '')) objects.add(k);
    }
    // "how do we cancel the ExpressRoute circuit": the path right after the verb is what is done, not a way asked.
    const next = after(items, index);
    if (kindOf(items[next]) === 'path') objects.add(next);
    const before: number[] = [];
    for (let k = index - 1; k >= 0 && k >= index - OBJECT_REACH && !endsSentence(items[k]); k--) {
      if (isTraffic(items[k])) before.push(k);
      if (surfaceOf(items[k]) === OBJECT_BEFORE) before.forEach((object) => objects.add(object));
    }
  });
  return objects;
}
