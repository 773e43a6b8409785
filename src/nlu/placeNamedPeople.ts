// "and if the ticket desk guy was on the ferry?", "what if the warehouse guy worked from a hotel?": in a what-if that
// puts someone at a place, a place word right before the person noun is part of whom they are called by, not where
// they are. Read as a place, it outweighed or clashed with the place the what-if moves them to (session 54's blind
// conversations: a what-if putting "the ticket desk guy" on a boat's 4G hotspot kept him on our network). Outside a
// what-if ("the office user calls someone working from home") the word is where they are, and stays a place. English
// only: a Chinese place before a person is as often where they are ("在倉庫阿明打給我").
// A text that only names someone by a trade ("and the lab tech's side?", "what about the depot supervisor?") says nowhere
// anyone is either: the place word is part of the name there too. Read as a place, a follow-up about the other party
// moved the one asked about before (session 63's dev conversations: "the lab tech" put the nurse in the lab).
import type { Item, Mention } from './analyzer';
import { GENERIC_PERSON, readAs } from './concepts';
import { clauseEnd, clauseStart, kindOf, surfaceOf } from './items';
import { SUPPOSING_WORDS } from './supposed';
import { HAN } from './text';

/** Concepts that say where someone is, or the network they are on. */
const WHERE_KINDS: ReadonlySet<string> = new Set(['place', 'sharedPlace', 'vpn', 'network', 'datacenter']);

/** Words before a place that say it is where someone is ("at the desk", "in the office", "from home"), as keys. */
const LOCATIVES: ReadonlySet<string> = new Set(['at', 'in', 'on', 'from', 'to', 'into', 'inside', 'near', 'by']);

/** A place said as a room, not a network, and not after a locative ("the ticket desk", "our warehouse"). */
export function isModifierPlace(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.connection === true || HAN.test(item.surface)) return false;
  if (LOCATIVES.has(item.surface.split(' ')[0])) return false;
  const before = items[index - 1];
  return !(before?.kind === 'word' && LOCATIVES.has(before.key)) && !(before?.kind === 'mention' && LOCATIVES.has(before.surface));
}

/** Concepts that make a text say something of someone (a call, a place, "is", an account): not a bare name. */
const STATING_KINDS: ReadonlySet<string> = new Set([...WHERE_KINDS, 'call', 'marker', 'homed', 'deployment', 'callType', 'negation']);
/** Cues that say something of someone too ("joins"; "uses the app"). */
const STATING_CUES: ReadonlySet<string> = new Set(['join', 'means', 'task', 'down']);

const states = (item: Item): boolean =>
  item.kind === 'mention' && (STATING_KINDS.has(item.concept.kind) || (item.concept.kind === 'cue' && STATING_CUES.has(item.concept.cue)));

/**
 * Words for anyone at all ("the office user", "a home worker", "the remote attendee"): a place before them is where
 * that one is, the only thing that tells them apart; a trade's title ("lab tech", "yard foreman") is a job of its own.
 */
const ANYONE_WORDS: ReadonlySet<string> = new Set([
  'user', 'users', 'client', 'clients', 'employee', 'employees', 'staff', 'person', 'people', 'worker', 'workers', 'participant',
  'participants', 'attendee', 'attendees', 'member', 'members', 'guy', 'guys', 'party', 'someone', 'somebody', 'endpoint', 'endpoints',
]);

/** Whether the whole text states nothing but names a person by their trade's place (see the file's comment). */
function namesOnly(items: readonly Item[], index: number, person: Mention): boolean {
  if (ANYONE_WORDS.has(person.surface.split(' ').pop() ?? '')) return false;
  return items.every((item, k) => k === index || !states(item));
}

/** The items with each place that names the person after it (see the file's comment) read as a person word. */
export function withPlaceNamedPeople(items: readonly Item[]): Item[] {
  const out = [...items];
  items.forEach((item, index) => {
    const person = items[index + 1];
    if (item.kind !== 'mention' || person?.kind !== 'mention' || person.id !== GENERIC_PERSON || !isModifierPlace(items, index)) return;
    const supposed = SUPPOSING_WORDS.has(surfaceOf(items[clauseStart(items, index) - 1]) ?? '');
    const placed = items.slice(index + 2, clauseEnd(items, index)).some((later) => WHERE_KINDS.has(kindOf(later) ?? ''));
    if ((supposed && placed) || namesOnly(items, index, person)) out[index] = readAs(item, GENERIC_PERSON);
  });
  return out;
}
