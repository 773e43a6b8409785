// "我們全市圖書館都是 Skype Online", "阮機場是 Hybrid": a public site right after "我們" names the organization the
// writer works for, not where anyone is. Read as a place, the library put the writer's own question on the Internet.
// Its staff at that same site later ("我在圖書館裡", "人在機場") are in our network, as staff say it; the same site
// in a text that never said it is ours stays public ("在圖書館" of a reader is the Internet).
import type { Item, Mention } from './analyzer';
import { readAs } from './concepts';
import { surfaceOf } from './items';
import { classEntries } from './wordClasses';

/** Words for us before the site ("我們", "咱們"; Taiwanese "阮" is read as 我們 before this). */
const OURS = /^(?:我們|咱們)$/;
/** Words for all of the organization's sites between "我們" and the site ("我們全市圖書館", "我們的機場"). */
const SCOPE: ReadonlySet<string> = new Set(['的', '全市', '全縣', '全台', '全臺', '全國', '整個', '各']);
/** Public sites an organization may be: a building with its own staff, a site with offices of its own, a lodging. */
const SITES: ReadonlySet<string> = new Set([...classEntries('staffedPlace'), ...classEntries('officeSite'), ...classEntries('lodging')]);
/** A site as said where someone is: the words of being there around it ("在圖書館", "機場裡"). */
const AT_SITE = /^(?:人在|在|於|從)?(.+?)(?:裡|內)?$/;

/**
 * Words of where the writer is right after the site ("我們飯店這邊打外線"): the site is then where we are, a hotel guests
 * stay at, not the organization.
 */
const HERE = /^(?:這邊|那邊|這裡|那裡|這兒|那兒|这边|那边|这里|那里)/;

const isOurs = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'party' && OURS.test(item.surface);
const siteOf = (item: Item | undefined): string | undefined => {
  if (item?.kind !== 'mention' || item.concept.kind !== 'place') return undefined;
  const site = AT_SITE.exec(item.surface)?.[1];
  return site !== undefined && SITES.has(site) ? site : undefined;
};

/**
 * The items with "我們" and the site it names made one word for all of us ("我們圖書館", as "我們學校" is), and each
 * later mention of being at that site made our place.
 */
export function ourSites(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  const ours = new Set<string>();
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    let end = k + 1;
    while (isOurs(item) && end < items.length && items[end].kind !== 'break' && SCOPE.has(surfaceOf(items[end]) ?? '')) end++;
    const named = isOurs(item) && !HERE.test(surfaceOf(items[end + 1]) ?? '') ? siteOf(items[end]) : undefined;
    if (named !== undefined) {
      ours.add(named);
      out.push({ ...(item as Mention), surface: items.slice(k, end + 1).map(surfaceOf).join('') });
      k = end;
      continue;
    }
    const site = siteOf(item);
    out.push(site !== undefined && ours.has(site) ? readAs(item as Mention, 'place.customerNetwork') : item);
  }
  return out;
}
