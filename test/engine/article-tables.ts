// The article's three summary tables, copied by hand from the specification (KNOWLEDGE.md, "Summary tables") so the
// engine is checked against the article, not against its own facts.ts. Rows are in the article's order.
import type { ExampleId, Firewall, PartialScenario, TableId } from '../../src/engine';
import { seenByPeer, type ExpectedLeg } from './legs';

export interface ArticleRow {
  table: TableId;
  row: number;
  /** The scenario the row's endpoints describe, seen from the party the row names first. */
  scenario: PartialScenario;
  /** What a peer-to-peer row assumes about the direct path between the two clients. */
  assumes?: Firewall;
  signaling: ExpectedLeg[];
  media: ExpectedLeg[];
  /** The "example flow" column: the example and the article's own anchor. */
  examples: { id: ExampleId; anchor: string }[];
  /** Whether the "notes" column has text. */
  hasNote: boolean;
  /** For a peer-to-peer row the article states once but that holds from the other side too: that side's scenario. */
  otherSide?: PartialScenario;
}

const p2pExample = { id: 'p2p', anchor: 'bk_Figure2' } as const;
const onlineConferenceExample = { id: 'onlineConference', anchor: 'bk_Figure3' } as const;
const onPremEdgeExample = { id: 'onPremEdge', anchor: 'bk_Figure5' } as const;
const cceePstnExample = { id: 'cceePstn', anchor: 'bk_Figure6' } as const;

export const ARTICLE_ROWS: readonly ArticleRow[] = [
  // Online: all users homed Online; conference and PSTN media go to the cloud; the Edge is in the cloud.
  {
    table: 'online',
    row: 1,
    scenario: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' },
    assumes: 'allowsDirect',
    signaling: [
      { party: 'user', path: 'expressRoute' },
      { party: 'peer', path: 'expressRoute' },
    ],
    // Same WAN, nothing prevents the clients talking: media flows directly between them.
    media: [
      { party: 'user', path: 'local', relay: 'none' },
      { party: 'peer', path: 'local', relay: 'none' },
    ],
    examples: [p2pExample],
    hasNote: false,
  },
  {
    table: 'online',
    row: 2,
    scenario: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' },
    assumes: 'blocksDirect',
    signaling: [
      { party: 'user', path: 'expressRoute' },
      { party: 'peer', path: 'internet' },
    ],
    // "external: Internet to the Online Edge"; the internal user's path to that Edge follows the conference path.
    media: [
      { party: 'user', path: 'expressRoute', relay: 'onlineEdge' },
      { party: 'peer', path: 'internet', relay: 'onlineEdge' },
    ],
    examples: [p2pExample],
    hasNote: true,
    otherSide: { deployment: 'online', callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' },
  },
  {
    table: 'online',
    row: 3,
    scenario: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'federated' },
    assumes: 'blocksDirect',
    signaling: [
      { party: 'user', path: 'expressRoute' },
      { party: 'peer', path: 'expressRoute' },
    ],
    media: [
      { party: 'user', path: 'expressRoute', relay: 'onlineEdge' },
      { party: 'peer', path: 'expressRoute', relay: 'onlineEdge' },
    ],
    examples: [onlineConferenceExample],
    hasNote: true,
  },
  {
    table: 'online',
    row: 4,
    scenario: { deployment: 'online', callType: 'conference', organizer: 'online', location: 'customerNetwork' },
    signaling: [{ party: 'user', path: 'expressRoute' }],
    // Principles 2 and 5: Online conference media always goes through an Edge.
    media: [{ party: 'user', path: 'expressRoute', relay: 'onlineEdge' }],
    examples: [onlineConferenceExample],
    hasNote: false,
  },
  {
    table: 'online',
    row: 5,
    scenario: { deployment: 'online', callType: 'conference', organizer: 'online', location: 'internet' },
    signaling: [{ party: 'user', path: 'internet' }],
    media: [{ party: 'user', path: 'internet', relay: 'onlineEdge' }],
    examples: [onlineConferenceExample],
    hasNote: false,
  },
  {
    table: 'online',
    row: 6,
    scenario: { deployment: 'online', callType: 'conference', organizer: 'otherCompany', location: 'customerNetwork' },
    signaling: [{ party: 'user', path: 'internet' }],
    media: [{ party: 'user', path: 'internet' }],
    examples: [],
    hasNote: true,
  },
  {
    table: 'online',
    row: 7,
    scenario: { deployment: 'online', callType: 'pstn', location: 'customerNetwork' },
    signaling: [{ party: 'user', path: 'expressRoute' }],
    media: [{ party: 'user', path: 'expressRoute' }],
    examples: [onlineConferenceExample],
    hasNote: false,
  },
  {
    table: 'online',
    row: 8,
    scenario: { deployment: 'online', callType: 'pstn', location: 'internet' },
    signaling: [{ party: 'user', path: 'internet' }],
    media: [{ party: 'user', path: 'internet' }],
    examples: [],
    hasNote: true,
  },
  // Hybrid: at least some users homed on-premises.
  {
    table: 'hybrid',
    row: 1,
    scenario: {
      deployment: 'hybrid',
      callType: 'peerToPeer',
      homing: 'onPremises',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      peerHoming: 'onPremises',
    },
    assumes: 'allowsDirect',
    signaling: [
      { party: 'user', path: 'local' },
      { party: 'peer', path: 'local' },
    ],
    media: [
      { party: 'user', path: 'local', relay: 'none' },
      { party: 'peer', path: 'local', relay: 'none' },
    ],
    examples: [p2pExample],
    hasNote: true,
  },
  {
    table: 'hybrid',
    row: 2,
    scenario: {
      deployment: 'hybrid',
      callType: 'peerToPeer',
      homing: 'online',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      peerHoming: 'onPremises',
    },
    assumes: 'allowsDirect',
    // Only the Online-homed user's signaling goes to the cloud.
    signaling: [
      { party: 'user', path: 'expressRoute' },
      { party: 'peer', path: 'local' },
    ],
    media: [
      { party: 'user', path: 'local', relay: 'none' },
      { party: 'peer', path: 'local', relay: 'none' },
    ],
    examples: [p2pExample],
    hasNote: true,
    otherSide: {
      deployment: 'hybrid',
      callType: 'peerToPeer',
      homing: 'onPremises',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      peerHoming: 'online',
    },
  },
  {
    table: 'hybrid',
    row: 3,
    scenario: { deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'federated' },
    assumes: 'blocksDirect',
    signaling: [
      { party: 'user', path: 'local' },
      { party: 'peer', path: 'expressRoute' },
    ],
    // "Internet or ExpressRoute, depending on the Edge": the row's note assumes the Online Edge, hence ExpressRoute;
    // the on-premises Edge alternative must be shown alongside (checked in the test).
    media: [
      { party: 'user', path: 'expressRoute', relay: 'onlineEdge' },
      { party: 'peer', path: 'expressRoute', relay: 'onlineEdge' },
    ],
    examples: [onlineConferenceExample, onPremEdgeExample],
    hasNote: true,
  },
  {
    table: 'hybrid',
    row: 4,
    scenario: { deployment: 'hybrid', callType: 'conference', organizer: 'online', homing: 'onPremises', location: 'customerNetwork' },
    signaling: [{ party: 'user', path: 'expressRoute' }],
    media: [{ party: 'user', path: 'expressRoute', relay: 'onlineEdge' }],
    examples: [onlineConferenceExample],
    hasNote: true,
  },
  {
    table: 'hybrid',
    row: 5,
    scenario: { deployment: 'hybrid', callType: 'pstn', homing: 'onPremises', location: 'customerNetwork' },
    signaling: [{ party: 'user', path: 'local' }],
    media: [{ party: 'user', path: 'local' }],
    examples: [cceePstnExample],
    hasNote: true,
  },
  // Cloud Connector Edition: all users homed Online.
  {
    table: 'cloudConnector',
    row: 1,
    scenario: { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' },
    signaling: [{ party: 'user', path: 'local' }],
    media: [{ party: 'user', path: 'local' }],
    examples: [cceePstnExample],
    hasNote: false,
  },
  {
    table: 'cloudConnector',
    row: 2,
    scenario: { deployment: 'cloudConnector', callType: 'pstn', location: 'internet' },
    // Internet users connect through the Edge inside Cloud Connector.
    signaling: [{ party: 'user', path: 'internet', relay: 'cloudConnectorEdge' }],
    media: [{ party: 'user', path: 'internet', relay: 'cloudConnectorEdge' }],
    examples: [onPremEdgeExample, cceePstnExample],
    hasNote: true,
  },
];

/** One complete scenario a row states, with the paths the row gives for it. */
export interface StatedCase {
  name: string;
  row: ArticleRow;
  scenario: PartialScenario;
  signaling: ExpectedLeg[];
  media: ExpectedLeg[];
}

/**
 * Every scenario a row states directly: as written, from the other side where the article is symmetric, and each of
 * those with the firewall assumption the row makes said out loud.
 */
export function statedCases(row: ArticleRow): StatedCase[] {
  const label = `${row.table} row ${row.row}`;
  const sides: StatedCase[] = [{ name: label, row, scenario: row.scenario, signaling: row.signaling, media: row.media }];
  if (row.otherSide) {
    sides.push({
      name: `${label}, seen from the other party`,
      row,
      scenario: row.otherSide,
      signaling: seenByPeer(row.signaling),
      media: seenByPeer(row.media),
    });
  }
  const { assumes } = row;
  if (!assumes) return sides;
  return sides.flatMap((side) => [
    side,
    { ...side, name: `${side.name}, firewall ${assumes} stated`, scenario: { ...side.scenario, firewall: assumes } },
  ]);
}

export const ALL_STATED_CASES: readonly StatedCase[] = ARTICLE_ROWS.flatMap(statedCases);
