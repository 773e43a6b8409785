// "我在機場辦公室", "地勤在桃園機場辦公區（公司內網）", "工地辦公室": an office at a public site is the office an
// organization keeps there (an airline's at the airport, a builder's on the site), one of our own rooms; the site
// alone ("在機場", "機場貴賓室", "登機門") stays a public place on the Internet. Read as two places, the site and the
// office disagreed and the advisor asked where the writer was. Only the sites of the `officeSite` class (where
// organizations keep offices) and the rooms of the `office` class (locales/vocabulary/classes.zh-TW.json) make one:
// a hotel's or a customer's office is not ours.
import type { Item, Mention } from './analyzer';
import { joinedSpans, surfaceOf } from './items';
import { writesClassWord } from './wordClasses';

/** Words that may stand between a site and its office ("機場的辦公室", "機場裡的辦公室"), one or two of them. */
const LINKS: ReadonlySet<string> = new Set(['的', '裡的', '內的', '裡', '內']);
const MAX_LINKS = 2;

const isPlace = (item: Item | undefined, value: 'customerNetwork' | 'internet'): item is Mention =>
  item?.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === value && item.concept.connection !== true;

/** The index of the office right after the public site at `index` (see the file's comment), or -1. */
function officeAfter(items: readonly Item[], index: number): number {
  const site = items[index];
  if (!isPlace(site, 'internet') || !writesClassWord(site.surface, 'officeSite')) return -1;
  let office = index + 1;
  while (office <= index + MAX_LINKS && LINKS.has(surfaceOf(items[office]) ?? '')) office++;
  const room = items[office];
  return isPlace(room, 'customerNetwork') && writesClassWord(room.surface, 'office') ? office : -1;
}

/** The items with each office at a public site made one mention of our place, as the office's concept. */
export function officesAtSites(items: readonly Item[]): Item[] {
  return joinedSpans(items, officeAfter);
}
