// Where a conversation stands, and how each kind of user input moves it. Pure functions over plain data, kept in
// conversation state between turns.
import { advise, SLOT_VALUES, type Conflict, type Resolution, type Observation, type PartialScenario, type Perspective, type SlotName, type TrafficType } from '../src/engine';
import { newTriage, withObservations, type TriageState } from './triageSession';
import type { ExplainTopic } from '../src/nlu/types';
import { factsCarried, saidOfEach, type People, type Places, type SaidOf } from './people';
import type { OwnExpressRouteLack } from '../src/present';

export interface Session {
  /** False until the user asks something: the welcome state. */
  started: boolean;
  /** What the user said, made consistent by the engine. */
  scenario: PartialScenario;
  /** Earlier scenarios, newest last, for "back". */
  history: PartialScenario[];
  /** The traffic type the question was about, when only one. */
  focus?: TrafficType;
  /** The party the question was about, when not the user (broadcast attendees). */
  perspective?: Perspective;
  /** The question asked one person's paths of a call between two, the user's ("her signaling"): see askedParty(). */
  party?: 'user';
  /** A slot the user chose to change after an answer: asked again although it is known. */
  changing?: SlotName;
  /** Whether an answer of this conversation showed what has changed since the article (only the first one does). */
  sinceArticleShown?: boolean;
  /** A triage under way: what was observed of the call, compared with what the article says (triageSession.ts). */
  triage?: TriageState;
  /** The people named so far in this question, and their roles (people.ts). */
  people?: People;
  /** Where some of them were said to be (people.ts, organizerPlaces). */
  places?: Places;
  /** What was said of each of them, whatever role they had (people.ts, saidOfEach). */
  said?: SaidOf;
  /** The explanation just shown, while it is the last reply: asked in the other language, it is shown again. */
  explained?: ExplainTopic;
  /**
   * Our own ExpressRoute said to be missing ("we don't have ER yet") or down for a while: every answer is worked out
   * without it, new questions too, until the writer says they have it (or starts over).
   */
  expressRoute?: OwnExpressRouteLack;
  /** Head words of our own sites named so far in the conversation (ourSites.ts): said alone, they are our network. */
  sites?: readonly string[];
}

export function newSession(): Session {
  return { started: false, scenario: {}, history: [] };
}

/** What a conversation keeps whatever the question: whether it has seen the "since the article" notice. */
function conversationWide({ sinceArticleShown, sites }: Session): Pick<Session, 'sinceArticleShown' | 'sites'> {
  return { ...(sinceArticleShown && { sinceArticleShown: true }), ...(sites && { sites }) };
}

/** "Start over": a new question in the same conversation. */
export function restartedSession(session: Session): Session {
  return { ...newSession(), ...conversationWide(session) };
}

/** Enough to undo any realistic conversation, small enough for any storage. */
const HISTORY_LIMIT = 30;

export interface Change {
  slot: SlotName;
  from?: string;
  to?: string;
}

/** The slots whose value differs between two scenarios, in the contract's order. */
export function diff(before: PartialScenario, after: PartialScenario): Change[] {
  return (Object.keys(SLOT_VALUES) as SlotName[])
    .filter((slot) => before[slot] !== after[slot])
    .map((slot) => ({ slot, from: before[slot], to: after[slot] }));
}

/** The newest answer before the scenario on screen ("the link for the previous one"), if any of the earlier had one. */
export function earlierAnswer(session: Session): Resolution | undefined {
  for (const scenario of [...session.history].reverse()) {
    const { resolution } = advise(scenario, session.focus, askedParty(session));
    if (resolution) return resolution;
  }
  return undefined;
}

/**
 * The party a question is about, for the engine's party focus: the user, when the question asked the user's paths
 * alone and no other party's since. A question about the call asks about both parties, and gets them.
 */
export const askedParty = (session: Pick<Session, 'party' | 'perspective'>): 'user' | undefined =>
  session.party === 'user' && (session.perspective === undefined || session.perspective === 'user') ? 'user' : undefined;

export function isAnswered(session: Session): boolean {
  return session.started && session.changing === undefined && advise(session.scenario, session.focus, askedParty(session)).resolution !== null;
}

/** What the user told us about the scenario. */
export interface Statement {
  slots: PartialScenario;
  focus?: TrafficType;
  perspective?: Perspective;
  /** The question asks the user's paths alone (Recognition.askedParty). */
  party?: 'user';
  /** A new question rather than a change to the current one. */
  fresh: boolean;
  /** The message asked about or assumed a path, which nobody saw: answered with the article's path, never triaged. */
  supposed?: boolean;
  /** What the message says was observed of the call: it starts or adds to a triage. */
  observations?: Observation[];
  /** The people the message names, and their roles. */
  people?: People;
  /** Where the message says some of them are. */
  places?: Places;
  /** A fact said of someone whose homing the conversation does not know (organizerParty.ts): asked, not guessed. */
  asks?: SlotName;
  /** Facts the message said that cannot both hold (Recognition.clash): named back, none applied. */
  clash?: PartialScenario;
  /** Said with the call: our own ExpressRoute is missing or down for a while (kept, Session.expressRoute). */
  expressRoute?: OwnExpressRouteLack;
}

/** The triage after a statement: a new one for a fresh question, what it observed added to the one under way. */
function triageAfter(session: Session, statement: Statement): TriageState | undefined {
  const observations = statement.observations ?? [];
  const current = statement.fresh ? undefined : session.triage;
  if (observations.length === 0) return current;
  return withObservations(current ?? newTriage(), observations);
}

export interface Outcome {
  session: Session;
  changes: Change[];
  conflicts: Conflict[];
  /** Whether the statement followed an answer (a what-if): then every change is reported. */
  followedAnswer: boolean;
  /** The facts of the call the statement said (none when it only asked which traffic to show: "and the media?"). */
  stated: PartialScenario;
  /** Whether the statement asked about or assumed a path nobody saw. */
  supposed: boolean;
  /** The slot the statement left to ask: said of someone whose homing is not known. */
  asked?: SlotName;
  /** Two facts said that cannot both hold, neither applied. */
  clash?: PartialScenario;
}

function withHistory(session: Session, scenario: PartialScenario): PartialScenario[] {
  if (diff(session.scenario, scenario).length === 0) return session.history;
  return [...session.history, session.scenario].slice(-HISTORY_LIMIT);
}

/**
 * Merges what the user said. A value that contradicts the rest of the scenario is reported and, when it would
 * replace an earlier answer, not applied: the earlier answer stays.
 */
export function tell(session: Session, statement: Statement): Outcome {
  // Someone named again brings what was said of them before, in their role now; what the message says wins. A new
  // question of the same deployment too ("and when Graham calls Sophie? she's on-prem too" after Graham's meeting,
  // homed on-prem: his homing was asked again); another deployment starts from nothing.
  const carried = factsCarried(session.said, session.people, statement.people, statement.fresh ? {} : session.scenario);
  const sameSetup = statement.slots.deployment === session.scenario.deployment;
  const base = statement.fresh ? (sameSetup ? carried : {}) : { ...session.scenario, ...carried };
  const first = advise({ ...base, ...statement.slots });
  const kept = first.conflicts
    .filter((c) => statement.slots[c.slot] !== undefined && base[c.slot] !== undefined)
    .map((c) => [c.slot, base[c.slot]]);
  const { scenario } = kept.length === 0 ? first : advise({ ...base, ...statement.slots, ...Object.fromEntries(kept) });
  const triage = triageAfter(session, statement);
  const people = { ...(statement.fresh ? {} : session.people), ...statement.people };
  const places = { ...(statement.fresh ? {} : session.places), ...statement.places };
  const said = saidOfEach(scenario, people, statement.fresh ? undefined : session.said);
  const expressRoute = statement.expressRoute ?? session.expressRoute;
  return {
    session: {
      started: true,
      scenario,
      history: withHistory(session, scenario),
      focus: statement.fresh ? statement.focus : (statement.focus ?? session.focus),
      ...conversationWide(session),
      perspective: statement.fresh ? statement.perspective : (statement.perspective ?? session.perspective),
      ...((statement.fresh ? statement.party : (statement.party ?? session.party)) && { party: 'user' as const }),
      ...(triage && { triage }),
      ...(Object.keys(people).length > 0 && { people }),
      ...(Object.keys(places).length > 0 && { places }),
      ...(Object.keys(said).length > 0 && { said }),
      ...(statement.asks && { changing: statement.asks }),
      ...(expressRoute && { expressRoute }),
    },
    changes: diff(session.scenario, scenario),
    conflicts: first.conflicts,
    followedAnswer: isAnswered(session),
    // "and the presenters? they'll be in the studio room at HQ": a fact said along with whose paths to show, which
    // changed, did change what is shown.
    stated: (statement.perspective ?? session.perspective) === session.perspective ? statement.slots : {},
    supposed: statement.supposed === true,
    ...(statement.asks && { asked: statement.asks }),
    ...(statement.clash && { clash: statement.clash }),
  };
}

/** The user picked a slot to change after an answer: ask it again. */
export function startChange(session: Session, slot: SlotName): Session {
  return { ...session, changing: slot };
}

/** Takes back the last answer; null when there is none. */
export function back(session: Session): { session: Session; changes: Change[] } | null {
  const previous = session.history.at(-1);
  if (previous === undefined) return null;
  return {
    session: { ...session, scenario: previous, history: session.history.slice(0, -1), changing: undefined },
    changes: diff(session.scenario, previous),
  };
}
