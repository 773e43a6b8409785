// What a vocabulary entry means. Vocabulary files map concept ids ("place.internet", "party.peer") to phrases; this
// turns an id into a typed concept and rejects ids the recognizer would not understand, so a typo in the data
// fails at load time instead of being silently ignored.
import { SLOT_VALUES, type CallType, type Deployment, type Homing, type PathKind, type SegmentId, type TrafficType } from '../engine/types';
import { TERMS, type Locale, type TermId } from './types';
import type { Mention } from './analyzer';

export type PlaceValue = 'customerNetwork' | 'internet' | 'federated';
/**
 * How a person word names someone: the speaker ("I", "我"), a person (a role noun: "user", "the CFO", "主管"), the
 * other party ("colleague", "對方"), the organizer, both parties, everyone in the organization ("everyone",
 * "大家"), or a pronoun that stands for someone named before ("she", "他").
 */
export type PartyRole = 'user' | 'generic' | 'peer' | 'organizer' | 'both' | 'all' | 'pronoun';
export type MarkerKind = 'by' | 'hosted' | 'copula';
export type CaveatId = 'asymmetricRouting' | 'premiumAddOn' | 'assumptions';
export type TopicCue = 'principle' | 'principles' | 'example' | 'internetOnly';
export type Cue =
  | 'firewall'
  | 'block'
  | 'allow'
  | 'direct'
  | 'always'
  | 'explain'
  | 'language'
  | 'help'
  | 'cancel'
  | 'back'
  | 'greeting'
  | 'join'
  | 'question'
  | 'why'
  | 'compare'
  | 'perspective'
  /** A connection that failed ("down", "dropped", "斷線", "掉線"): said of a VPN, it is off. */
  | 'down'
  /** A helpdesk ticket's field ('報修人'): the ticket may be about anything; a route asked makes it ours. */
  | 'ticket'
  /**
   * A question framed as about the concept, not a call of the writer's ("Quiz:", "not asking about any particular
   * call, just ...", "考題", "想問一個觀念"): the facts it names are the quiz's, the term is what it asks.
   */
  | 'concept'
  /** Something done with the client ("share", "forward", "pin", "轉接"): asked how to, the question is the task (tasks.ts). */
  | 'task'
  /** What one uses to do it ("a browser", "the app", "用手機", "平板"): joining by it, asked how, is a task (tasks.ts). */
  | 'means'
  /** Taken out of service ("decommissioned", "retired", "下線", "退役"): said of servers, they are gone (negation.ts). */
  | 'gone';

export type Concept =
  | { kind: 'deployment'; value: Deployment }
  | { kind: 'deploymentHint'; value: Deployment }
  | { kind: 'callType'; value: CallType }
  | { kind: 'call' }
  /** `connection`: the network someone is connected to ("guest Wi-Fi", "公司內網"), which says more than the room. */
  | { kind: 'place'; value: PlaceValue; connection?: boolean }
  /** A place both parties share ("same office", "都在家"). */
  | { kind: 'sharedPlace'; value: 'customerNetwork' | 'internet' }
  | { kind: 'homed'; value: Homing }
  /** A VPN connection to the corporate network (or, `connected: false`, none): where the client really is. */
  | { kind: 'vpn'; connected: boolean }
  /** Our own datacenter or server room: where a person is (our network), or where a meeting is hosted (on-premises). */
  | { kind: 'datacenter' }
  /** A meeting named by who hosts it ("開的會", "'s meeting"): a conference, and a hosting verb for the person before it. */
  | { kind: 'hostedMeeting' }
  /** How the organization makes phone calls ("Calling Plan", "Phone System", "通話方案"): a PSTN call when nothing else is named. */
  | { kind: 'telephony' }
  /** A tenant ("租用戶", "O365 tenant"): another organization's, or one said to be different, is federated (ownership.ts). */
  | { kind: 'tenant' }
  /** Another company; `hosting`: its own servers, which only an organizer has ("on their own servers"). */
  | { kind: 'company'; hosting: boolean }
  | { kind: 'firewall'; value: 'allowsDirect' | 'blocksDirect' }
  | { kind: 'cue'; cue: Cue }
  | { kind: 'traffic'; value: TrafficType }
  | { kind: 'path'; value: PathKind }
  | { kind: 'segment'; value: SegmentId }
  | { kind: 'party'; role: PartyRole }
  | { kind: 'marker'; marker: MarkerKind }
  | { kind: 'negation' }
  | { kind: 'boundary' }
  | { kind: 'filler' }
  /** Phrases that look like the domain but are not about it ("conference room", "password"). */
  | { kind: 'noise' }
  | { kind: 'topic'; topic: TopicCue }
  /** A term an admin may ask to have explained ("Edge Server", "ICE", "前端伺服器"). */
  | { kind: 'term'; term: TermId }
  | { kind: 'caveat'; caveat: CaveatId }
  | { kind: 'number'; value: number }
  | { kind: 'lang'; locale: Locale }
  | { kind: 'answer'; value: 'yes' | 'no' };

const PLACES: readonly PlaceValue[] = ['customerNetwork', 'internet', 'federated'];
const ROLES: readonly PartyRole[] = ['user', 'generic', 'peer', 'organizer', 'both', 'all', 'pronoun'];
const MARKERS: readonly MarkerKind[] = ['by', 'hosted', 'copula'];
const CAVEATS: readonly CaveatId[] = ['asymmetricRouting', 'premiumAddOn', 'assumptions'];
const TOPICS: readonly TopicCue[] = ['principle', 'principles', 'example', 'internetOnly'];
const CUES: readonly Cue[] = [
  'firewall', 'block', 'allow', 'direct', 'always', 'explain', 'language', 'help', 'cancel', 'back',
  'greeting', 'join', 'question', 'why', 'compare', 'perspective', 'down', 'ticket', 'concept', 'task', 'means', 'gone',
];
const PATHS: readonly PathKind[] = ['local', 'expressRoute', 'internet'];
const SEGMENTS: readonly SegmentId[] = ['yourNetwork', 'internet', 'expressRoute', 'microsoftNetwork'];
const TRAFFIC: readonly TrafficType[] = ['media', 'signaling'];
const LOCALE_IDS: readonly Locale[] = ['en', 'zh-TW'];

function member<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Concepts of the ids rules read words as, parsed once each (see readAs). */
const readConcepts = new Map<string, Concept>();

/** The concept of an id the vocabulary has (a rule's own constant, so known to parse), parsed once. */
/** The vocabulary's word for a person of no particular role ("the user", "主管", "工程師"): titles read as people are this. */
export const GENERIC_PERSON = 'party.generic';

export function knownConcept(id: string): Concept {
  let concept = readConcepts.get(id);
  if (concept === undefined) readConcepts.set(id, (concept = parseConcept(id) as Concept));
  return concept;
}

/**
 * `mention` read as the vocabulary's concept `id` instead of its own: how a rule that knows better than the word alone
 * rewrites it ("the box office landline": the room is the one called; 「我們全市圖書館」: a site of ours).
 */
export const readAs = (mention: Mention, id: string): Mention => ({ ...mention, id, concept: knownConcept(id) });

/** Parses a concept id; undefined when the id means nothing to the recognizer. */
export function parseConcept(id: string): Concept | undefined {
  const dot = id.indexOf('.');
  const head = dot < 0 ? id : id.slice(0, dot);
  const rest = dot < 0 ? '' : id.slice(dot + 1);
  const bare = (concept: Concept): Concept | undefined => (rest === '' ? concept : undefined);
  const valued = <T extends string>(list: readonly T[], make: (value: T) => Concept): Concept | undefined => {
    const value = member(list, rest);
    return value === undefined ? undefined : make(value);
  };
  switch (head) {
    case 'deployment':
      return valued(SLOT_VALUES.deployment, (value) => ({ kind: 'deployment', value }));
    case 'deploymentHint':
      return valued(SLOT_VALUES.deployment, (value) => ({ kind: 'deploymentHint', value }));
    case 'callType':
      return valued(SLOT_VALUES.callType, (value) => ({ kind: 'callType', value }));
    case 'call':
      return bare({ kind: 'call' });
    case 'place':
      return valued(PLACES, (value) => ({ kind: 'place', value }));
    case 'network':
      return valued(SLOT_VALUES.location, (value) => ({ kind: 'place', value, connection: true }));
    case 'sharedPlace':
      return valued(SLOT_VALUES.location, (value) => ({ kind: 'sharedPlace', value }));
    case 'homed':
      return valued(SLOT_VALUES.homing, (value) => ({ kind: 'homed', value }));
    case 'vpn':
      // "split tunnel": Skype's traffic leaves outside the VPN, as with none (slots.ts reads the id for the rest).
      return rest === 'on' || rest === 'off' || rest === 'split' ? { kind: 'vpn', connected: rest === 'on' } : undefined;
    case 'datacenter':
      return bare({ kind: 'datacenter' });
    case 'hostedMeeting':
      return bare({ kind: 'hostedMeeting' });
    case 'telephony':
      return bare({ kind: 'telephony' });
    case 'tenant':
      return bare({ kind: 'tenant' });
    case 'company':
      return rest === 'other' || rest === 'hosting' ? { kind: 'company', hosting: rest === 'hosting' } : undefined;
    case 'firewall':
      return valued(SLOT_VALUES.firewall, (value) => ({ kind: 'firewall', value }));
    case 'cue':
      return valued(CUES, (cue) => ({ kind: 'cue', cue }));
    case 'traffic':
      return valued(TRAFFIC, (value) => ({ kind: 'traffic', value }));
    case 'path':
      return valued(PATHS, (value) => ({ kind: 'path', value }));
    case 'segment':
      return valued(SEGMENTS, (value) => ({ kind: 'segment', value }));
    case 'party':
      return valued(ROLES, (role) => ({ kind: 'party', role }));
    case 'marker':
      return valued(MARKERS, (marker) => ({ kind: 'marker', marker }));
    case 'negation':
      return bare({ kind: 'negation' });
    case 'boundary':
      return bare({ kind: 'boundary' });
    case 'filler':
      return bare({ kind: 'filler' });
    case 'noise':
      return bare({ kind: 'noise' });
    case 'topic':
      if (rest.startsWith('caveat.')) {
        const caveat = member(CAVEATS, rest.slice('caveat.'.length));
        return caveat === undefined ? undefined : { kind: 'caveat', caveat };
      }
      return valued(TOPICS, (topic) => ({ kind: 'topic', topic }));
    case 'term':
      return valued(TERMS, (term) => ({ kind: 'term', term }));
    case 'number': {
      const value = Number(rest);
      return Number.isInteger(value) && value >= 1 && value <= 6 ? { kind: 'number', value } : undefined;
    }
    case 'lang':
      return valued(LOCALE_IDS, (locale) => ({ kind: 'lang', locale }));
    case 'answer':
      return rest === 'yes' || rest === 'no' ? { kind: 'answer', value: rest } : undefined;
    default:
      return undefined;
  }
}

/**
 * The concept with every kind's fields, in one order (those its kind has not are undefined). The rules read
 * `concept.kind` of mentions everywhere; concepts of a dozen shapes made each of those reads a slow (megamorphic) one
 * in V8, objects of one shape a fast one. Undefined fields read, compare and serialize as absent ones.
 */
export function inOneShape(concept: Concept): Concept {
  const c = concept as Partial<Record<string, unknown>>;
  const shaped = { kind: c.kind, value: c.value, role: c.role, cue: c.cue, marker: c.marker, connection: c.connection, hosting: c.hosting, connected: c.connected, topic: c.topic, term: c.term, caveat: c.caveat, locale: c.locale };
  return shaped as Concept;
}

/** Concepts that state a fact about the scenario (what the recognizer turns into slots). */
export function isSlotConcept(concept: Concept): boolean {
  switch (concept.kind) {
    case 'deployment':
    case 'deploymentHint':
    case 'callType':
    case 'place':
    case 'sharedPlace':
    case 'homed':
    case 'vpn':
    case 'datacenter':
    case 'hostedMeeting':
    case 'telephony':
    case 'company':
    case 'firewall':
      return true;
    default:
      return false;
  }
}

/** Concepts that show the text is about call flows at all (a question with none of them is out of scope). */
export function isDomainConcept(concept: Concept): boolean {
  if (isSlotConcept(concept)) return true;
  switch (concept.kind) {
    case 'traffic':
    case 'path':
    case 'segment':
    case 'topic':
    case 'caveat':
    case 'term':
      return true;
    default:
      return false;
  }
}
