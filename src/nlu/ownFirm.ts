// "本所採混合式部署……目前於事務所內", "敝所全 Online，我人在事務所": a firm ("事務所", "律所") is another company by its
// word, but where the text says the firm is ours ("本所", "敝所", "我們事務所", "所裡", or opens with the firm's setup:
// "事務所是 SfB Online"), being in it is being in our office. Read as another company, the writer at their own desk
// became a federated other party. Without such a word a firm named by its kind stays another company's (an auditor
// "在會計師事務所開會" is a visitor there); "在事務所裡" alone the vocabulary reads as our office, as a firm's staff say it.
import type { Item, Mention } from './analyzer';
import { readAs } from './concepts';
import { isMarker, kindOf, surfaceOf } from './items';

/** Words for a firm that is a company by its word. */
const FIRM = /^(?:事務所|律所)$/;
/** Words that say the firm is the writer's own: "本所", "敝所", the rooms of "所裡". */
const OUR_FIRM: ReadonlySet<string> = new Set(['本所', '敝所', '所裡', '所內', '在所裡', '在所內']);
/** Words that say where someone is, right before the firm ("在", "於", "人在"). */
const AT: ReadonlySet<string> = new Set(['在', '於', '人在', '也在', '都在', '還在', '待在', '位於']);

/** "我們" before a firm: the firm is ours. */
const OURS = /^(?:我們|我們的)$/;

const isFirm = (item: Item | undefined): item is Mention => item?.kind === 'mention' && item.concept.kind === 'company' && FIRM.test(item.surface);

/** What the text says of the firm that opens it, which only the writer's own says ("事務所是 SfB Online", "事務所全部 Online"). */
const SETUP_KINDS: ReadonlySet<string> = new Set(['deployment', 'deploymentHint', 'homed']);

/** Whether the firm opens the text and its setup is said of it next ("事務所是 SfB Online"). */
function opensWithSetup(items: readonly Item[]): boolean {
  const next = isMarker(items[1], 'copula') ? items[2] : items[1];
  return isFirm(items[0]) && SETUP_KINDS.has(kindOf(next) ?? '');
}

/**
 * Whether the text says the firm is ours: one of OUR_FIRM, "我們" right before a firm ("我們事務所"), or the firm
 * opening the text with its setup.
 */
function firmIsOurs(items: readonly Item[]): boolean {
  return opensWithSetup(items) || items.some((item, k) => OUR_FIRM.has(surfaceOf(item) ?? '') || (isFirm(item) && OURS.test(surfaceOf(items[k - 1]) ?? '')));
}

/**
 * The items with each firm someone is in made our place, and "我們事務所" (or the firm that opens the text with its
 * setup) made one word for all of us (as "我們學校" is), when the text says the firm is ours (see above).
 */
export function ourFirm(items: readonly Item[]): Item[] {
  if (!items.some(isFirm) || !firmIsOurs(items)) return items as Item[];
  const out: Item[] = [];
  items.forEach((item, k) => {
    const before = out[out.length - 1];
    if (isFirm(item) && before?.kind === 'mention' && OURS.test(before.surface)) out[out.length - 1] = { ...before, surface: before.surface + item.surface };
    else if (k === 0 && opensWithSetup(items)) out.push(readAs(item as Mention, 'party.all'));
    else out.push(isFirm(item) && AT.has(surfaceOf(items[k - 1]) ?? '') ? readAs(item, 'place.customerNetwork') : item);
  });
  return out;
}
