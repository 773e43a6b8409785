// 「發起人 Kevin 在家，接聽人 Grace 在公司」: beside the one who answers, the one who starts it (發起人) starts a call,
// not a meeting: the caller, as 發話方 is, not the organizer (dev29 zh48-44 read a meeting hosted by Kevin and asked
// nothing of Grace's other party). A meeting said anywhere in the text keeps 發起人 its organizer ("會議發起人",
// 「發起人 Kevin 開的會」). Chinese only: the English vocabulary has no "initiator".
import type { Item } from './analyzer';
import type { Concept } from './concepts';

/** Who starts something: a meeting's organizer in the vocabulary, the caller beside one who answers. */
const STARTERS: ReadonlySet<string> = new Set(['發起人', '發起者']);
/** The one who answers a call (the vocabulary's other party): a role of its own, said again after a call word too. */
export const ANSWERERS: ReadonlySet<string> = new Set(['接聽方', '接聽人', '接聽者', '接聽端', '受話方', '受話人', '受話者', '受話端', '被叫方', '被叫人', '被叫端', '收話者', '收話方', '收話端']);

const isMeeting = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'conference';
const answers = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'party' && ANSWERERS.has(item.surface);

/** The items with each 發起人 beside one who answers, in a text that says no meeting, read as the caller. */
export function withCallStarters(items: Item[], caller: { id: string; concept: Concept }): Item[] {
  if (!items.some(answers) || items.some(isMeeting)) return items;
  return items.map((item) => (item.kind === 'mention' && item.concept.kind === 'party' && STARTERS.has(item.surface) ? { ...item, ...caller } : item));
}
