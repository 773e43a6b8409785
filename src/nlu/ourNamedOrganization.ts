// "我們是長照機構……我在機構裡", "樂團帳號都在 Online……（樂團自己的網路）", "我們樂團……用團裡的網路": an organization the
// vocabulary does not know, named as ours in the opening, is the network its staff are in when they say they are in
// it later, or on its network. Neither half alone says so: a "機構" or "中心" nobody named as ours ("金融機構",
// "會議中心") stays unread, and the opening alone places nobody.
import type { Item, Mention } from './analyzer';
import { knownConcept } from './concepts';
import { HAN } from './text';
import { isMarker, kindOf, surfaceOf } from './items';

/** Words for us that name the organization right after them ("我們樂團", "我們是長照機構"). */
const OURS = /^(?:我們|咱們)$/;
/** The words of an account, after an organization that opens the text ("樂團帳號都在 Online"). */
const ACCOUNTS = /^帳號/;
/** One-character function words, never part of an organization's name ("我們是在家", "我是中心的資訊"). */
const NOT_NAME: ReadonlySet<string> = new Set(['的', '在', '裡', '內', '是', '用', '跟', '和', '與', '都', '也', '要', '有']);
/** Where someone is inside the organization ("在機構裡", "在中心內"). */
const AT = '在';
const INSIDE: ReadonlySet<string> = new Set(['裡', '內']);
/** Its network, after its name ("樂團自己的網路", "團裡的網路"). */
const OWN: ReadonlySet<string> = new Set(['自己的', '的', '自己']);
const NETWORK = '網路';
/** The shortest and longest organization's name read. */
const NAME_MIN = 2;
const NAME_MAX = 6;

/** A character of a name the vocabulary reads as no word of its own (a word or a filler of one character). */
function nameChar(item: Item | undefined): string | undefined {
  const text = item?.kind === 'word' || kindOf(item) === 'filler' ? surfaceOf(item) : undefined;
  return text !== undefined && text.length === 1 && HAN.test(text) && !NOT_NAME.has(text) ? text : undefined;
}

/** Where the run of name characters starting at `start` ends (exclusive). */
function runEnd(items: readonly Item[], start: number): number {
  let end = start;
  while (end < items.length && nameChar(items[end]) !== undefined) end++;
  return end;
}

const runText = (items: readonly Item[], start: number, end: number): string => items.slice(start, end).map(nameChar).join('');

/**
 * The end of the organization's name said at `k` (exclusive) and its words: a run of name characters, or a place
 * the frames read already ("我們監理站……在站裡": "站" said after "在" was read as a public station; the name ends with it,
 * so it is the organization's).
 */
function saidAt(items: readonly Item[], k: number, name: string): { end: number; said: string } {
  const item = items[k];
  if (item.kind === 'mention' && item.concept.kind === 'place' && HAN.test(item.surface) && name.endsWith(item.surface)) return { end: k + 1, said: item.surface };
  const end = runEnd(items, k);
  return { end, said: runText(items, k, end) };
}

/**
 * The organization the opening names as ours, and the index after it: "我們（是）N", "我是 N 的…", or a text that
 * opens with "N 帳號".
 */
function namedOrganization(items: readonly Item[]): { name: string; after: number } | undefined {
  for (let k = 0; k < items.length && items[k].kind !== 'break'; k++) {
    const item = items[k];
    const ours = item.kind === 'mention' && item.concept.kind === 'party' && OURS.test(item.surface);
    const writer = kindOf(item) === 'party' && surfaceOf(item) === '我' && isMarker(items[k + 1], 'copula');
    if (!ours && !writer && k > 0) continue;
    const start = k === 0 && !ours && !writer ? 0 : isMarker(items[k + 1], 'copula') ? k + 2 : k + 1;
    const end = runEnd(items, start);
    const name = runText(items, start, end);
    const closed = ours || (writer ? surfaceOf(items[end]) === '的' : ACCOUNTS.test(surfaceOf(items[end]) ?? ''));
    if (closed && name.length >= NAME_MIN && name.length <= NAME_MAX) return { name, after: end };
  }
  return undefined;
}

/**
 * The items with being in the organization named as ours ("在機構裡") made our place, and its network ("樂團自己的
 * 網路", "團裡的網路") ours. What is said of it is its name or the name's end: two characters or more, or one before
 * 裡 ("團裡").
 */
export function ourNamedOrganization(items: readonly Item[]): Item[] {
  const organization = namedOrganization(items);
  if (organization === undefined) return items as Item[];
  const { name, after } = organization;
  const out: Item[] = items.slice(0, after);
  for (let k = after; k < items.length; k++) {
    const { end, said } = saidAt(items, k, name);
    const inside = INSIDE.has(surfaceOf(items[end]) ?? '');
    if (end === k || !name.endsWith(said) || (said.length < NAME_MIN && !inside)) {
      out.push(items[k]);
      continue;
    }
    const at = surfaceOf(out[out.length - 1]) === AT;
    let last = inside ? end : end - 1;
    if (OWN.has(surfaceOf(items[last + 1]) ?? '')) last++;
    const network = surfaceOf(items[last + 1]) === NETWORK;
    if (!network && !(at && inside)) {
      out.push(items[k]);
      continue;
    }
    if (network) last++;
    const first = network || !at ? k : k - 1;
    if (!network) out.pop();
    const id = network ? 'network.customerNetwork' : 'place.customerNetwork';
    const mention: Mention = { kind: 'mention', id, concept: knownConcept(id), surface: items.slice(first, last + 1).map(surfaceOf).join(''), head: surfaceOf(items[last]) ?? '' };
    out.push(mention);
    k = last;
  }
  return out;
}
