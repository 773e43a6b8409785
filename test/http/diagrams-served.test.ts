// Every answer, reached every way a user can reach it (answering only what is asked, so some slots are assumed;
// stating every slot; stating the slots it implies and the firewall the article assumes too), in both languages,
// through the Bot Framework endpoint of the real server with PUBLIC_BASE_URL set: the answer card's diagram URL is
// served by that server (200, a PNG that decodes, the SVG of the same picture), the picture draws the routes the card
// says, the Slack blocks made of the card point at the same URL, and the card links to a real anchor of the article in
// the reader's language.
import type { AdaptiveCard } from '../../src/cards';
import { adaptiveCardToBlocks } from '../../src/channels/slack/blockkit';
import type { Locale } from '../../src/i18n';
import { articleAnchor } from '../cards/articleAnchors';
import { imagesOf, linksOf } from '../dialogs/cardReading';
import { allVariants, completeScenarios, inBatches, reachAnswers } from '../support/answerVariants';
import { teamsClient } from '../support/channelClients';
import { byDiagramUrl, fetchDiagram, routesNotDrawn, startDiagramServer, type DiagramServer } from '../support/diagramServer';

const LOCALES: [Locale, string][] = [
  ['en', 'en-US'],
  ['zh-TW', 'zh-TW'],
];
/** Drawing Chinese text takes seconds a picture: every Chinese diagram is fetched as SVG, a few as PNG too. */
const CHINESE_PNGS = 4;

let server: DiagramServer;
beforeAll(async () => {
  server = await startDiagramServer();
});
afterAll(() => server.close());

const variants = allVariants();

describe.each(LOCALES)('every answer card in %s, through the Bot Framework endpoint', (locale, clientLocale) => {
  let answers: { name: string; card: AdaptiveCard; url: string }[];

  beforeAll(async () => {
    const send = teamsClient(server, clientLocale);
    const reached = await inBatches(variants, 6, (variant, i) => reachAnswers(send, `served-${locale}-${i}`, variant, locale));
    answers = reached.flat().map(({ name, card }) => {
      const images = imagesOf(card);
      if (images.length !== 1) throw new Error(`${name}: ${images.length} images`);
      return { name, card, url: images[0].url };
    });
  }, 240_000);

  it('covers every complete scenario three ways', () => {
    expect(answers.length).toBe(completeScenarios().length * 3);
    expect(completeScenarios().length).toBeGreaterThan(100);
  });

  it('points at a PNG under PUBLIC_BASE_URL, in the reader\'s language', () => {
    const wrong = answers.filter((a) => !a.url.startsWith(`${server.baseUrl}/diagram/${locale}/`) || !a.url.endsWith('.png'));
    expect(wrong.map((a) => `${a.name}: ${a.url}`)).toEqual([]);
  });

  it('becomes Slack blocks whose image is the same URL', () => {
    const wrong = answers.filter((a) => {
      const urls = adaptiveCardToBlocks(a.card).blocks.flatMap((b) => (b.type === 'image' && 'image_url' in b ? [b.image_url] : []));
      return urls.length !== 1 || urls[0] !== a.url;
    });
    expect(wrong.map((a) => a.name)).toEqual([]);
  });

  it('links to where it comes from at a real anchor of the article, in the reader\'s language', () => {
    const article = locale === 'zh-TW' ? 'zh-tw' : 'en-us';
    const unlinked = answers.filter((a) => !linksOf(a.card).some((url) => articleAnchor(url)?.locale === article));
    expect(unlinked.map((a) => a.name)).toEqual([]);
  });

  it('is served: each diagram the cards point at, and it draws the routes its cards say', async () => {
    const byUrl = byDiagramUrl(answers);
    const urls = [...byUrl.keys()];
    const pngs = locale === 'en' ? urls : urls.slice(0, CHINESE_PNGS);
    const problems = await inBatches(urls, 4, async (url) => {
      const svg = await fetchDiagram(url.replace(/\.png$/, '.svg'));
      if (svg.status !== 200 || !svg.drawn) return [`${url}: SVG ${svg.status}`];
      const png = pngs.includes(url) ? await fetchDiagram(url) : { status: 200, width: 1 };
      return [
        ...routesNotDrawn(byUrl.get(url)!, svg.drawn).map((route) => `${url}: the picture does not draw ${route}`),
        ...(png.status === 200 && (png.width ?? 0) > 0 ? [] : [`${url}: PNG ${png.status}`]),
      ];
    });
    expect(problems.flat()).toEqual([]);
    // Many ways of saying one scenario share its one canonical picture.
    expect(urls.length).toBeLessThan(answers.length / 2);
  }, 240_000);
});
