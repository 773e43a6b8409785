// The article's facts as typed data. Texts are in locales/ under the same ids; here is only structure.
import type {
  AlternativeReason,
  Area,
  ExampleId,
  Leg,
  PartialScenario,
  PrincipleNumber,
  SegmentId,
  Server,
  TableId,
  TrafficType,
} from './types';

export const ARTICLE_PATH = 'skypeforbusiness/optimizing-your-network/call-flow-using-expressroute';
export const ARTICLE_LOCALES = { en: 'en-us', 'zh-TW': 'zh-tw' } as const;

export const SEGMENTS: readonly SegmentId[] = ['yourNetwork', 'internet', 'expressRoute', 'microsoftNetwork'];

/** Where each server sits (the article's figures; Cloud Connector and its Edge are in your network). */
export const SERVER_AREA: Readonly<Record<Server, Area>> = {
  onPremFrontEnd: 'yourNetwork',
  onPremConferencing: 'yourNetwork',
  onPremPstnGateway: 'yourNetwork',
  onPremEdge: 'yourNetwork',
  cloudConnectorEdge: 'yourNetwork',
  cloudConnector: 'yourNetwork',
  onlineEdge: 'microsoftNetwork',
  onlineFrontEnd: 'microsoftNetwork',
  onlineConferencing: 'microsoftNetwork',
  phoneSystem: 'microsoftNetwork',
  otherCompanyServer: 'otherCompanyNetwork',
  broadcastService: 'internet',
};

/**
 * Which areas touch, so traffic can pass straight from one to the other: your network reaches the Internet and
 * ExpressRoute; ExpressRoute ends in the Microsoft network; every other organization reaches the Internet, and a
 * federated one its own ExpressRoute (the tables assume every organization has one).
 */
export const AREA_BORDERS: readonly (readonly [Area, Area])[] = [
  ['yourNetwork', 'internet'],
  ['yourNetwork', 'expressRoute'],
  ['expressRoute', 'microsoftNetwork'],
  ['internet', 'microsoftNetwork'],
  ['internet', 'federatedNetwork'],
  ['internet', 'otherCompanyNetwork'],
  ['federatedNetwork', 'expressRoute'],
];
export const TRAFFIC_TYPES: readonly TrafficType[] = ['media', 'signaling'];
export const PRINCIPLES: readonly PrincipleNumber[] = [1, 2, 3, 4, 5, 6];

export interface ExampleFlow {
  id: ExampleId;
  /** The article's own anchor, reported as data (two of them are used twice in the article). */
  anchor: `bk_Figure${number}`;
  /** The heading's anchor: what a link uses, since a browser resolves a duplicate anchor to its first use. */
  headingAnchor: string;
  /** Whether a link may use `anchor`: false for the second use of a duplicated anchor, which a browser resolves to the first. */
  linkable: boolean;
}

export const EXAMPLES: readonly ExampleFlow[] = [
  {
    id: 'p2p',
    anchor: 'bk_Figure2',
    headingAnchor: 'peer-to-peer-call-for-microsoft-365-or-office-365-user-from-within-customer-network',
    linkable: true,
  },
  {
    id: 'onlineConference',
    anchor: 'bk_Figure3',
    headingAnchor: 'online-user-on-your-network-joining-a-conference-that-is-hosted-online',
    linkable: true,
  },
  {
    id: 'hybridConference',
    anchor: 'bk_Figure3',
    headingAnchor: 'joining-a-conference-hosted-by-on-premises-user-in-hybrid-deployment',
    linkable: false,
  },
  {
    id: 'onPremEdge',
    anchor: 'bk_Figure5',
    headingAnchor: 'on-premises-edge-server-with-microsoft-365-or-office-365-hosted-conferences',
    linkable: true,
  },
  {
    id: 'cceePstn',
    anchor: 'bk_Figure6',
    headingAnchor: 'pstn-call-using-skype-for-business-cloud-connector-edition',
    linkable: true,
  },
  {
    id: 'broadcast',
    anchor: 'bk_Figure6',
    headingAnchor: 'skype-meeting-broadcast-with-users-joining-from-customer-network',
    linkable: false,
  },
];

/**
 * The article's heading anchors for the parts an answer can rest on besides an example flow: each summary table, and
 * the principles (checked against the article's source, MicrosoftDocs/OfficeDocs-SkypeForBusiness,
 * Skype/SfbOnline/optimizing-your-network/call-flow-using-expressroute.md).
 */
export const TABLE_ANCHORS: Readonly<Record<TableId, string>> = {
  online: 'call-flows-for-skype-for-business-online',
  hybrid: 'call-flows-for-skype-for-business-hybrid',
  cloudConnector: 'call-flows-for-skype-for-business-with-cloud-connector',
};
export const PRINCIPLES_ANCHOR = 'principles-for-call-flows-with-skype-for-business';

export function exampleById(id: ExampleId): ExampleFlow {
  const example = EXAMPLES.find((e) => e.id === id);
  if (!example) throw new Error(`Unknown example ${id}`);
  return example;
}

/** Traffic that always takes the Internet, even with ExpressRoute (ids; texts in locales/ under `internetOnly`). */
export const INTERNET_ONLY_TRAFFIC = [
  'crl',
  'dns',
  'sharedUrls',
  'telemetry',
  'skypeConsumerFederation',
  'broadcastStreaming',
] as const;

/** The article's caveats (texts in locales/ under `caveats`). */
export const CAVEATS = ['asymmetricRouting', 'recommendedSetup', 'everyOrgHasExpressRoute', 'premiumAddOn'] as const;

/** One way a table says a party's traffic goes: the path word, where it ends and the relaying Edge. */
export type PathSpec = Pick<Leg, 'path' | 'to' | 'via'>;

/**
 * A leg as a table states it: the words of its cell, and, where the cell gives two paths ("Internet or
 * ExpressRoute"), the others and what decides. The route comes from the principles (derive.ts).
 */
export interface LegSpec extends PathSpec {
  party: Leg['party'];
  alternatives?: { dependsOn: AlternativeReason; paths: readonly PathSpec[] };
}

export interface TableRow {
  table: TableId;
  /** 1-based, in the article's order. */
  row: number;
  /** The scenario the row states; a row applies when every slot given here matches. */
  when: PartialScenario;
  /** A peer-to-peer row the article states once but that holds with the two parties swapped. */
  symmetric: boolean;
  signaling: LegSpec[];
  media: LegSpec[];
  examples: ExampleId[];
  principles: PrincipleNumber[];
  /** Whether the row has a note in the article (text in locales/ under `tables.<table>.rows.<row>.note`). */
  hasNote: boolean;
}

const both = (spec: Omit<LegSpec, 'party'>): LegSpec[] => [
  { party: 'user', ...spec },
  { party: 'peer', ...spec },
];

export const TABLE_ROWS: readonly TableRow[] = [
  // Skype for Business Online: every user homed Online; conference and PSTN media go to the cloud.
  {
    table: 'online',
    row: 1,
    when: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork', firewall: 'allowsDirect' },
    symmetric: false,
    signaling: both({ path: 'expressRoute', to: 'onlineFrontEnd' }),
    media: both({ path: 'local', to: 'peer' }),
    examples: ['p2p'],
    principles: [3, 4],
    hasNote: false,
  },
  {
    table: 'online',
    row: 2,
    when: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet', firewall: 'blocksDirect' },
    symmetric: true,
    signaling: [
      { party: 'user', path: 'expressRoute', to: 'onlineFrontEnd' },
      { party: 'peer', path: 'internet', to: 'onlineFrontEnd' },
    ],
    media: [
      { party: 'user', path: 'expressRoute', to: 'peer', via: 'onlineEdge' },
      { party: 'peer', path: 'internet', to: 'peer', via: 'onlineEdge' },
    ],
    examples: ['p2p'],
    principles: [3, 4],
    hasNote: true,
  },
  {
    table: 'online',
    row: 3,
    when: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'federated', firewall: 'blocksDirect' },
    symmetric: false,
    signaling: both({ path: 'expressRoute', to: 'onlineFrontEnd' }),
    media: both({ path: 'expressRoute', to: 'peer', via: 'onlineEdge' }),
    examples: ['onlineConference'],
    principles: [3, 4],
    hasNote: true,
  },
  {
    table: 'online',
    row: 4,
    when: { deployment: 'online', callType: 'conference', organizer: 'online', location: 'customerNetwork' },
    symmetric: false,
    signaling: [{ party: 'user', path: 'expressRoute', to: 'onlineConferencing' }],
    media: [{ party: 'user', path: 'expressRoute', to: 'onlineConferencing', via: 'onlineEdge' }],
    examples: ['onlineConference'],
    principles: [1, 2, 5],
    hasNote: false,
  },
  {
    table: 'online',
    row: 5,
    when: { deployment: 'online', callType: 'conference', organizer: 'online', location: 'internet' },
    symmetric: false,
    signaling: [{ party: 'user', path: 'internet', to: 'onlineConferencing' }],
    media: [{ party: 'user', path: 'internet', to: 'onlineConferencing', via: 'onlineEdge' }],
    examples: ['onlineConference'],
    principles: [1, 2, 5],
    hasNote: false,
  },
  {
    table: 'online',
    row: 6,
    when: { deployment: 'online', callType: 'conference', organizer: 'otherCompany', location: 'customerNetwork' },
    symmetric: false,
    signaling: [{ party: 'user', path: 'internet', to: 'otherCompanyServer' }],
    media: [{ party: 'user', path: 'internet', to: 'otherCompanyServer' }],
    examples: [],
    principles: [1, 2],
    hasNote: true,
  },
  {
    table: 'online',
    row: 7,
    when: { deployment: 'online', callType: 'pstn', location: 'customerNetwork' },
    symmetric: false,
    signaling: [{ party: 'user', path: 'expressRoute', to: 'phoneSystem' }],
    media: [{ party: 'user', path: 'expressRoute', to: 'phoneSystem' }],
    examples: ['onlineConference'],
    principles: [2, 4],
    hasNote: false,
  },
  {
    table: 'online',
    row: 8,
    when: { deployment: 'online', callType: 'pstn', location: 'internet' },
    symmetric: false,
    signaling: [{ party: 'user', path: 'internet', to: 'phoneSystem' }],
    media: [{ party: 'user', path: 'internet', to: 'phoneSystem' }],
    examples: [],
    principles: [2, 4],
    hasNote: true,
  },
  // Skype for Business Hybrid: at least some users homed on-premises.
  {
    table: 'hybrid',
    row: 1,
    when: {
      deployment: 'hybrid',
      callType: 'peerToPeer',
      homing: 'onPremises',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      peerHoming: 'onPremises',
      firewall: 'allowsDirect',
    },
    symmetric: false,
    signaling: both({ path: 'local', to: 'onPremFrontEnd' }),
    media: both({ path: 'local', to: 'peer' }),
    examples: ['p2p'],
    principles: [3, 4],
    hasNote: true,
  },
  {
    table: 'hybrid',
    row: 2,
    when: {
      deployment: 'hybrid',
      callType: 'peerToPeer',
      homing: 'online',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      peerHoming: 'onPremises',
      firewall: 'allowsDirect',
    },
    symmetric: true,
    signaling: [
      { party: 'user', path: 'expressRoute', to: 'onlineFrontEnd' },
      { party: 'peer', path: 'local', to: 'onPremFrontEnd' },
    ],
    media: both({ path: 'local', to: 'peer' }),
    examples: ['p2p'],
    principles: [3, 4],
    hasNote: true,
  },
  {
    table: 'hybrid',
    row: 3,
    when: {
      deployment: 'hybrid',
      callType: 'peerToPeer',
      homing: 'onPremises',
      location: 'customerNetwork',
      peer: 'federated',
      firewall: 'blocksDirect',
    },
    symmetric: false,
    signaling: [
      { party: 'user', path: 'local', to: 'onPremFrontEnd' },
      { party: 'peer', path: 'expressRoute', to: 'onlineFrontEnd' },
    ],
    // "Internet or ExpressRoute (depends whether online or on-premises edge server is used)": ICE offers both Edges.
    // The note assumes the Online Edge, so it comes first; note `edgeChoiceAlternative` says why there are two.
    media: both({
      path: 'expressRoute',
      to: 'peer',
      via: 'onlineEdge',
      alternatives: { dependsOn: 'edgeChoice', paths: [{ path: 'internet', to: 'peer', via: 'onPremEdge' }] },
    }),
    examples: ['onlineConference', 'onPremEdge'],
    principles: [3, 4],
    hasNote: true,
  },
  {
    table: 'hybrid',
    row: 4,
    when: { deployment: 'hybrid', callType: 'conference', organizer: 'online', homing: 'onPremises', location: 'customerNetwork' },
    symmetric: false,
    signaling: [{ party: 'user', path: 'expressRoute', to: 'onlineConferencing' }],
    media: [{ party: 'user', path: 'expressRoute', to: 'onlineConferencing', via: 'onlineEdge' }],
    examples: ['onlineConference'],
    principles: [1, 2, 5],
    hasNote: true,
  },
  {
    table: 'hybrid',
    row: 5,
    when: { deployment: 'hybrid', callType: 'pstn', homing: 'onPremises', location: 'customerNetwork' },
    symmetric: false,
    signaling: [{ party: 'user', path: 'local', to: 'onPremPstnGateway' }],
    media: [{ party: 'user', path: 'local', to: 'onPremPstnGateway' }],
    examples: ['cceePstn'],
    principles: [4],
    hasNote: true,
  },
  // Cloud Connector Edition: every user homed Online; flows other than PSTN are as in the Online table.
  {
    table: 'cloudConnector',
    row: 1,
    when: { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' },
    symmetric: false,
    // The table says local; the cceePstn example says signaling goes to the cloud over ExpressRoute and turns
    // around to the Cloud Connector. The answer keeps the table's word beside the example's route and always says
    // why they differ (note `cceContradiction`).
    signaling: [{ party: 'user', path: 'local', to: 'cloudConnector' }],
    media: [{ party: 'user', path: 'local', to: 'cloudConnector' }],
    examples: ['cceePstn'],
    principles: [4],
    hasNote: false,
  },
  {
    table: 'cloudConnector',
    row: 2,
    when: { deployment: 'cloudConnector', callType: 'pstn', location: 'internet' },
    symmetric: false,
    signaling: [{ party: 'user', path: 'internet', to: 'cloudConnector', via: 'cloudConnectorEdge' }],
    media: [{ party: 'user', path: 'internet', to: 'cloudConnector', via: 'cloudConnectorEdge' }],
    examples: ['onPremEdge', 'cceePstn'],
    principles: [4],
    hasNote: true,
  },
];

/** The example flow that describes a scenario no table row states, with the slots it describes. */
export const EXAMPLE_SCENARIOS: readonly { example: ExampleId; when: PartialScenario }[] = [
  { example: 'hybridConference', when: { deployment: 'hybrid', callType: 'conference', organizer: 'onPremises' } },
  {
    example: 'onPremEdge',
    when: { deployment: 'hybrid', callType: 'conference', organizer: 'online', homing: 'onPremises', location: 'internet' },
  },
  { example: 'broadcast', when: { callType: 'broadcast' } },
];
