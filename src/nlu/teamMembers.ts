/**
 * Who of the people in a message belongs to a team named elsewhere in it, by the team's own words: "a finance guy",
 * "the sales guy", "a lawyer from the legal team", "an agent on the call centre floor". Any team: its name is the
 * words it was said with ("Radiology", "the call centre", "our juniors"), matched word for word, so a team nobody
 * listed is as good as "Finance" and nobody is put in a team by a guess.
 */
import type { Item } from './analyzer';
import { isFunctionWord } from './english';
import { isFiller, isMarker, kindOf, surfaceOf } from './items';
import type { People } from './people';

/** Words that say what kind of group a team is, not which one ("the finance team", "the call centre floor", "sales staff"). */
const GROUP_WORDS: ReadonlySet<string> = new Set([
  'team', 'teams', 'depart', 'department', 'dept', 'group', 'unit', 'divis', 'division', 'floor', 'desk', 'side', 'staff',
  'peopl', 'people', 'folk', 'folks', 'guy', 'guys', 'user', 'users', 'member', 'members', 'crew',
]);
/**
 * Words around a team's name that are no part of it ("our finance team", "someone from finance", "one of the finance
 * guys", "the whole warehouse crew": the team said whole is the team).
 */
const AROUND_NAME: ReadonlySet<string> = new Set(['our', 'my', 'from', 'in', 'on', "'s", 'one', 'whole', 'entire', 'entir']);

/** Whether a word (a matching key) says a group of people ("team", "staff", "department"). */
export const isGroupWord = (surface: string): boolean => surface.split(' ').some((word) => GROUP_WORDS.has(word));

/** The words that name a team, however it was said: "the Finance team", "from finance" and "finance" are "finance". */
export function teamKey(surfaces: readonly string[]): string {
  const words = surfaces.flatMap((surface) => surface.split(' ')).filter((word) => word !== '' && !isFunctionWord(word) && !GROUP_WORDS.has(word) && !AROUND_NAME.has(word));
  return words.map((word) => (word === 'sale' ? 'sales' : word)).join(' ');
}

/** How many words a team's name may have before or after its member ("a customer contact team adviser"). */
const NAME_REACH = 4;
/** Words that put a person in a team after them ("a lawyer from legal", "an agent on the call centre floor"). */
const IN_WORDS: ReadonlySet<string> = new Set(['from', 'in', 'on', 'of', 'at']);

/** A word of a team's name: a word the vocabulary does not know, or a filler ("finance", "the"). */
const nameWord = (item: Item | undefined): boolean => item?.kind === 'word' || isFiller(item);

/** Whether the words of a job (as teamKey gives them) are of the team: its name, or its name opening them. */
const jobOf = (job: string, team: string): boolean => job === team || job.startsWith(`${team} `);

/**
 * "Dmitri (warehouse shift supervisor) joined", "Oleg, a logistics lead, dials out": a job said in an aside right
 * after a name, in brackets or between commas, of the team's words (the aside's words only, so the team is said of
 * this person and nobody else).
 */
function asideJob(items: readonly Item[], last: number, team: string, modifier: (item: Item) => boolean): boolean {
  const open = items[last + 1];
  if (open?.kind !== 'break' || open.strong || (open.paren !== undefined && open.paren !== 'open')) return false;
  const words: string[] = [];
  for (let j = last + 2; j < items.length && j <= last + 2 + NAME_REACH; j++) {
    const item = items[j];
    if (item.kind === 'break') {
      // "(SOC, on our network)": the job ends at a comma inside the brackets too.
      const closes = !item.strong && (item.paren === undefined || (open.paren === 'open' && item.paren === 'close'));
      return closes && words.length > 0 && jobOf(teamKey(words), team);
    }
    if (!modifier(item)) return false;
    words.push(surfaceOf(item) ?? '');
  }
  return false;
}

/**
 * Whether the person word at `anchor` (written up to `last`: "Rajesh Kumar") is said with the team's name `team` (see teamKey): right before it ("a finance
 * guy", "two procurement clerks"), in it ("the sales guy") or after it, after a word that puts someone in a team ("a
 * lawyer from the legal team", "an agent on the call centre floor"). The whole run of words must be the name: "a
 * finance guy" is not of "finance ops".
 */
export function saidWithTeam(items: readonly Item[], anchor: number, last: number, team: string): boolean {
  if (team === '') return false;
  const own = (surfaceOf(items[anchor]) ?? '').split(' ');
  if (own.length > 1 && teamKey(own.slice(0, -1)) === team) return true;
  // "the legal team is on our own servers ... Legal organizes a briefing": the team named again, acting as one.
  if (teamKey(own) === team) return true;
  // "an admin clerk", "a warehouse supervisor", "a call centre clerk": a person word, a place or a phrase read as noise
  // may name the team before the person too.
  const modifier = (item: Item) => nameWord(item) || kindOf(item) === 'place' || kindOf(item) === 'noise' || (item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'generic');
  const before: string[] = [];
  for (let j = anchor - 1; j >= 0 && j >= anchor - NAME_REACH && modifier(items[j]); j--) before.unshift(surfaceOf(items[j]) ?? '');
  // "a warehouse shift supervisor" is of the warehouse: the team's name may open the words of a job.
  if (before.length > 0 && jobOf(teamKey(before), team)) return true;
  if (asideJob(items, last, team, modifier)) return true;
  // "Giulia is one of the vets", "Ravi is in dispatch", "Mia is a finance clerk": the team said of the person by a
  // copula right after the name: the team's words must be all that is said of her there ("she's in the school office"
  // says where she is, of whatever "the school" is homed).
  const said = isMarker(items[last + 1], 'copula') ? last + 1 : last;
  const ends = (j: number) => said === last || items[j + 1] === undefined || items[j + 1].kind === 'break' || !['filler', 'noise', 'place'].includes(kindOf(items[j + 1]) ?? 'filler');
  const next = items[said + 1];
  const opener = (surfaceOf(next) ?? '').split(' ')[0];
  if (!nameWord(next) || !(said > last || IN_WORDS.has(opener))) return false;
  const after: string[] = [];
  // The team's words may be read as anything ("the call centre" is a noise phrase, "our call centre" a place): only a
  // few words after the opener, up to the next person, call word or break.
  for (let j = said + 1; j < items.length && j <= said + 1 + NAME_REACH; j++) {
    const item = items[j];
    if (item.kind === 'break' || (item.kind === 'mention' && !['filler', 'noise', 'place'].includes(item.concept.kind))) break;
    after.push(surfaceOf(item) ?? '');
    if (teamKey(after) === team) return ends(j);
  }
  return false;
}

/** Pronouns for a group ("they", "one of them"). */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them']);
const ONE_OF_THEM = 'one of them is';

/**
 * "Finance is still on the pool. One of them, at her desk, dials out", "... They sit on floor 4. When they dial out":
 * "they" after the team's homing, with nobody else named between and standing for nobody named before, is the team.
 */
export function pronounForTeam(items: readonly Item[], people: People, anchor: number, homing: number): boolean {
  const said = surfaceOf(items[anchor]) ?? '';
  // "One of them is working from home": read as one of the call's two people, the user; after a team, one of it.
  const oneOfThem = said === ONE_OF_THEM;
  if (anchor < homing || !(GROUP_PRONOUNS.has(said) || oneOfThem)) return false;
  const person = people.anchors.get(anchor);
  if (person?.kind !== 'person' || person.role !== (oneOfThem ? 'user' : 'pronoun') || people.resolve(person).index !== anchor) return false;
  for (let k = homing + 1; k < anchor; k++) {
    const between = people.anchors.get(k);
    if (between !== undefined && !(between.kind === 'person' && GROUP_PRONOUNS.has(surfaceOf(items[k]) ?? ''))) return false;
  }
  return true;
}
