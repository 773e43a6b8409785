// How plausible a helpdesk finds each change, and what to check for it, grounded in the article: data, read by
// tiny functions. The first rule that fits a change applies (specific rules before general ones).
import { PRINCIPLES_ANCHOR } from '../facts';
import type { ExampleId, PrincipleNumber } from '../types';
import type { CheckId, Fact, Ground } from './types';

interface Rule {
  fact: Fact;
  /** The value the change sets (any when absent). */
  to?: string;
  /** The value it replaces (any when absent). */
  from?: string;
  /** 0..1: how often a helpdesk finds this is what was different. */
  weight: number;
  checks: readonly CheckId[];
  principles: readonly PrincipleNumber[];
  grounds: readonly Ground[];
}

const section = (s: Extract<Ground, { kind: 'section' }>['section']): Ground => ({ kind: 'section', section: s });
const example = (e: ExampleId): Ground => ({ kind: 'example', example: e });

export const RULES: readonly Rule[] = [
  // The most common surprise: the user was at home, on guest Wi-Fi, at a hotel or on a VPN that sends Microsoft 365
  // traffic straight out, while the ticket says where they usually work. Inside users cross ExpressRoute, outside
  // users the Internet (bk_Figure3).
  {
    fact: 'location',
    to: 'internet',
    weight: 0.9,
    checks: ['clientLocation'],
    principles: [],
    grounds: [example('onlineConference'), section('callFlowsWithExpressRoute')],
  },
  // Less often misreported the other way: a user on a VPN into your network or in an office the ticket does not name.
  {
    fact: 'location',
    to: 'customerNetwork',
    weight: 0.6,
    checks: ['clientInside'],
    principles: [],
    grounds: [example('onlineConference'), section('callFlowsWithExpressRoute')],
  },
  // The article's own caveat, "over ExpressRoute (if available)": routes not advertised to the client's network or a
  // proxy sending the traffic out put it on the Internet. Common, and the first thing a network team checks.
  {
    fact: 'expressRoute',
    to: 'bypassed',
    weight: 0.85,
    checks: ['routesAdvertised', 'proxy', 'asymmetricRouting'],
    principles: [],
    grounds: [section('typesOfTraffic'), section('callFlowOverview')],
  },
  // Signaling is HTTP/HTTPS/TLS traffic (the article's "types of traffic"), the kind a proxy handles: a proxy that
  // sends it out while media still takes ExpressRoute is a usual split.
  {
    fact: 'expressRoute',
    to: 'bypassedForSignaling',
    weight: 0.6,
    checks: ['proxy', 'routesAdvertised', 'asymmetricRouting'],
    principles: [],
    grounds: [section('typesOfTraffic'), section('callFlowOverview')],
  },
  // Media alone leaving over the Internet needs routes that differ for the media's destinations: possible, rarer.
  {
    fact: 'expressRoute',
    to: 'bypassedForMedia',
    weight: 0.5,
    checks: ['routesAdvertised', 'asymmetricRouting'],
    principles: [],
    grounds: [section('typesOfTraffic'), section('callFlowOverview')],
  },
  // Firewalls between clients are often stricter than the article's recommended setup (UDP blocked between sites):
  // then an Edge relays what would go direct (principle 3; bk_Figure5 for a meeting joined from outside).
  {
    fact: 'firewall',
    to: 'blocksDirect',
    weight: 0.6,
    checks: ['firewallBlocks'],
    principles: [3, 5],
    grounds: [section('principles'), example('onPremEdge')],
  },
  // A direct path the tables assume blocked can be open (rules opened for a partner or for home users): less common.
  {
    fact: 'firewall',
    to: 'allowsDirect',
    weight: 0.45,
    checks: ['firewallAllows'],
    principles: [3],
    grounds: [section('principles'), example('p2p')],
  },
  // Tickets say "our meeting"; who scheduled it (another department's Online user, a partner) is often not checked.
  {
    fact: 'organizer',
    weight: 0.5,
    checks: ['organizer'],
    principles: [1, 2],
    grounds: [section('principles'), example('onlineConference')],
  },
  // Where the other party was is second-hand in most tickets: as likely wrong as the user's own location.
  {
    fact: 'peer',
    from: 'federated',
    weight: 0.2,
    checks: ['peerLocation'],
    principles: [3, 4],
    grounds: [section('principles'), example('p2p')],
  },
  // Whether the other party works for another company is rarely mistaken.
  {
    fact: 'peer',
    to: 'federated',
    weight: 0.2,
    checks: ['peerLocation'],
    principles: [3, 4],
    grounds: [section('principles'), example('p2p')],
  },
  {
    fact: 'peer',
    weight: 0.7,
    checks: ['peerLocation'],
    principles: [3, 4],
    grounds: [section('principles'), example('p2p')],
  },
  // Homing is in the admin center; a user moved between a pool and Online (or not yet moved) is a real but rarer cause.
  {
    fact: 'homing',
    weight: 0.4,
    checks: ['homing'],
    principles: [4],
    grounds: [section('principles')],
  },
  {
    fact: 'peerHoming',
    weight: 0.4,
    checks: ['peerHoming'],
    principles: [4],
    grounds: [section('principles')],
  },
  // The deployment is the admin's own; only worth checking when nothing closer explains what was seen.
  {
    fact: 'deployment',
    weight: 0.15,
    checks: ['deployment'],
    principles: [],
    grounds: [section('callFlowsWithExpressRoute')],
  },
];

/** The rule for a change of one fact. */
export function ruleFor(fact: Fact, from: string | undefined, to: string): Rule {
  const rule = RULES.find((r) => r.fact === fact && (r.to === undefined || r.to === to) && (r.from === undefined || r.from === from));
  if (!rule) throw new Error(`No triage rule for ${fact}: ${String(from)} -> ${to}`);
  return rule;
}

/** What an explanation rests on when the article's own example flow gives what was seen (the documented contradiction). */
export const DOCUMENTED = { plausibility: 1, checks: ['documentedExample'] as CheckId[] };

/**
 * The article's headings the checks rest on, as Microsoft Learn anchors them (checked against the article's source,
 * MicrosoftDocs/OfficeDocs-SkypeForBusiness, Skype/SfbOnline/optimizing-your-network/call-flow-using-expressroute.md):
 * "Call flow overview" (the recommended setup, asymmetric routing), "Types of traffic" (URLs routable over
 * ExpressRoute are also routable over the Internet; client location, proxies and firewalls decide), the principles,
 * and "Skype for Business call flows with ExpressRoute" (which traffic crosses ExpressRoute).
 */
export const SECTION_ANCHORS: Readonly<Record<Extract<Ground, { kind: 'section' }>['section'], string>> = {
  callFlowOverview: 'call-flow-overview',
  typesOfTraffic: 'types-of-traffic',
  principles: PRINCIPLES_ANCHOR,
  callFlowsWithExpressRoute: 'skype-for-business-call-flows-with-expressroute',
};
