// The call-flow engine's contract. Pure data types: no I/O, no botbuilder, no strings a user reads
// (those live in locales/ and are looked up by the ids below).

/** The slots a scenario is described by, with every value each can take (the public contract). */
export const SLOT_VALUES = {
  deployment: ['online', 'hybrid', 'cloudConnector'],
  callType: ['peerToPeer', 'conference', 'pstn', 'broadcast'],
  homing: ['online', 'onPremises'],
  location: ['customerNetwork', 'internet'],
  peer: ['customerNetwork', 'internet', 'federated'],
  peerHoming: ['online', 'onPremises'],
  organizer: ['online', 'onPremises', 'otherCompany'],
  /**
   * Whether a firewall lets the two ends of a flow reach each other directly. Never asked: when unknown the
   * article's own assumption holds (direct inside one network and from the Internet to the cloud; blocked
   * between your network and the Internet or a federated company).
   */
  firewall: ['allowsDirect', 'blocksDirect'],
} as const;

export type SlotName = keyof typeof SLOT_VALUES;
export type SlotValue<S extends SlotName> = (typeof SLOT_VALUES)[S][number];

/** The seven slots that are asked about; `firewall` only ever comes from the user. */
export const ASKABLE_SLOTS = [
  'deployment',
  'callType',
  'location',
  'homing',
  'peer',
  'peerHoming',
  'organizer',
] as const satisfies readonly SlotName[];
export type AskableSlot = (typeof ASKABLE_SLOTS)[number];

export type Deployment = SlotValue<'deployment'>;
export type CallType = SlotValue<'callType'>;
export type Homing = SlotValue<'homing'>;
export type Location = SlotValue<'location'>;
export type PeerLocation = SlotValue<'peer'>;
export type Organizer = SlotValue<'organizer'>;
export type Firewall = SlotValue<'firewall'>;

/** What is known about a question so far: any slot may be missing. */
export type PartialScenario = { [S in SlotName]?: SlotValue<S> };

/** Segment ids, in the order the article introduces them. */
export type SegmentId = 'yourNetwork' | 'internet' | 'expressRoute' | 'microsoftNetwork';
export type TrafficType = 'media' | 'signaling';
export type PrincipleNumber = 1 | 2 | 3 | 4 | 5 | 6;
export type ExampleId = 'p2p' | 'onlineConference' | 'hybridConference' | 'onPremEdge' | 'cceePstn' | 'broadcast';
export type TableId = 'online' | 'hybrid' | 'cloudConnector';

/** The summary word for a path: the segment that decides how the traffic reaches its destination. */
export type PathKind = 'local' | 'expressRoute' | 'internet';

/** Who a path belongs to. The user asked about is always `user`. */
export type PartyId = 'user' | 'peer' | 'attendees';

/** Where a party's client sits. */
export type Zone = 'yourNetwork' | 'internet' | 'federatedNetwork';

/** Where a path ends. */
export type Target =
  | 'peer'
  | 'onlineFrontEnd'
  | 'onPremFrontEnd'
  | 'onlineConferencing'
  | 'onPremConferencing'
  | 'otherCompanyServer'
  | 'phoneSystem'
  | 'onPremPstnGateway'
  | 'cloudConnector'
  | 'broadcastService';

/** An Edge server that relays a path on its way. */
export type Relay = 'onlineEdge' | 'onPremEdge' | 'cloudConnectorEdge';
export const RELAYS: readonly Relay[] = ['onlineEdge', 'onPremEdge', 'cloudConnectorEdge'];
export const isRelay = (stop: string): stop is Relay => (RELAYS as readonly string[]).includes(stop);

/** An area a route crosses: the article's four segments, plus another organization's network where one is involved. */
export type Area = SegmentId | 'federatedNetwork' | 'otherCompanyNetwork';

/** Every box a route can reach that is not a client: the servers a path ends at, and the Edges that relay it. */
export type Server = Exclude<Target, 'peer'> | Relay;

/** A party's client, as a stop on a route. */
export type ClientStop = `client.${PartyId}`;

/** What a hop reaches: a server, an Edge or a client. */
export type Stop = Server | ClientStop;

/** Servers in the Microsoft network (facts.ts SERVER_AREA places every server). */
export type CloudServer = 'onlineEdge' | 'onlineFrontEnd' | 'onlineConferencing' | 'phoneSystem';

/** Servers in your network: the on-premises deployment and Cloud Connector. */
export type OnPremisesServer =
  | 'onPremFrontEnd'
  | 'onPremConferencing'
  | 'onPremPstnGateway'
  | 'onPremEdge'
  | 'cloudConnector'
  | 'cloudConnectorEdge';

/** What the Internet reaches: Online servers, the Edges in your perimeter, another company's server, the CDN. */
export type InternetFacing = CloudServer | 'onPremEdge' | 'cloudConnectorEdge' | 'otherCompanyServer' | 'broadcastService';

/**
 * One hop of a route: the segment it crosses and the box it reaches at the end of it. The union says what each
 * segment can reach, so a hop that could not exist (ExpressRoute to a CDN, your network to an Online server, the
 * Internet straight to an on-premises Front End without an Edge) does not type-check. Where a client is depends on
 * the scenario; routes.ts checks the rest (every pair of areas crossed in a row touch).
 */
export type Hop =
  | { over: 'yourNetwork'; to: OnPremisesServer | ClientStop }
  | { over: 'expressRoute'; to: CloudServer | OnPremisesServer | ClientStop }
  | { over: 'microsoftNetwork'; to: CloudServer }
  | { over: 'internet'; to: InternetFacing | ClientStop };

/**
 * The ordered hops a party's traffic takes, written from the party's client (the broadcast stream flows the other
 * way; the route is the same). Never empty. A peer-to-peer media route ends at the other party's client, through the
 * Edge that relays it, since that client is where principle 3 sends it.
 */
export type Route = readonly [Hop, ...Hop[]];

/** One way a party's traffic can go: the summary word, where it ends, the relaying Edge, and its route. */
export interface RouteChoice {
  path: PathKind;
  to: Target;
  via?: Relay;
  route: Route;
  /** The areas the route crosses, in order, from the client's (computed from `route` by routes.ts, never by hand). */
  areas: readonly Area[];
}

/** What decides between alternative routes (texts in locales/ under `alternatives.<id>`). */
export type AlternativeReason = 'edgeChoice';

/** Other routes a party's traffic may take instead of the first one, and what decides which. */
export interface Alternatives {
  dependsOn: AlternativeReason;
  routes: readonly RouteChoice[];
}

/**
 * One party's signaling or media: the first (or only) route, and any alternatives. `path` is what the article's table
 * says when a table row states the case; the route follows the principles and example flows, so the two can
 * disagree where the article does (routes.ts `labelFits`, and a note says why).
 */
export interface Leg extends RouteChoice {
  party: PartyId;
  /** Where this party's client is. */
  from: Zone;
  alternatives?: Alternatives;
}

/** Which party's path leads an answer: the user asked about, unless the question is about another party (attendees). */
export type Perspective = PartyId;

/** What an answer rests on. Only `table` (a summary-table row) and `example` (an example flow) are documented. */
export type Source =
  | { kind: 'table'; table: TableId; row: number }
  | { kind: 'example'; example: ExampleId }
  | { kind: 'principles'; principles: PrincipleNumber[] };

/** Notes are ids with optional parameters; their text is in locales/ under `notes.<id>`. */
export type NoteId =
  | 'rowNote'
  | 'cceContradiction'
  | 'followsOnlineTable'
  | 'onlineHomedInHybrid'
  | 'edgeChoiceAlternative'
  | 'onPremEdgeRelayFirstLeg'
  | 'onlineEdgeForOnlineHomed'
  | 'directPathAssumedBlocked'
  | 'directPathAllowed'
  | 'directPathBlockedRelay'
  | 'broadcastStreamInternet'
  | 'premiumAddOn'
  | 'organizerDecidesLocation'
  | 'everyOrgHasExpressRoute'
  | 'federatedPeerHomedOnline'
  | 'internetAlwaysNeeded'
  | 'asymmetricRouting'
  | 'recommendedSetup';

export interface Note {
  id: NoteId;
  /** For `rowNote`: which table row's note to show. */
  table?: TableId;
  row?: number;
}

/** The engine's answer for one scenario. */
export interface Resolution {
  /** The complete scenario this answer was resolved for (only slots that apply to it). */
  scenario: PartialScenario;
  signaling: Leg[];
  media: Leg[];
  source: Source;
  /** True when no table row states this scenario (answered from principles, an example flow or a rule of the article). */
  derived: boolean;
  /** The principles the answer applies (always given; the whole basis when `source.kind` is `principles`). */
  principles: PrincipleNumber[];
  examples: ExampleId[];
  notes: Note[];
  /**
   * Slots the user did not give that cannot change the paths. `scenario` fills them with the best-documented case,
   * so only the paths are certain for them; the source, Edges and examples describe that case.
   */
  assumed: AskableSlot[];
}

/** A combination of slot values the article's world does not have (e.g. an on-premises user in an Online deployment). */
export interface Conflict {
  slot: SlotName;
  value: string;
  /** The slot whose value rules it out. */
  conflictsWith: SlotName;
  conflictingValue: string;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
