// Every example flow of the article, hop by hop: the segments each party's traffic crosses and the boxes it reaches,
// written out here from the specification (KNOWLEDGE.md, "Example flows"), not from the engine's data, and checked
// from both sides where the article's flow is symmetric.
import { resolve, type Hop, type Leg, type PartialScenario, type PartyId, type Resolution } from '../../src/engine';

/** A route as the article tells it: the segment crossed, then the box reached; `areas` are every area crossed in order. */
interface ExpectedRoute {
  hops: Hop[];
  areas: string[];
}

function answer(s: PartialScenario): Resolution {
  const r = resolve(s);
  if (!r) throw new Error(`no answer for ${JSON.stringify(s)}`);
  return r;
}

const legOf = (legs: readonly Leg[], party: PartyId): Leg => {
  const found = legs.find((l) => l.party === party);
  if (!found) throw new Error(`no leg for ${party}`);
  return found;
};

const routeOf = (leg: Pick<Leg, 'route' | 'areas'>): ExpectedRoute => ({ hops: [...leg.route], areas: [...leg.areas] });

/** The other party's view of a peer-to-peer call. */
function swapped(s: PartialScenario): PartialScenario {
  return { ...s, location: s.peer as PartialScenario['location'], peer: s.location, homing: s.peerHoming, peerHoming: s.homing };
}

describe('p2p (bk_Figure2): two Online users on the same WAN', () => {
  const s: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };
  const r = answer(s);

  it.each(['user', 'peer'] as const)("%s: signaling crosses ExpressRoute to the Online servers the user is homed on", (party) => {
    expect(routeOf(legOf(r.signaling, party))).toEqual({
      hops: [{ over: 'expressRoute', to: 'onlineFrontEnd' }],
      areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork'],
    });
  });

  it('media flows directly between the clients, inside your network, both ways', () => {
    expect(routeOf(legOf(r.media, 'user'))).toEqual({ hops: [{ over: 'yourNetwork', to: 'client.peer' }], areas: ['yourNetwork'] });
    expect(routeOf(legOf(r.media, 'peer'))).toEqual({ hops: [{ over: 'yourNetwork', to: 'client.user' }], areas: ['yourNetwork'] });
  });
});

describe("p2p (bk_Figure2) in a Hybrid deployment: each user's signaling goes where that user is homed", () => {
  const s: PartialScenario = {
    deployment: 'hybrid',
    callType: 'peerToPeer',
    homing: 'online',
    location: 'customerNetwork',
    peer: 'customerNetwork',
    peerHoming: 'onPremises',
  };

  it.each([
    ['the Online-homed user asks', s, 'user', 'peer'],
    ['the on-premises user asks', swapped(s), 'peer', 'user'],
  ] as const)('%s', (_name, scenario, online, onPremises) => {
    const r = answer(scenario);
    expect(routeOf(legOf(r.signaling, online))).toEqual({
      hops: [{ over: 'expressRoute', to: 'onlineFrontEnd' }],
      areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork'],
    });
    expect(routeOf(legOf(r.signaling, onPremises))).toEqual({ hops: [{ over: 'yourNetwork', to: 'onPremFrontEnd' }], areas: ['yourNetwork'] });
    expect(routeOf(legOf(r.media, online))).toEqual({ hops: [{ over: 'yourNetwork', to: `client.${onPremises}` }], areas: ['yourNetwork'] });
  });
});

describe('a peer-to-peer call between your network and the Internet (Online row 2, the p2p example): an Online Edge relays', () => {
  const s: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' };
  // "Internal user: ExpressRoute; external user: Internet to the Online Edge"; the Edge relays on to the other client.
  const inside: ExpectedRoute = {
    hops: [
      { over: 'expressRoute', to: 'onlineEdge' },
      { over: 'internet', to: 'client.peer' },
    ],
    areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork', 'internet'],
  };
  const outside: ExpectedRoute = {
    hops: [
      { over: 'internet', to: 'onlineEdge' },
      { over: 'expressRoute', to: 'client.user' },
    ],
    areas: ['internet', 'microsoftNetwork', 'expressRoute', 'yourNetwork'],
  };
  const other = (route: ExpectedRoute, party: PartyId): ExpectedRoute => ({
    ...route,
    hops: route.hops.map((hop) => (hop.to.startsWith('client.') ? ({ ...hop, to: `client.${party}` } as Hop) : hop)),
  });

  it('from the inside user: ExpressRoute to the Online Edge, then the Internet to the outside client', () => {
    const r = answer(s);
    expect(routeOf(legOf(r.media, 'user'))).toEqual(inside);
    expect(routeOf(legOf(r.media, 'peer'))).toEqual(outside);
  });

  it('the same from the outside user', () => {
    const r = answer(swapped(s));
    expect(routeOf(legOf(r.media, 'peer'))).toEqual(other(inside, 'user'));
    expect(routeOf(legOf(r.media, 'user'))).toEqual(other(outside, 'peer'));
  });
});

describe('onlineConference (bk_Figure3): joining an Online conference', () => {
  const s: PartialScenario = { deployment: 'online', callType: 'conference', organizer: 'online' };

  it('from your network: signaling and media over ExpressRoute, media through the Online Edge', () => {
    const r = answer({ ...s, location: 'customerNetwork' });
    expect(routeOf(legOf(r.signaling, 'user'))).toEqual({
      hops: [{ over: 'expressRoute', to: 'onlineConferencing' }],
      areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork'],
    });
    expect(routeOf(legOf(r.media, 'user'))).toEqual({
      hops: [
        { over: 'expressRoute', to: 'onlineEdge' },
        { over: 'microsoftNetwork', to: 'onlineConferencing' },
      ],
      areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork'],
    });
  });

  it('from a coffee shop or hotel: straight over the Internet', () => {
    const r = answer({ ...s, location: 'internet' });
    expect(routeOf(legOf(r.signaling, 'user'))).toEqual({
      hops: [{ over: 'internet', to: 'onlineConferencing' }],
      areas: ['internet', 'microsoftNetwork'],
    });
    expect(routeOf(legOf(r.media, 'user'))).toEqual({
      hops: [
        { over: 'internet', to: 'onlineEdge' },
        { over: 'microsoftNetwork', to: 'onlineConferencing' },
      ],
      areas: ['internet', 'microsoftNetwork'],
    });
  });
});

describe('hybridConference: a conference hosted by an on-premises user', () => {
  const s: PartialScenario = { deployment: 'hybrid', callType: 'conference', organizer: 'onPremises' };

  it('inside users send media directly to your conferencing server; ExpressRoute carries only the Online user\'s signaling', () => {
    const online = answer({ ...s, homing: 'online', location: 'customerNetwork' });
    expect(routeOf(legOf(online.media, 'user'))).toEqual({ hops: [{ over: 'yourNetwork', to: 'onPremConferencing' }], areas: ['yourNetwork'] });
    expect(routeOf(legOf(online.signaling, 'user'))).toEqual({
      hops: [{ over: 'expressRoute', to: 'onlineFrontEnd' }],
      areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork'],
    });
    const onPremises = answer({ ...s, homing: 'onPremises', location: 'customerNetwork' });
    expect(routeOf(legOf(onPremises.signaling, 'user'))).toEqual({ hops: [{ over: 'yourNetwork', to: 'onPremFrontEnd' }], areas: ['yourNetwork'] });
  });

  it('an Online user from the Internet: through your on-premises Edge, or, if an Online Edge is used, over ExpressRoute', () => {
    const media = legOf(answer({ ...s, homing: 'online', location: 'internet' }).media, 'user');
    expect(routeOf(media)).toEqual({
      hops: [
        { over: 'internet', to: 'onPremEdge' },
        { over: 'yourNetwork', to: 'onPremConferencing' },
      ],
      areas: ['internet', 'yourNetwork'],
    });
    expect(media.alternatives?.dependsOn).toBe('edgeChoice');
    expect(media.alternatives?.routes.map(routeOf)).toEqual([
      {
        hops: [
          { over: 'internet', to: 'onlineEdge' },
          { over: 'expressRoute', to: 'onPremConferencing' },
        ],
        areas: ['internet', 'microsoftNetwork', 'expressRoute', 'yourNetwork'],
      },
    ]);
  });
});

describe('onPremEdge (bk_Figure5): a Hybrid on-premises user on the Internet joins an Online conference', () => {
  const s: PartialScenario = { deployment: 'hybrid', callType: 'conference', organizer: 'online', homing: 'onPremises', location: 'internet' };

  it('normally goes straight over the Internet to the Online Edge', () => {
    expect(routeOf(legOf(answer(s).media, 'user'))).toEqual({
      hops: [
        { over: 'internet', to: 'onlineEdge' },
        { over: 'microsoftNetwork', to: 'onlineConferencing' },
      ],
      areas: ['internet', 'microsoftNetwork'],
    });
  });

  it('when a firewall blocks that: the Internet to your on-premises Edge, back into your network, then ExpressRoute', () => {
    const media = legOf(answer({ ...s, firewall: 'blocksDirect' }).media, 'user');
    expect(routeOf(media)).toEqual({
      hops: [
        { over: 'internet', to: 'onPremEdge' },
        { over: 'expressRoute', to: 'onlineConferencing' },
      ],
      areas: ['internet', 'yourNetwork', 'expressRoute', 'microsoftNetwork'],
    });
    expect(media.areas).toContain('internet');
    expect(media.areas).toContain('expressRoute');
  });
});

describe('cceePstn (bk_Figure6): a PSTN call through Cloud Connector from your network', () => {
  const r = answer({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' });

  it('signaling goes to the cloud over ExpressRoute, turns around and ends at the Cloud Connector', () => {
    expect(routeOf(legOf(r.signaling, 'user'))).toEqual({
      hops: [
        { over: 'expressRoute', to: 'onlineFrontEnd' },
        { over: 'expressRoute', to: 'cloudConnector' },
      ],
      areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork', 'expressRoute', 'yourNetwork'],
    });
  });

  it('media stays in your WAN', () => {
    expect(routeOf(legOf(r.media, 'user'))).toEqual({ hops: [{ over: 'yourNetwork', to: 'cloudConnector' }], areas: ['yourNetwork'] });
  });

  it("keeps the table's word (local) beside the example's route", () => {
    expect(legOf(r.signaling, 'user').path).toBe('local');
  });
});

describe('broadcast (bk_Figure6, second use): presenters on your network', () => {
  const r = answer({ deployment: 'online', callType: 'broadcast', location: 'customerNetwork' });

  it('the inner meeting is an Online conference joined from your network', () => {
    expect(routeOf(legOf(r.media, 'user'))).toEqual({
      hops: [
        { over: 'expressRoute', to: 'onlineEdge' },
        { over: 'microsoftNetwork', to: 'onlineConferencing' },
      ],
      areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork'],
    });
  });

  it('the stream reaches the attendees over the Internet (optionally a CDN), never ExpressRoute', () => {
    for (const legs of [r.signaling, r.media]) {
      expect(routeOf(legOf(legs, 'attendees'))).toEqual({ hops: [{ over: 'internet', to: 'broadcastService' }], areas: ['internet'] });
    }
  });
});

describe('Hybrid row 3 (with bk_Figure3 and part of bk_Figure5): "Internet or ExpressRoute", ICE picks the Edge', () => {
  const s: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'federated' };
  const r = answer(s);

  it("the user's media: over ExpressRoute to the Online Edge, or through your on-premises Edge over the Internet", () => {
    const media = legOf(r.media, 'user');
    expect([media.path, ...(media.alternatives?.routes.map((x) => x.path) ?? [])]).toEqual(['expressRoute', 'internet']);
    expect(routeOf(media)).toEqual({
      hops: [
        { over: 'expressRoute', to: 'onlineEdge' },
        { over: 'expressRoute', to: 'client.peer' },
      ],
      areas: ['yourNetwork', 'expressRoute', 'microsoftNetwork', 'expressRoute', 'federatedNetwork'],
    });
    expect(media.alternatives?.routes.map(routeOf)).toEqual([
      {
        hops: [
          { over: 'yourNetwork', to: 'onPremEdge' },
          { over: 'internet', to: 'client.peer' },
        ],
        areas: ['yourNetwork', 'internet', 'federatedNetwork'],
      },
    ]);
    expect(media.alternatives?.dependsOn).toBe('edgeChoice');
  });

  it("the federated user's media takes the same two routes the other way", () => {
    const media = legOf(r.media, 'peer');
    expect(routeOf(media).areas).toEqual(['federatedNetwork', 'expressRoute', 'microsoftNetwork', 'expressRoute', 'yourNetwork']);
    expect(media.alternatives?.routes.map(routeOf)).toEqual([
      {
        hops: [
          { over: 'internet', to: 'onPremEdge' },
          { over: 'yourNetwork', to: 'client.user' },
        ],
        areas: ['federatedNetwork', 'internet', 'yourNetwork'],
      },
    ]);
  });
});
