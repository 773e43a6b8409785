// At a law or accounting firm "a partner" is one of the firm's own people, not a partner company: "the meeting is run
// by one of our partners, who is still on the on-prem pool", "a senior partner (Online account) hosts". Read as the
// federated place the word usually is, such a host's meeting was another company's. A partner is ours when the writer
// counts them among the firm's ("one of our partners", "a senior partner") or says right after the word which of our
// homings they are on; "our partner Contoso", "the partner's own Skype server" and "a partner company" stay another
// company's. English only: 合夥人 is already a person and 合作夥伴 another company.
import type { Item } from './analyzer';
import { GENERIC_PERSON, readAs } from './concepts';
import { isFiller, isMarker, kindOf, nextIndex, previousIndex, surfaceOf } from './items';

/** The bare word, as the federated place vocabulary has it. */
const PARTNER: ReadonlySet<string> = new Set(['partner', 'partners']);
/** Said before it, what makes a partner one of the firm's: a share of "our" partners, a partner's rank. */
const OURS_BEFORE: ReadonlySet<string> = new Set(['one of our', 'one of the', 'senior', 'managing', 'equity', 'salaried', 'name']);
/** What may stand between the partner and a homing said of them ("a partner, who is still on the on-prem pool"). */
const passedOver = (item: Item): boolean =>
  isFiller(item) || isMarker(item, 'copula') || kindOf(item) === 'boundary' || kindOf(item) === 'cue' || (item.kind === 'break' && !item.strong);

const isPartner = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'federated' && PARTNER.has(item.surface);

/** Whether the partner at `index` is one of ours: counted among the firm's, or a homing said of them at once. */
function oursAt(items: readonly Item[], index: number): boolean {
  const before = items[previousIndex(items, index, () => false)];
  if (OURS_BEFORE.has(surfaceOf(before) ?? '')) return true;
  if (surfaceOf(items[index + 1]) === "'s") return false;
  return kindOf(items[nextIndex(items, index, passedOver)]) === 'homed';
}

/** The head a partner of ours gets: not the word "partner", which the rules read as another company's (people.ts OUTSIDERS). */
const FIRM_PARTNER = 'firm partner';

/**
 * The items with each partner made a person of ours, as "colleague" is, when one of them is ours: the word means one
 * thing in one text ("the partners are still on the on-premises server … one of the juniors rings a partner").
 */
export function withFirmPartners(items: Item[]): Item[] {
  if (!items.some((item, index) => isPartner(item) && oursAt(items, index))) return items;
  return items.map((item) =>
    isPartner(item) && item.kind === 'mention' ? { ...readAs(item, GENERIC_PERSON), head: FIRM_PARTNER } : item);
}
