// The triage's diagram: the article's routes as in every answer diagram, and the observed routes over them in their
// own colour, keyed and in the legend, drawn through the areas they cross; and the diagram's address, which names
// the scenario and what was observed, one address per triage, tampered keys not found; a triage of a call only partly
// known is addressed by the call it compared with, and the route draws the same picture from it.
import { isTriageDiagramKey, triageDiagramKey, triageFromDiagramKey } from '../../src/cards';
import { diagramForTriage, renderTriageSvg } from '../../src/diagram';
import { OBSERVED_COLOR } from '../../src/diagram/catalog';
import { textWidth } from '../../src/diagram/text';
import { clientZones, completions, EDGE_CODES, isConsistent, normalize, OBSERVED_PARTIES, TRAFFIC_TYPES, triage, type Observation, type PartialScenario, type PathKind, type Triage } from '../../src/engine';
import { scenarioKey } from '../../src/engine/domain';
import { routeText } from '../../src/present';
import { t, type Locale } from '../../src/i18n';
import { areasCrossed, readDiagram } from '../diagram/svg-reading';
import { slotSpace } from '../support/slotSpace';

type Compared = Extract<Triage, { kind: 'compared' }>;
const compared = (s: PartialScenario, observed: Observation[]): Compared => {
  const result = triage(s, observed);
  if (result.kind !== 'compared') throw new Error(result.kind);
  return result;
};

const ONLINE_PSTN_INSIDE: PartialScenario = { deployment: 'online', callType: 'pstn', location: 'customerNetwork' };

describe.each<Locale>(['en', 'zh-TW'])('the triage diagram in %s', (locale) => {
  it('draws the observed route over the article\'s, in its own colour, keyed and in the legend', () => {
    const result = compared(ONLINE_PSTN_INSIDE, [{ traffic: 'media', party: 'user', path: 'internet' }]);
    const drawn = readDiagram(renderTriageSvg(result, locale));
    const observed = drawn.legs.filter((l) => l.stroke === OBSERVED_COLOR);
    const article = drawn.legs.filter((l) => l.stroke !== OBSERVED_COLOR);
    expect(article).toHaveLength(2);
    expect(observed).toHaveLength(1);
    expect(observed[0]).toMatchObject({ party: 'user', traffic: 'media', route: ['internet', 'microsoftNetwork'] });
    // The client stays where the ticket says; the observed line leaves it through the Internet band.
    expect(drawn.nodes.get('client.user')?.area).toBe('yourNetwork');
    expect(areasCrossed(observed[0].points, drawn.zones)).toEqual(['yourNetwork', 'internet', 'microsoftNetwork']);
    const legend = drawn.document.querySelector('g.legend')?.textContent ?? '';
    expect(legend).toContain(t(locale, 'triage.diagram.legend'));
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const best = result.explanations[0].resolution;
    const route = routeText(best.media[0].route, best.media[0].from, clientZones(best.scenario), locale);
    const line = t(locale, 'triage.diagram.leg', { party: t(locale, 'parties.user'), traffic: t(locale, 'traffic.media.name'), path: t(locale, 'paths.internet'), route });
    expect(drawn.keyRows.map((r) => squeeze(r.text))).toContain(squeeze(line));
    expect(drawn.document.querySelector('title')?.textContent).toContain(t(locale, 'triage.diagram.title'));
    // The legend has one more entry than an answer's: it wraps rather than running off the picture.
    const width = Number(drawn.svg.getAttribute('width'));
    for (const text of Array.from(drawn.document.querySelectorAll('g.legend text'))) {
      expect(Number(text.getAttribute('x')) + textWidth(text.textContent ?? '', Number(text.getAttribute('font-size')))).toBeLessThanOrEqual(width);
    }
  });

  it('draws a match as the article\'s own route observed, and nothing observed when nothing explains it', () => {
    const match = readDiagram(renderTriageSvg(compared(ONLINE_PSTN_INSIDE, [{ traffic: 'media', party: 'user', path: 'expressRoute' }]), locale));
    const observed = match.legs.filter((l) => l.stroke === OBSERVED_COLOR);
    expect(observed.map((l) => l.route)).toEqual([match.legs.find((l) => l.traffic === 'media' && l.stroke !== OBSERVED_COLOR)!.route]);
    const nothing = readDiagram(
      renderTriageSvg(compared({ deployment: 'online', callType: 'broadcast', location: 'customerNetwork' }, [{ traffic: 'media', party: 'attendees', path: 'expressRoute' }]), locale),
    );
    expect(nothing.legs.filter((l) => l.stroke === OBSERVED_COLOR)).toEqual([]);
  });
});

describe('the observed route drawn, for every complete scenario and every link a user could have seen instead', () => {
  it('is a route of the best explanation that gives the observation, through the areas it says', () => {
    const problems: string[] = [];
    for (const s of completions({})) {
      for (const path of ['local', 'expressRoute', 'internet'] as const) {
        const result = compared(s, [{ traffic: 'media', party: 'user', path }]);
        const drawn = readDiagram(renderTriageSvg(result, 'en'));
        const observed = drawn.legs.filter((l) => l.stroke === OBSERVED_COLOR);
        const explained = result.matches || result.explanations.length > 0;
        if (observed.length !== (explained ? 1 : 0)) problems.push(`${JSON.stringify(s)} ${path}: ${observed.length} observed lines`);
        if (observed.length === 1 && path !== 'local' && !observed[0].route.includes(path)) problems.push(`${JSON.stringify(s)} ${path}: drawn through ${observed[0].route}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the triage diagram\'s address', () => {
  const cases: [PartialScenario, Observation[]][] = [
    [ONLINE_PSTN_INSIDE, [{ traffic: 'media', party: 'user', path: 'internet' }]],
    [ONLINE_PSTN_INSIDE, [{ traffic: 'signaling', party: 'user', notPaths: ['expressRoute'] }, { traffic: 'media', party: 'user', path: 'internet', edge: 'onlineEdge' }]],
    [{ deployment: 'online', callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork', firewall: 'blocksDirect' }, [{ traffic: 'media', party: 'peer', path: 'internet', edge: false }]],
    // Only whether an Edge relayed the media was seen, not the path ("relayed via an Edge", "no Edge in the capture"):
    // such cards pointed at addresses that answered 404.
    [{ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork', firewall: 'blocksDirect' }, [{ traffic: 'media', party: 'user', edge: true }]],
    [{ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' }, [{ traffic: 'media', party: 'user', edge: false }]],
    [{ deployment: 'hybrid', callType: 'conference', homing: 'onPremises', location: 'internet', organizer: 'online', firewall: 'blocksDirect' }, [{ traffic: 'media', party: 'user', edge: 'onPremEdge' }]],
  ];

  it.each(cases)('names the scenario and what was observed, and reads back (%j)', (scenario, observed) => {
    const key = triageDiagramKey(scenario, observed);
    expect(key).toMatch(/^[A-Za-z_-]+$/);
    expect(isTriageDiagramKey(key)).toBe(true);
    expect(triageFromDiagramKey(key)).toEqual({ scenario, observations: expect.arrayContaining(observed) });
    // One triage, one address, whatever order the observations were given in.
    expect(triageDiagramKey(scenario, [...observed].reverse())).toBe(key);
  });

  it('reads back every observation a user can report: each traffic, party, path or none, paths not taken, and Edge', () => {
    const paths = [undefined, 'local', 'expressRoute', 'internet'] as const;
    const notTaken: PathKind[][] = [[], ['expressRoute'], ['internet'], ['expressRoute', 'internet'], ['local', 'expressRoute', 'internet']];
    const lost: Observation[] = [];
    for (const traffic of TRAFFIC_TYPES) {
      for (const party of OBSERVED_PARTIES) {
        for (const path of paths) {
          for (const notPaths of notTaken) {
            for (const edge of [undefined, ...Object.values(EDGE_CODES)]) {
              const observation: Observation = { traffic, party, ...(path && { path }), ...(notPaths.length > 0 && { notPaths }), ...(edge !== undefined && { edge }) };
              // One that says nothing of the route is no observation.
              if (!path && notPaths.length === 0 && edge === undefined) continue;
              const key = triageDiagramKey(ONLINE_PSTN_INSIDE, [observation]);
              if (JSON.stringify(triageFromDiagramKey(key)?.observations) !== JSON.stringify([observation])) lost.push(observation);
            }
          }
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it.each([
    'deployment-online_callType-pstn',
    'deployment-online_callType-pstn__seen-media-user',
    'deployment-online_callType-pstn__seen-media-user-sideways',
    'deployment-online_callType-pstn__seen-video-user-internet',
    'deployment-online_callType-pstn__seen-media-boss-internet',
    'deployment-online_callType-pstn__seen-media-user-any',
    'deployment-online_callType-pstn__seen-media-user-internet-edge-noEdge',
    'deployment-online_callType-pstn__seen-media-user-internet-notSideways',
    'deployment-moon__seen-media-user-internet',
    'deployment-online_callType-pstn__seen-signaling-user-internet__seen-media-user-internet',
  ])('refuses %s', (key) => {
    expect(triageFromDiagramKey(key)).toBeNull();
  });
});

describe('a triage of a call only partly known (every one of the slot space, the same call normalized once)', () => {
  const OBSERVED: Observation[][] = [[{ traffic: 'media', party: 'user', path: 'internet' }], [{ traffic: 'signaling', party: 'user', path: 'expressRoute' }]];
  const calls = [...new Map(slotSpace().map((partial) => [scenarioKey(normalize(partial).scenario), normalize(partial).scenario])).values()];

  it('has a diagram address from which the route draws the very picture of the card\'s triage', () => {
    let comparedCount = 0;
    const problems = calls.flatMap((partial) =>
      OBSERVED.flatMap((observed) => {
        const result = triage(partial, observed);
        if (result.kind !== 'compared') return [];
        comparedCount += 1;
        const read = triageFromDiagramKey(triageDiagramKey(result.expected.scenario, result.observations));
        if (!read || !isConsistent(read.scenario)) return [`${JSON.stringify(partial)}: not a key the route reads`];
        const served = diagramForTriage(read.scenario, read.observations, 'en', 'svg');
        return served === renderTriageSvg(result, 'en') ? [] : [`${JSON.stringify(partial)} ${JSON.stringify(observed)}: another picture`];
      }),
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(comparedCount).toBeGreaterThan(1000);
  });
});
