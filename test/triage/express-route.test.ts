// The assumption "ExpressRoute carries this traffic" (the article's "over ExpressRoute, if available"), over every
// complete scenario and each way it may not hold: every ExpressRoute hop of the traffic it affects that starts or
// ends in your network becomes an Internet hop, the route stays possible, nothing else changes, and an answer never
// assumes it away.
import {
  advise,
  completions,
  clientZones,
  crosses,
  EXPRESS_ROUTE_USES,
  bypassedTraffic,
  resolve,
  routeProblems,
  routesOf,
  withExpressRouteUse,
  type Leg,
  type Resolution,
} from '../../src/engine';

const FIREWALLS = [undefined, 'allowsDirect', 'blocksDirect'] as const;
const answers: Resolution[] = completions({}).flatMap((s) =>
  FIREWALLS.flatMap((firewall) => {
    const r = resolve(advise({ ...s, ...(firewall && { firewall }) }).scenario);
    return r ? [r] : [];
  }),
);

/** Whether a leg's route keeps an ExpressRoute hop that touches your network (your own circuit). */
function usesOurCircuit(leg: Leg, r: Resolution): boolean {
  const zones = clientZones(r.scenario);
  return routesOf(leg).some((choice) => {
    let here: string = leg.from;
    return choice.route.some((hop) => {
      const start = here;
      here = hop.to.startsWith('client.') ? zones[hop.to.slice(7) as keyof typeof zones] : serverArea(hop.to);
      return hop.over === 'expressRoute' && (start === 'yourNetwork' || here === 'yourNetwork');
    });
  });
}

const SERVERS_IN_YOUR_NETWORK = ['onPremFrontEnd', 'onPremConferencing', 'onPremPstnGateway', 'onPremEdge', 'cloudConnector', 'cloudConnectorEdge'];
const serverArea = (stop: string) => (SERVERS_IN_YOUR_NETWORK.includes(stop) ? 'yourNetwork' : stop === 'otherCompanyServer' ? 'otherCompanyNetwork' : 'microsoftNetwork');

describe('ExpressRoute carrying the traffic, as an assumption', () => {
  it('is what every answer assumes: "carries" changes nothing', () => {
    for (const r of answers) expect(withExpressRouteUse(r, 'carries')).toBe(r);
  });

  it.each(EXPRESS_ROUTE_USES.filter((u) => u !== 'carries'))('%s: the affected traffic leaves your network over the Internet, the rest is untouched', (use) => {
    const problems: string[] = [];
    let moved = 0;
    for (const r of answers) {
      const changed = withExpressRouteUse(r, use);
      const zones = clientZones(r.scenario);
      for (const traffic of ['signaling', 'media'] as const) {
        changed[traffic].forEach((leg, i) => {
          const before = r[traffic][i];
          const name = `${JSON.stringify(r.scenario)} ${traffic} ${leg.party}`;
          if (!bypassedTraffic(use).includes(traffic)) {
            if (leg !== before) problems.push(`${name}: changed although ${use} does not affect it`);
            return;
          }
          if (usesOurCircuit(leg, changed)) problems.push(`${name}: still crosses your ExpressRoute circuit`);
          for (const choice of routesOf(leg)) {
            problems.push(...routeProblems(leg.from, choice.route, zones).map((p) => `${name}: ${p}`));
            if (choice.path === 'expressRoute' && !crosses(choice, 'expressRoute')) problems.push(`${name}: says ExpressRoute, crosses none`);
          }
          if (usesOurCircuit(before, r)) {
            moved += 1;
            if (!routesOf(leg).some((c) => crosses(c, 'internet'))) problems.push(`${name}: moved off ExpressRoute but not onto the Internet`);
          }
          if (leg.to !== before.to || leg.party !== before.party) problems.push(`${name}: ends elsewhere`);
        });
      }
    }
    expect(problems).toEqual([]);
    expect(moved).toBeGreaterThan(20);
  });

  it('takes Cloud Connector PSTN signaling from your network over the Internet to the cloud and back through the Cloud Connector Edge', () => {
    const r = resolve({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' })!;
    const [signaling] = withExpressRouteUse(r, 'bypassedForSignaling').signaling;
    expect(signaling.route).toEqual([
      { over: 'internet', to: 'onlineFrontEnd' },
      { over: 'internet', to: 'cloudConnectorEdge' },
      { over: 'yourNetwork', to: 'cloudConnector' },
    ]);
    expect(withExpressRouteUse(r, 'bypassedForSignaling').media).toBe(r.media);
  });

  it('moves bk_Figure5\'s ExpressRoute leg from your on-premises Edge to the Internet', () => {
    const r = resolve({ deployment: 'hybrid', callType: 'conference', organizer: 'online', homing: 'onPremises', location: 'internet', firewall: 'blocksDirect' })!;
    const [media] = withExpressRouteUse(r, 'bypassed').media;
    expect(media.route).toEqual([
      { over: 'internet', to: 'onPremEdge' },
      { over: 'internet', to: 'onlineConferencing' },
    ]);
    expect(media.path).toBe('internet');
  });
});
