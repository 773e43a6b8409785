// The local page's channel: every answer, reached every way a user can reach it, in both languages, points at a
// diagram this same server serves (relative URL), drawing the routes the card says. And the diagram route itself:
// any key that says one scenario consistently gets that scenario's canonical picture; a key that names no scenario,
// contradicts itself or names a slot that does not apply is not found.
import { diagramKey } from '../../src/cards';
import { canonicalScenario, resolve, type PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { imagesOf } from '../dialogs/cardReading';
import { allVariants, completeScenarios, inBatches, reachAnswers } from '../support/answerVariants';
import { pageClient } from '../support/channelClients';
import { byDiagramUrl, fetchDiagram, routesNotDrawn, startDiagramServer, type DiagramServer } from '../support/diagramServer';

let server: DiagramServer;
beforeAll(async () => {
  server = await startDiagramServer();
});
afterAll(() => server.close());

describe.each(['en', 'zh-TW'] as const)('every answer card on the local page, in %s', (locale) => {
  it('points at a diagram of this server that draws the routes the card says', async () => {
    const send = pageClient(server, locale);
    const reached = (await inBatches(allVariants(), 6, (variant, i) => reachAnswers(send, `page-${i}`, variant, locale))).flat();
    expect(reached.length).toBe(completeScenarios().length * 3);
    const answers = reached.map(({ name, card }) => {
      const images = imagesOf(card);
      expect({ name, count: images.length }).toEqual({ name, count: 1 });
      expect(images[0].url).toMatch(new RegExp(`^/diagram/${locale}/[A-Za-z_-]+\\.png$`));
      return { card, url: images[0].url };
    });
    const byUrl = byDiagramUrl(answers);
    const problems = await inBatches([...byUrl], 4, async ([url, cards]) => {
      const svg = await fetchDiagram(`${server.baseUrl}${url.replace(/\.png$/, '.svg')}`);
      if (svg.status !== 200 || !svg.drawn) return [`${url}: ${svg.status}`];
      return routesNotDrawn(cards, svg.drawn).map((route) => `${url}: the picture does not draw ${route}`);
    });
    expect(problems.flat()).toEqual([]);
    // The page shows the PNG: a few are fetched as the browser would (drawing Chinese text takes seconds).
    for (const url of [...byUrl.keys()].slice(0, 3)) expect((await fetchDiagram(`${server.baseUrl}${url}`)).width).toBeGreaterThan(0);
  }, 300_000);
});

describe('the diagram route', () => {
  const svgOf = async (key: string, locale: Locale = 'en') => {
    const response = await fetch(`${server.baseUrl}/diagram/${locale}/${key}.svg`);
    return { status: response.status, body: await response.text() };
  };

  it('gives every consistent way of naming a scenario the picture of its canonical form', async () => {
    const online: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };
    const canonical = await svgOf(diagramKey(online));
    expect(canonical.status).toBe(200);
    for (const said of [
      { ...online, homing: 'online', peerHoming: 'online' },
      { ...online, firewall: 'allowsDirect' },
      { ...online, homing: 'online', peerHoming: 'online', firewall: 'allowsDirect' },
    ] as PartialScenario[]) {
      const key = diagramKey(said);
      expect(await svgOf(key)).toEqual(canonical);
      expect(diagramKey(canonicalScenario(resolve(said)!.scenario))).toBe(diagramKey(online));
    }
  });

  it('serves keys longer than the router allows a named parameter (100 characters)', async () => {
    const key = diagramKey({
      deployment: 'hybrid',
      callType: 'peerToPeer',
      homing: 'onPremises',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      peerHoming: 'online',
      firewall: 'blocksDirect',
    });
    expect(key.length).toBeGreaterThan(100);
    expect((await svgOf(key, 'zh-TW')).status).toBe(200);
  });

  it.each([
    ['a contradiction', 'deployment-online_callType-pstn_homing-onPremises_location-internet'],
    ['a slot the call does not have', 'deployment-online_callType-pstn_location-internet_organizer-online'],
    ['a peer for a conference', 'deployment-online_callType-conference_location-internet_peer-internet_organizer-online'],
    ['a firewall for a PSTN call', 'deployment-online_callType-pstn_location-internet_firewall-blocksDirect'],
    ['a path below the key', 'deployment-online_callType-pstn_location-internet/x'],
    ['a key in the wrong order', 'callType-pstn_deployment-online_location-internet'],
  ])('does not find %s', async (_name, key) => {
    expect((await svgOf(key)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/diagram/en/${key}.png`)).status).toBe(404);
  });
});
