// Every answer, reached every way a user can reach it (answering only what is asked, so some slots are assumed;
// stating every slot; stating the slots it implies and the firewall the article assumes too), in both languages,
// through the Bot Framework endpoint of the real server with PUBLIC_BASE_URL set: the answer card's diagram URL is
// served by that server (200, a PNG that decodes, the SVG of the same picture), the picture draws the routes the card
// says, the Slack blocks made of the card point at the same URL, and the card links to a real anchor of the article in
// the reader's language. The same for every answer to a question about one traffic type (typed, then the same
// buttons), also those given while the other traffic is not known yet: their pictures draw only the traffic the card
// shows, and say what the other depends on.
import type { AdaptiveCard } from '../../src/cards';
import { adaptiveCardToBlocks } from '../../src/channels/slack/blockkit';
import type { Locale } from '../../src/i18n';
import { articleAnchor } from '../cards/articleAnchors';
import { imagesOf, kindOf, linksOf } from '../dialogs/cardReading';
import { focusedDiagramKey } from '../../src/cards';
import { allVariants, completeScenarios, focusedVariants, inBatches, reachAnswers, type Variant } from '../support/answerVariants';
import { teamsClient } from '../support/channelClients';
import { byDiagramUrl, fetchDiagram, routesNotDrawn, startDiagramServer, trafficNotAsSaid, type DiagramServer } from '../support/diagramServer';
import { focusedQuestions } from '../support/slotSpace';

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

interface Answer {
  name: string;
  card: AdaptiveCard;
  url: string;
}

/**
 * A family of ways to reach answers, and what its answers must cover. Found before any request: seconds of advice
 * in between would leave the client a connection the server has closed.
 */
interface Family {
  variants: Variant[];
  covers: (answers: readonly Answer[], diagramUrl: (key: string) => string) => void;
}

const FAMILIES: Record<string, Family> = {
  'every answer card': {
    variants: allVariants(),
    covers: (answers) => {
      expect(answers.length).toBe(completeScenarios().length * 3);
      expect(completeScenarios().length).toBeGreaterThan(100);
      // Many ways of saying one scenario share its one canonical picture.
      expect(new Set(answers.map((a) => a.url)).size).toBeLessThan(answers.length / 2);
    },
  },
  'every answer to a question about one traffic type': {
    variants: focusedVariants(),
    covers: (answers, diagramUrl) => {
      const questions = focusedQuestions();
      expect(answers.length).toBe(questions.length * 2 + completeScenarios().length * 2);
      // Every question answered while the other traffic is open is reached, and its card points at that answer.
      const urls = new Set(answers.map((a) => a.url));
      expect(questions.filter((q) => !urls.has(diagramUrl(focusedDiagramKey(q.known, q.focus))))).toEqual([]);
      expect(questions.length).toBeGreaterThan(100);
    },
  },
};

const CASES = LOCALES.flatMap(([locale, clientLocale]) => Object.keys(FAMILIES).map((family): [string, Locale, string] => [family, locale, clientLocale]));

describe.each(CASES)('%s in %s, through the Bot Framework endpoint', (family, locale, clientLocale) => {
  let answers: Answer[];

  beforeAll(async () => {
    const { variants } = FAMILIES[family];
    const send = teamsClient(server, clientLocale);
    const reached = await inBatches(variants, 6, (variant, i) => reachAnswers(send, `served-${locale}-${Object.keys(FAMILIES).indexOf(family)}-${i}`, variant, locale));
    answers = reached.flat().map(({ name, card }) => {
      const images = imagesOf(card);
      if (images.length !== 1) throw new Error(`${name}: ${images.length} images`);
      return { name, card, url: images[0].url };
    });
  }, 240_000);

  it('covers every way of reaching them', () => {
    FAMILIES[family].covers(answers, (key) => `${server.baseUrl}/diagram/${locale}/${key}.png`);
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
        ...trafficNotAsSaid(byUrl.get(url)!, svg.drawn).map((problem) => `${url}: ${problem}`),
        ...(png.status === 200 && (png.width ?? 0) > 0 ? [] : [`${url}: PNG ${png.status}`]),
      ];
    });
    expect(problems.flat()).toEqual([]);
  }, 300_000);
});

describe('the answer to a question about media only, while signaling is not known yet (issue 10, as reported)', () => {
  it('hybrid meeting organized on-prem, everyone in the office: the card\'s diagram is served, and draws the media only', async () => {
    const send = teamsClient(server, 'en-US');
    const cards = await send('reported-focus', 'hybrid meeting organized on-prem, everyone in the office, where does media go?');
    const card = cards[cards.length - 1];
    expect(kindOf(card, 'en')).toBe('answer');
    const [image] = imagesOf(card);
    expect(image.url.startsWith(`${server.baseUrl}/diagram/en/`)).toBe(true);
    const png = await fetchDiagram(image.url);
    expect(png.status).toBe(200);
    expect(png.width).toBeGreaterThan(0);
    const svg = await fetchDiagram(image.url.replace(/\.png$/, '.svg'));
    expect(svg.status).toBe(200);
    expect(svg.drawn!.legs.map((leg) => leg.traffic)).toEqual(['media']);
    expect(routesNotDrawn([card], svg.drawn!)).toEqual([]);
  });
});
