// triage() as the issue states it must behave: the examples it names, observations equal to the expectation, facts
// missing (a question that separates the outcomes, or the scenarios that fit when the asker cannot tell), and
// observations about a party the call does not have.
import { completions, resolve, triage, type Observation, type PartialScenario, type Triage } from '../../src/engine';

const ONLINE_PSTN_INSIDE: PartialScenario = { deployment: 'online', callType: 'pstn', location: 'customerNetwork' };
const CCE_PSTN_INSIDE: PartialScenario = { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' };
const media = (path: Observation['path'], extra: Partial<Observation> = {}): Observation => ({ traffic: 'media', party: 'user', path, ...extra });
const signaling = (path: Observation['path'], extra: Partial<Observation> = {}): Observation => ({ traffic: 'signaling', party: 'user', path, ...extra });

function compared(t: Triage): Extract<Triage, { kind: 'compared' }> {
  if (t.kind !== 'compared') throw new Error(`expected a comparison, got ${t.kind}`);
  return t;
}

describe('the issue\'s examples', () => {
  it('Online PSTN from your network with media on the Internet: the client not on your network and ExpressRoute not carrying it lead', () => {
    const t = compared(triage(ONLINE_PSTN_INSIDE, [media('internet')]));
    expect(t.matches).toBe(false);
    expect(t.differences.map((d) => [d.observation.traffic, d.expected.path])).toEqual([['media', 'expressRoute']]);
    const top = t.explanations.slice(0, 2).map((e) => e.changes);
    expect(top).toEqual(expect.arrayContaining([{ location: 'internet' }, { expressRoute: 'bypassed' }]));
    // None that cannot give what was seen: each one's own answer puts the user's media on the Internet.
    for (const e of t.explanations) expect(e.resolution.media[0].areas).toContain('internet');
    expect(t.explanations.map((e) => e.changes)).not.toContainEqual({ expressRoute: 'bypassedForSignaling' });
  });

  it('Cloud Connector PSTN from your network with signaling over ExpressRoute: the article\'s own example flow, not a fault', () => {
    const t = compared(triage(CCE_PSTN_INSIDE, [signaling('expressRoute')]));
    expect(t.matches).toBe(false);
    expect(t.differences[0].expected.path).toBe('local');
    expect(t.explanations).toHaveLength(1);
    expect(t.explanations[0]).toMatchObject({ changes: {}, documented: 'cceePstn', checks: ['documentedExample'] });
  });

  it('an observation equal to the expectation matches and has no explanations', () => {
    for (const [scenario, observations] of [
      [ONLINE_PSTN_INSIDE, [media('expressRoute'), signaling('expressRoute')]],
      [CCE_PSTN_INSIDE, [signaling('local'), media('local')]],
      [{ deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'federated' }, [media('internet', { edge: 'onPremEdge' })]],
      [{ deployment: 'hybrid', callType: 'conference', organizer: 'online', homing: 'onPremises', location: 'internet', firewall: 'blocksDirect' }, [media('expressRoute', { edge: true })]],
    ] as [PartialScenario, Observation[]][]) {
      const t = compared(triage(scenario, observations));
      expect([scenario, t.matches, t.differences, t.explanations]).toEqual([scenario, true, [], []]);
    }
  });
});

describe('observations compared as routes', () => {
  it('an Internet leg matches the on-premises Edge fallback, which also crosses ExpressRoute; "not over ExpressRoute" does not', () => {
    const fallback: PartialScenario = { deployment: 'hybrid', callType: 'conference', organizer: 'online', homing: 'onPremises', location: 'internet', firewall: 'blocksDirect' };
    expect(compared(triage(fallback, [media('internet')])).matches).toBe(true);
    expect(compared(triage(fallback, [media('internet', { notPaths: ['expressRoute'] })])).matches).toBe(false);
  });

  it('the Online Edge\'s leg on to the other client is the other party\'s: from your network a relayed call is ExpressRoute, not the Internet', () => {
    const call: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' };
    expect(compared(triage(call, [media('expressRoute', { edge: 'onlineEdge' })])).matches).toBe(true);
    const direct = compared(triage(call, [media('internet', { notPaths: ['expressRoute'] })]));
    expect(direct.matches).toBe(false);
    expect(direct.explanations.map((e) => e.changes)).toEqual(expect.arrayContaining([{ firewall: 'allowsDirect' }, { expressRoute: 'bypassed' }]));
  });

  it('an Edge named, or none seen, narrows the explanations', () => {
    const call: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' };
    const noEdge = compared(triage(call, [{ traffic: 'media', party: 'peer', path: 'internet', edge: false }]));
    // Direct between the clients: the firewall open, or the manager not in the office after all; never a relay.
    expect(noEdge.explanations.map((e) => e.changes)).toEqual(expect.arrayContaining([{ firewall: 'allowsDirect' }, { peer: 'internet' }]));
    for (const e of noEdge.explanations) expect(e.resolution.media.every((leg) => leg.via === undefined)).toBe(true);
  });

  it('signaling on the Internet while media stays on ExpressRoute is explained only by signaling bypassing it (a proxy)', () => {
    const t = compared(triage(ONLINE_PSTN_INSIDE, [signaling('internet'), media('expressRoute')]));
    expect(t.explanations.map((e) => e.changes)).toEqual([{ expressRoute: 'bypassedForSignaling' }]);
    expect(t.explanations[0].checks).toContain('proxy');
  });

  it('nothing the search may change gives a broadcast stream over ExpressRoute: differences, no explanation', () => {
    const t = compared(triage({ callType: 'broadcast', location: 'customerNetwork', deployment: 'online' }, [{ traffic: 'media', party: 'attendees', path: 'expressRoute' }]));
    expect([t.matches, t.explanations]).toEqual([false, []]);
  });

  it('two changes when one is not enough, ranked by plausibility', () => {
    // Two users homed on-premises at their desks: their media goes direct. Relayed by an Online Edge over ExpressRoute
    // needs a blocked direct path and someone homed Online (only an Online-homed client offers an Online Edge).
    const t = compared(
      triage({ deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', peerHoming: 'onPremises', location: 'customerNetwork', peer: 'customerNetwork' }, [
        media('expressRoute', { edge: 'onlineEdge' }),
      ]),
    );
    expect(t.explanations.length).toBeGreaterThan(1);
    for (const e of t.explanations) expect(Object.keys(e.changes)).toHaveLength(2);
    expect(t.explanations.map((e) => e.changes)).toContainEqual({ firewall: 'blocksDirect', homing: 'online' });
    const plausibility = t.explanations.map((e) => e.plausibility);
    expect(plausibility).toEqual([...plausibility].sort((a, b) => b - a));
  });
});

describe('facts missing', () => {
  it('asks only what separates the outcomes: where the client was, not the deployment it cannot change', () => {
    const t = triage({ deployment: 'online', callType: 'pstn' }, [media('internet')]);
    expect(t.kind).toBe('question');
    if (t.kind !== 'question') return;
    expect(t.missing).toEqual(['location']);
    expect(t.consistent).toEqual([{ deployment: 'online', callType: 'pstn', location: 'internet' }]);
  });

  it('does not ask a fact that cannot change the comparison, and answers with it assumed', () => {
    // A meeting joined from home: whoever organized it, media crosses the Internet (an Online-homed user's may also
    // take ExpressRoute from an Online Edge into your datacenter, which is why the answer itself asks).
    const t = compared(triage({ callType: 'conference', location: 'internet' }, [media('internet')]));
    expect(t.matches).toBe(true);
    expect(t.expected.assumed).toEqual(expect.arrayContaining(['deployment', 'organizer']));
    expect(resolve({ callType: 'conference', location: 'internet' })).toBeNull();
  });

  it('lists the scenarios that fit when the asker cannot tell the facts that separate them', () => {
    const t = triage({ deployment: 'online', callType: 'pstn' }, [media('internet')], { unknown: ['location'] });
    expect(t.kind).toBe('undetermined');
    if (t.kind === 'undetermined') expect(t.consistent).toEqual([{ deployment: 'online', callType: 'pstn', location: 'internet' }]);
  });

  it('with nothing known, asks the most informative question among every complete scenario', () => {
    const t = triage({}, [media('internet')]);
    expect(t.kind).toBe('question');
    if (t.kind !== 'question') return;
    expect(t.missing.length).toBeGreaterThan(0);
    const fitting = completions({}).filter((s) => compared(triage(s, [media('internet')])).matches);
    expect(t.consistent).toHaveLength(fitting.length);
  });

  it('an observation of the other party makes it a call with one; of a party no call has, it is ignored', () => {
    const peer = triage({ deployment: 'online', location: 'customerNetwork' }, [{ traffic: 'media', party: 'peer', path: 'internet' }]);
    expect(peer.kind).not.toBe('undetermined');
    expect(peer.ignored).toEqual([]);
    const conference = triage({ deployment: 'online', callType: 'conference', organizer: 'online', location: 'customerNetwork' }, [
      { traffic: 'media', party: 'peer', path: 'internet' },
      media('expressRoute'),
    ]);
    expect(conference.ignored).toEqual([{ traffic: 'media', party: 'peer', path: 'internet' }]);
    expect(compared(conference).matches).toBe(true);
  });
});
