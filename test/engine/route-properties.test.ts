// Properties every route has, over every complete scenario (each firewall case too): it starts at the party's
// client, each area it crosses touches the next, it ends where the principles send that traffic, and the areas it
// crosses contain its summary word. Expectations are written here from the principles (KNOWLEDGE.md), not from the
// engine's tables.
import {
  advise,
  completions,
  resolve,
  type Area,
  type Firewall,
  type Leg,
  type PartialScenario,
  type PartyId,
  type PathKind,
  type Resolution,
  type RouteChoice,
  type Stop,
  type TrafficType,
} from '../../src/engine';

const FIREWALLS: (Firewall | undefined)[] = [undefined, 'allowsDirect', 'blocksDirect'];

/** Each distinct complete scenario once (a firewall said about a call without a direct path is dropped). */
const answers: { name: string; s: PartialScenario; r: Resolution }[] = [
  ...new Map(
    completions({}).flatMap((complete) =>
      FIREWALLS.flatMap((firewall) => {
        const s = advise({ ...complete, ...(firewall && { firewall }) }).scenario;
        const r = resolve(s);
        return r ? [[JSON.stringify(s), { name: JSON.stringify(s), s, r }] as const] : [];
      }),
    ),
  ).values(),
];

interface Case {
  name: string;
  s: PartialScenario;
  traffic: TrafficType;
  leg: Leg;
  route: RouteChoice;
}

const cases: Case[] = answers.flatMap(({ name, s, r }) =>
  (['signaling', 'media'] as const).flatMap((traffic) =>
    r[traffic].flatMap((leg) =>
      [leg, ...(leg.alternatives?.routes ?? [])].map((route, i) => ({ name: `${name} ${traffic} ${leg.party}#${i}`, s, traffic, leg, route })),
    ),
  ),
);

/** Where each party's client is (the user's location, the other party's place; attendees watch from the Internet). */
function clientArea(party: PartyId, s: PartialScenario): Area {
  if (party === 'attendees') return 'internet';
  const place = party === 'user' ? s.location : s.peer;
  return place === 'internet' ? 'internet' : place === 'federated' ? 'federatedNetwork' : 'yourNetwork';
}

/** The four segments and another organization's network, and which of them touch (the article's figures). */
const BORDERS = new Set([
  'yourNetwork|internet',
  'yourNetwork|expressRoute',
  'expressRoute|microsoftNetwork',
  'internet|microsoftNetwork',
  'internet|federatedNetwork',
  'internet|otherCompanyNetwork',
  'federatedNetwork|expressRoute',
]);
const touch = (a: string, b: string) => BORDERS.has(`${a}|${b}`) || BORDERS.has(`${b}|${a}`);

function homedOnline(party: PartyId, s: PartialScenario): boolean {
  return (party === 'user' ? s.homing : s.peerHoming) !== 'onPremises';
}

/** Where the principles (and, where they are silent, the tables) send a party's traffic. */
function principlesEnd(s: PartialScenario, traffic: TrafficType, party: PartyId): Stop {
  if (party === 'attendees') return 'broadcastService';
  const other = party === 'user' ? 'peer' : 'user';
  switch (s.callType) {
    case 'peerToPeer':
      // 3: media to the other client; 4: signaling to where the user is homed.
      if (traffic === 'media') return `client.${other}`;
      return homedOnline(party, s) ? 'onlineFrontEnd' : 'onPremFrontEnd';
    case 'conference':
      // 1 and 2: media to where the organizer is homed; signaling there for an Online conference (the tables), to
      // the user's home (4) for one hosted on-premises or for an on-premises user joining an Online one from the
      // Internet (no row states it), to the other company's server for one of theirs.
      if (s.organizer === 'otherCompany') return 'otherCompanyServer';
      if (s.organizer === 'onPremises') return traffic === 'media' ? 'onPremConferencing' : homedOnline(party, s) ? 'onlineFrontEnd' : 'onPremFrontEnd';
      return traffic === 'signaling' && !homedOnline(party, s) && s.location === 'internet' ? 'onPremFrontEnd' : 'onlineConferencing';
    case 'broadcast':
      // The inner meeting is an Online conference.
      return principlesEnd({ ...s, callType: 'conference', organizer: 'online' }, traffic, party);
    case 'pstn':
      if (s.deployment === 'cloudConnector') return 'cloudConnector';
      return homedOnline(party, s) ? 'phoneSystem' : 'onPremPstnGateway';
    default:
      throw new Error(`no call type in ${JSON.stringify(s)}`);
  }
}

const SEGMENT_OF: Record<PathKind, Area> = { local: 'yourNetwork', expressRoute: 'expressRoute', internet: 'internet' };

const expectNone = (problems: string[]) => expect(problems.slice(0, 20)).toEqual([]);

describe('every route of every complete scenario', () => {
  it('covers every scenario, with routes of several hops and alternatives among them', () => {
    expect(answers.length).toBeGreaterThan(100);
    expect(cases.some((c) => c.route.route.length > 1)).toBe(true);
    expect(cases.some((c) => c.route !== c.leg)).toBe(true);
  });

  it("starts at the party's client", () => {
    expectNone(cases.filter((c) => c.leg.from !== clientArea(c.leg.party, c.s) || c.route.areas[0] !== c.leg.from).map((c) => c.name));
  });

  it('crosses only areas that touch, one after the other, and the segment of every hop', () => {
    expectNone(
      cases.flatMap((c) => {
        const areas = c.route.areas;
        const gaps = areas.slice(1).filter((area, i) => !touch(areas[i], area)).map((area, i) => `${c.name}: ${areas[i]} > ${area}`);
        const hopsOk = c.route.route.every((hop) => areas.includes(hop.over));
        return hopsOk ? gaps : [...gaps, `${c.name}: a hop's segment is not crossed`];
      }),
    );
  });

  it('ends at the server or client the principles name', () => {
    expectNone(
      cases.flatMap((c) => {
        const last = c.route.route[c.route.route.length - 1].to;
        const expected = principlesEnd(c.s, c.traffic, c.leg.party);
        return last === expected ? [] : [`${c.name}: ends at ${last}, principles say ${expected}`];
      }),
    );
  });

  it('passes through the relaying Edge it names', () => {
    expectNone(cases.filter((c) => c.route.via !== undefined && !c.route.route.some((hop) => hop.to === c.route.via)).map((c) => c.name));
  });

  it('crosses the segment its summary word names', () => {
    expectNone(cases.filter((c) => !c.route.areas.includes(SEGMENT_OF[c.route.path])).map((c) => c.name));
  });

  it('stays in your network exactly when its word is "local", except where the article disagrees with itself', () => {
    const misfits = cases.filter((c) => (c.route.path === 'local') !== c.route.areas.every((area) => area === 'yourNetwork'));
    // Cloud Connector row 1: the table says local, the cceePstn example sends signaling over ExpressRoute and back.
    expect(misfits.map((c) => [c.s, c.traffic, c.leg.party])).toEqual([
      [{ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' }, 'signaling', 'user'],
    ]);
  });

  it('offers an alternative only where ICE can pick between an Online and an on-premises Edge', () => {
    const withAlternatives = cases.filter((c) => c.leg.alternatives !== undefined && c.route === c.leg);
    expect(withAlternatives.length).toBeGreaterThan(0);
    expectNone(
      withAlternatives.flatMap((c) => {
        const vias = [c.leg.via, ...(c.leg.alternatives?.routes.map((x) => x.via) ?? [])];
        const both = vias.includes('onlineEdge') && vias.includes('onPremEdge');
        return both && c.leg.alternatives?.dependsOn === 'edgeChoice' && c.traffic === 'media' && c.s.deployment === 'hybrid' ? [] : [c.name];
      }),
    );
  });
});
