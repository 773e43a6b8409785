// Where in the world the people of a meeting are, asked in a follow-up: "does it matter that I'm in Tokyo and our
// tenant is in Europe?", 「他們在美國，我們在台灣，有差嗎？」. The article's answer is the Premium add-on caveat: traffic on
// the ExpressRoute path crosses Microsoft's backbone to the organizer's region, whatever the geography. The places
// are data (locales/vocabulary/regions.json), grouped by geopolitical area: two offices of one area are no other region.
import regions from '../locales/vocabulary/regions.json';

type Area = keyof typeof regions.areas;

const AREAS = Object.keys(regions.areas) as Area[];

/** One pattern per language over every name, the longest first, so "latin america" is never read as "america". */
function namesPattern(names: readonly string[], words: boolean, flags = 'g'): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(words ? `\\b(?:${sorted.join('|')})\\b` : sorted.join('|'), flags);
}

const AREA_OF = new Map<string, Area>(AREAS.flatMap((area) => [...regions.areas[area].en, ...regions.areas[area]['zh-TW']].map((name) => [name, area] as const)));
const AREA_EN = namesPattern(AREAS.flatMap((area) => regions.areas[area].en), true);
const AREA_ZH = namesPattern(AREAS.flatMap((area) => regions.areas[area]['zh-TW']), false);
const CODES = new RegExp(`\\b(?:${Object.keys(regions.codes).join('|')})\\b`, 'g');
const ELSEWHERE_EN = namesPattern(regions.elsewhere.en, true, '');
const ELSEWHERE_ZH = namesPattern(regions.elsewhere['zh-TW'], false, '');

/** Where a region is kept: the tenant's or the organizer's, said beside one area ("our tenant is in Europe"). */
const HOME_REGION_EN = /\b(?:tenant|tenancy|data\s*cent(?:er|re)s?|datacent(?:er|re)s?|region)\b/;
const HOME_REGION_ZH = /租用戶|租戶|tenant|資料中心|區域/;
/** Whether it makes a difference, however asked. */
const MATTERS_EN = /\b(?:matter|matters|mattered|affect|affects|change|changes|difference|differ|different|impact|issue|problem|slower|latency|lag|worse|longer)\b/;
const MATTERS_ZH = /有差|差別|差異|影響|不一樣|不同|有關係|有沒有關係|要緊|重要嗎|會比較|慢|延遲/;
const QUESTION = /[?？]|嗎|吗|呢|\b(?:does|do|is|are|will|would|can|could|what|how)\b/;

function areasIn(text: string): Set<Area> {
  const found = new Set<Area>();
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(AREA_EN)) found.add(AREA_OF.get(match[0].replace(/\s+/g, ' ')) as Area);
  for (const match of text.matchAll(AREA_ZH)) found.add(AREA_OF.get(match[0]) as Area);
  for (const match of text.matchAll(CODES)) found.add(regions.codes[match[0] as keyof typeof regions.codes] as Area);
  return found;
}

/**
 * The message asks whether places in other regions make a difference: two geopolitical areas named, or one beside
 * the tenant or a region, or another region said as such ("overseas", 「跨區」), in a question. One office named
 * ("what if I join from our Singapore office?") is where the user is, a what-if the recognizer reads.
 */
export function asksIfRegionMatters(message: string): boolean {
  const text = message.normalize('NFKC');
  const lower = text.toLowerCase();
  if (!QUESTION.test(lower)) return false;
  if (ELSEWHERE_EN.test(lower) || ELSEWHERE_ZH.test(text)) return true;
  if (!MATTERS_EN.test(lower) && !MATTERS_ZH.test(text)) return false;
  const areas = areasIn(text);
  return areas.size >= 2 || (areas.size === 1 && (HOME_REGION_EN.test(lower) || HOME_REGION_ZH.test(text)));
}
