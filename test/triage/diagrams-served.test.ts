// A triage's diagram is served like an answer's, in every channel and language: for every complete scenario, a
// helpdesk agent triages with the cards' buttons a media path other than the one the article gives, through the
// real server's Bot Framework endpoint (a Teams client) and through the local page's API; the triage card points at
// a diagram under PUBLIC_BASE_URL (relative on the page), which the server serves (an SVG that draws the observed
// route when one explains it, a PNG that decodes), and the Slack blocks made of the Teams card show the same image.
import type { AdaptiveCard } from '../../src/cards';
import { adaptiveCardToBlocks } from '../../src/channels/slack/blockkit';
import { completions, resolve, type PartialScenario, type PathKind } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { imagesOf, submitsOf } from '../dialogs/cardReading';
import { inBatches } from '../support/answerVariants';
import { pageClient, teamsClient, type Send } from '../support/channelClients';
import { fetchDiagram, startDiagramServer, type DiagramServer } from '../support/diagramServer';

/** Drawing Chinese text takes seconds a picture: a few Chinese diagrams are fetched as PNG, every one as SVG. */
const CHINESE_PNGS = 3;

let server: DiagramServer;
beforeAll(async () => {
  server = await startDiagramServer();
});
afterAll(() => server.close());

/** A media path the article does not give for the user in this call. */
function otherPath(s: PartialScenario): PathKind {
  const expected = resolve(s)!.media.find((l) => l.party === 'user')!.path;
  return expected === 'internet' ? 'expressRoute' : 'internet';
}

/** The triage by buttons only: the leg, its path, no Edge known, then the call's facts as the triage asks them. */
async function triageByButtons(send: Send, id: string, s: PartialScenario): Promise<AdaptiveCard> {
  await send(id, { action: 'triage' });
  await send(id, { action: 'observeLeg', traffic: 'media', party: 'user' });
  await send(id, { action: 'observePath', path: otherPath(s) });
  let [card] = (await send(id, { action: 'observeEdge', edge: 'unknown' })).slice(-1);
  for (let turn = 0; turn < 8; turn++) {
    const asked = submitsOf(card).find((d) => d.action === 'answer');
    if (!asked) return card;
    const slot = asked.slot as keyof PartialScenario;
    [card] = (await send(id, { action: 'answer', slot, value: s[slot] })).slice(-1);
  }
  throw new Error(`${id}: no triage card after eight questions`);
}

const scenarios = completions({});

describe.each<[Locale, string]>([
  ['en', 'en-US'],
  ['zh-TW', 'zh-TW'],
])('triage cards in %s', (locale, clientLocale) => {
  it.each<['teams' | 'page']>([['teams'], ['page']])('through %s: every triage card\'s diagram is served and the Slack blocks show it', async (channel) => {
    const send = channel === 'teams' ? teamsClient(server, clientLocale) : pageClient(server, locale);
    const cards = await inBatches(scenarios, 6, (s, i) => triageByButtons(send, `triage-${channel}-${locale}-${i}`, s));
    const prefix = channel === 'teams' ? `${server.baseUrl}/diagram/${locale}/` : `/diagram/${locale}/`;
    const urls = cards.map((card, i) => {
      const images = imagesOf(card);
      if (images.length !== 1) throw new Error(`${JSON.stringify(scenarios[i])}: ${images.length} images`);
      expect(images[0].url.startsWith(prefix) && images[0].url.includes('__seen-media-user-')).toBe(true);
      // Slack shows the cards the bot makes with PUBLIC_BASE_URL (the page's relative addresses are the page's own).
      if (channel === 'teams') {
        const slack = adaptiveCardToBlocks(card).blocks.flatMap((b) => (b.type === 'image' && 'image_url' in b ? [b.image_url] : []));
        expect(slack).toEqual([images[0].url]);
      }
      return images[0].url.startsWith('/') ? `${server.baseUrl}${images[0].url}` : images[0].url;
    });
    const pngs = locale === 'en' ? urls : urls.slice(0, CHINESE_PNGS);
    const problems = await inBatches(urls, 4, async (url) => {
      const svg = await fetchDiagram(url.replace(/\.png$/, '.svg'));
      if (svg.status !== 200 || !svg.drawn) return [`${url}: SVG ${svg.status}`];
      const observed = svg.drawn.document.querySelectorAll('path.leg.observed').length;
      const png = pngs.includes(url) ? await fetchDiagram(url) : { status: 200, width: 1 };
      return [...(observed <= 1 ? [] : [`${url}: ${observed} observed lines`]), ...(png.status === 200 && (png.width ?? 0) > 0 ? [] : [`${url}: PNG ${png.status}`])];
    });
    expect(problems.flat()).toEqual([]);
    // Most of these get an explanation, so most pictures draw an observed route.
    const drawn = await inBatches(urls.slice(0, 20), 4, async (url) => (await fetchDiagram(url.replace(/\.png$/, '.svg'))).drawn!.document.querySelectorAll('path.leg.observed').length);
    expect(drawn.filter((n) => n === 1).length).toBeGreaterThan(10);
  }, 300_000);
});

describe('the diagram route for triage keys', () => {
  it('is not found for a triage key that is not one the cards make, in the reader\'s language', async () => {
    for (const key of ['deployment-online_callType-pstn__seen-media-user-sideways', 'deployment-online__seen-media-user-internet' + '__seen-media-user-local'.repeat(40)]) {
      const response = await fetch(`${server.baseUrl}/diagram/zh-TW/${key}.svg`);
      expect(response.status).toBe(404);
    }
  });
});
