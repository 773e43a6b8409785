// The helpdesk triage's contract: what was observed of a call, how it compares with what the article's rules give,
// and the facts or assumptions that, changed, make the rules give what was observed. Pure data; texts in locales/
// under `triage`.
import type { ExpressRouteUse } from '../expressRoute';
import type {
  AskableSlot,
  ExampleId,
  Firewall,
  Leg,
  PartialScenario,
  PartyId,
  PathKind,
  PrincipleNumber,
  Relay,
  Resolution,
  SlotName,
  SlotValue,
  TrafficType,
} from '../types';

/**
 * What a trace, a report or a user saw of one party's signaling or media: a segment it crossed (`path`), segments it
 * did not cross ("not over ExpressRoute"), and whether an Edge Server relayed it (`true`, the Edge named, or `false`:
 * seen to go through none). One observation describes the party's own traffic, as far as its side of the call sees it.
 */
export interface Observation {
  traffic: TrafficType;
  party: PartyId;
  path?: PathKind;
  notPaths?: readonly PathKind[];
  edge?: boolean | Relay;
}

/** What an explanation can change: a slot of the scenario, or the assumption that ExpressRoute carries the traffic. */
export type Fact = SlotName | 'expressRoute';

export type Changes = { [S in SlotName]?: SlotValue<S> } & { expressRoute?: ExpressRouteUse };

/** What a helpdesk checks for an explanation (texts in locales/ under `triage.checks`). */
export type CheckId =
  | 'clientLocation'
  | 'clientInside'
  | 'peerLocation'
  | 'firewallBlocks'
  | 'firewallAllows'
  | 'organizer'
  | 'homing'
  | 'peerHoming'
  | 'deployment'
  | 'routesAdvertised'
  | 'proxy'
  | 'asymmetricRouting'
  | 'documentedExample';

/** A part of the article a check rests on, by its heading. */
export type ArticleSection = 'callFlowOverview' | 'typesOfTraffic' | 'principles' | 'callFlowsWithExpressRoute';

/** Where in the article an explanation is grounded: a section or an example flow. */
export type Ground = { kind: 'section'; section: ArticleSection } | { kind: 'example'; example: ExampleId };

export interface Explanation {
  /** What differs from the facts as stated or assumed; empty when the article's own example flow gives what was seen. */
  changes: Changes;
  /** The example flow that describes what was seen although the summary table says otherwise (only when `changes` is empty). */
  documented?: ExampleId;
  /** How plausible a helpdesk finds the changes (0..1): what explanations are ranked by first. */
  plausibility: number;
  checks: CheckId[];
  principles: PrincipleNumber[];
  grounds: Ground[];
  /** The answer with the changes made: its routes give what was observed. */
  resolution: Resolution;
}

/** An observation the expected answer does not give, with the leg the article's rules give instead. */
export interface Difference {
  observation: Observation;
  expected: Leg;
}

interface Common {
  /** What is known, made consistent. */
  scenario: PartialScenario;
  observations: readonly Observation[];
  /** For each observation, the paths it leaves possible in the calls it could be ("not over ExpressRoute" from your network to the cloud: the Internet). */
  paths: readonly (readonly PathKind[])[];
  /** Observations about a party the call does not have (the other party of a conference). */
  ignored: readonly Observation[];
  /**
   * Whether what was observed is what the article describes: known as soon as it is the same in every call still
   * possible (a question may remain about which explanation fits); null while it depends on a missing fact.
   */
  matches: boolean | null;
}

export type Triage =
  /** The expected answer is known well enough to compare: what matches, what differs and why. */
  | (Common & {
      kind: 'compared';
      matches: boolean;
      /** The article's answer for what is known (`assumed` lists slots filled in because they cannot change the comparison). */
      expected: Resolution;
      differences: Difference[];
      /** Best first; empty when everything matches, or when no change of one or two facts gives what was seen. */
      explanations: Explanation[];
      /** When it matches only under the firewall the call has (the other would not give what was seen): that firewall. */
      matchesOnlyWith?: Firewall;
    })
  /** A fact that is not known would change the comparison: ask it (the most informative first). */
  | (Common & { kind: 'question'; missing: AskableSlot[]; consistent: PartialScenario[] })
  /** Asking would not help (the facts that would are not known to the asker): the complete scenarios that give what was seen. */
  | (Common & { kind: 'undetermined'; consistent: PartialScenario[] });
