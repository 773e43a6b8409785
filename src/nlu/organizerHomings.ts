// What a message says of the people beside the one it says organizes the meeting, when the slots could not tell whose
// a fact is (organizerParty.ts): "my director created it, he's on the on-prem server" (a clause about "he" alone is the
// one other person's: the organizer's), 「美國同事開的會，兩個都是線上使用者」 (a homing said of both people is the
// organizer's too: the blind judge of convs9, c9-18 t1), 「會議是我開的，Kevin 只是參加，他在家」 (a place said only of
// "him" is not the writer's). Read from the analyzer's items, clause by clause, where the dialog used to recognize
// each clause again. Issue 15.
import type { Homing, PartialScenario } from '../engine/types';
import type { Item } from './analyzer';

/**
 * Words for one other person ("he", 「她的」; not "they", 「他們」), as surfaces. Not "his": "his account is on-prem" beside
 * the organizer named may be the user's account said of the user asked about.
 */
const OTHER_ONE: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', '他', '她', '他的', '她的']);
/** Words for the writer or the writer's own ("my", "us"), as surfaces: a clause with them is not only about someone else. */
const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'we', 'our', 'us', 'both']);
/** The same in Chinese, or words for more than one person (「都」, 「兩個」), as parts of a surface. */
const FIRST_PERSON_ZH = /我|都|兩個|两个/;
/** Roles of the writer, or of everyone with them. */
const FIRST_PERSON_ROLES: ReadonlySet<string> = new Set(['user', 'both', 'all']);

interface Clause {
  items: readonly Item[];
  /** The index of its first item in the message's items. */
  start: number;
}

/**
 * The message's clauses, between two sentence or clause breaks (a comma, a full stop, a line): an aside, a quote, a
 * list or a field's colon goes on with its clause ("Amy（她在家）").
 */
function clausesOf(items: readonly Item[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  items.forEach((item, index) => {
    if (item.kind !== 'break' || item.paren !== undefined || item.list === true || item.quote === true || item.colon === true) return;
    if (index > start) clauses.push({ items: items.slice(start, index), start });
    start = index + 1;
  });
  if (start < items.length) clauses.push({ items: items.slice(start), start });
  return clauses;
}

const role = (item: Item): string | undefined => (item.kind === 'mention' && item.concept.kind === 'party' ? item.concept.role : undefined);
const surface = (item: Item): string => (item.kind === 'mention' ? item.surface : item.kind === 'word' ? item.key : '');

/** The one homing a clause says (none when it says none or both): a homing denied says the other ("he's not on-prem"). */
function homingOf(clause: Clause, negated: ReadonlySet<number>): Homing | undefined {
  const said = new Set<Homing>();
  clause.items.forEach((item, k) => {
    if (item.kind !== 'mention' || item.concept.kind !== 'homed') return;
    const homing = item.concept.value as Homing;
    said.add(negated.has(clause.start + k) ? (homing === 'online' ? 'onPremises' : 'online') : homing);
  });
  return said.size === 1 ? [...said][0] : undefined;
}

/**
 * Whether a clause is about one other person alone: "he's on the on-prem server", not "she and I are Online". With
 * the organizer named (`organizer`), a pronoun after another person of the clause stands for that person: 「主任說他在
 * 家參加」 beside 「會議是佩珊開的」 is where the director joins from, not the organizer's place (conv62v, a dev set:
 * the place was dropped and asked).
 */
function aboutSomeoneElse(clause: Clause, organizer?: string): boolean {
  const pronoun = clause.items.findIndex((item) => OTHER_ONE.has(surface(item)));
  const first = clause.items.some((item) => FIRST_PERSON_ROLES.has(role(item) ?? '') || FIRST_PERSON_WORDS.has(surface(item)) || FIRST_PERSON_ZH.test(surface(item)));
  const named = organizer !== undefined && clause.items.slice(0, pronoun).some((item) => role(item) !== undefined && !surface(item).includes(organizer));
  return pronoun >= 0 && !first && !named;
}

/** The homing the clauses about one other person (not the one `organizer` names) say, when they agree. */
export function homingOfSomeoneElse(items: readonly Item[], negated: ReadonlySet<number>, organizer?: string): Homing | undefined {
  const said = new Set(clausesOf(items).filter((clause) => aboutSomeoneElse(clause, organizer)).map((clause) => homingOf(clause, negated)).filter((homing) => homing !== undefined));
  return said.size === 1 ? [...said][0] : undefined;
}

/**
 * The places a clause says (a place shared with someone, a VPN connected: our network); a place denied ("she isn't at
 * home") or a VPN (on or off) stands for whatever place was read from it.
 */
function placesOf(clause: Clause, negated: ReadonlySet<number>): { said: Set<string>; denied: boolean } {
  const said = new Set<string>();
  let denied = false;
  clause.items.forEach((item, k) => {
    if (item.kind !== 'mention') return;
    const { concept } = item;
    if (concept.kind === 'vpn') {
      denied = true;
      if (concept.connected) said.add('customerNetwork');
    }
    if (concept.kind !== 'place' && concept.kind !== 'sharedPlace') return;
    if (negated.has(clause.start + k)) denied = true;
    else said.add(String(concept.value));
  });
  return { said, denied };
}

/**
 * The user's facts ('location', 'homing' of `slots`) the message says only in clauses about one other person
 * ("Kevin 只是參加，他在家", "she isn't at home"), never in another clause: theirs, not the writer's.
 */
export function saidOnlyOfSomeoneElse(items: readonly Item[], negated: ReadonlySet<number>, slots: PartialScenario, organizer?: string): ('location' | 'homing')[] {
  const clauses = clausesOf(items);
  const others = clauses.filter((clause) => aboutSomeoneElse(clause, organizer));
  const rest = clauses.filter((clause) => !others.includes(clause));
  const place = (clause: Clause, exact: boolean) => {
    const { said, denied } = placesOf(clause, negated);
    return said.has(slots.location ?? '') || (!exact && denied);
  };
  const homing = (clause: Clause) => homingOf(clause, negated) === slots.homing;
  const location = slots.location !== undefined && others.some((clause) => place(clause, false)) && !rest.some((clause) => place(clause, true));
  const homed = slots.homing !== undefined && others.some(homing) && !rest.some(homing);
  return [...(location ? ['location' as const] : []), ...(homed ? ['homing' as const] : [])];
}

/** The homing a clause says of both people ("they are both homed online", 「兩個都是線上使用者」), the first such. */
export function homingOfBoth(items: readonly Item[], negated: ReadonlySet<number>): Homing | undefined {
  for (const clause of clausesOf(items)) {
    if (!clause.items.some((item) => role(item) === 'both')) continue;
    const homing = homingOf(clause, negated);
    if (homing !== undefined) return homing;
  }
  return undefined;
}
