// Routes as an answer says them, in every channel: the JSON contract (hops, areas, crossings, alternatives and what
// decides), the answer card and its Block Kit conversion, and the command line's text, in both languages. The cases
// are the ones the issues name: the on-premises Edge fallback (bk_Figure5), Hybrid row 3's "Internet or
// ExpressRoute", and Cloud Connector row 1, where the table's word and the example's route disagree.
import { resolve, type PartialScenario, type Resolution } from '../../src/engine';
import { answerCard } from '../../src/cards';
import { adaptiveCardToBlocks } from '../../src/channels/slack/blockkit';
import { formatReply } from '../../src/cli/format';
import { t, type Locale } from '../../src/i18n';
import { answerJson, type LegJson } from '../../src/present';
import { allText } from '../dialogs/cardReading';

const onPremEdgeFallback: PartialScenario = {
  deployment: 'hybrid',
  callType: 'conference',
  organizer: 'online',
  homing: 'onPremises',
  location: 'internet',
  firewall: 'blocksDirect',
};
const hybridRow3: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', homing: 'onPremises', location: 'customerNetwork', peer: 'federated' };
const cceRow1: PartialScenario = { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' };

function answer(s: PartialScenario): Resolution {
  const r = resolve(s);
  if (!r) throw new Error(`no answer for ${JSON.stringify(s)}`);
  return r;
}

const userOf = (legs: LegJson[]) => legs.find((l) => l.partyId === 'user')!;

/** What Slack shows of a card: every text of its blocks. */
function slackText(s: PartialScenario, locale: Locale): string {
  return JSON.stringify(adaptiveCardToBlocks(answerCard(answer(s), locale)).blocks);
}

/** The command line's text answer, as `callflow ask` prints it. */
function cliText(s: PartialScenario, locale: Locale): string {
  const r = answer(s);
  return formatReply({ locale, intent: 'ask', slots: r.scenario, missing: [], answer: answerJson(r, locale) });
}

describe('the on-premises Edge fallback (bk_Figure5): media crosses the Internet and ExpressRoute', () => {
  it('in JSON: the route, both crossings, and the path word ExpressRoute kept', () => {
    const media = userOf(answerJson(answer(onPremEdgeFallback), 'en').media);
    expect(media).toMatchObject({
      path: 'expressRoute',
      via: 'onPremEdge',
      to: 'onlineConferencing',
      hops: [
        { over: 'internet', to: 'onPremEdge' },
        { over: 'expressRoute', to: 'onlineConferencing' },
      ],
      areas: ['internet', 'yourNetwork', 'expressRoute', 'microsoftNetwork'],
      crossesInternet: true,
      crossesExpressRoute: true,
      text: 'Internet → On-premises Edge Server → ExpressRoute → Online conferencing server',
    });
    expect(media.alternatives).toBeUndefined();
    expect(media.pathMatchesRoute).toBeUndefined();
  });

  it.each(['en', 'zh-TW'] as const)('in the card, Block Kit and the text, in %s', (locale) => {
    const route = userOf(answerJson(answer(onPremEdgeFallback), locale).media).text;
    for (const shown of [allText(answerCard(answer(onPremEdgeFallback), locale)), slackText(onPremEdgeFallback, locale), cliText(onPremEdgeFallback, locale)]) {
      expect(shown).toContain(route);
      expect(route).toContain(t(locale, 'segments.internet.name'));
      expect(route).toContain(t(locale, 'segments.expressRoute.name'));
    }
  });
});

describe('Hybrid row 3: "Internet or ExpressRoute", depending on the Edge ICE picks', () => {
  it("in JSON: the user's media keeps ExpressRoute first and lists the Internet route as the alternative", () => {
    const media = userOf(answerJson(answer(hybridRow3), 'en').media);
    expect(media.path).toBe('expressRoute');
    expect([media.path, ...(media.alternatives ?? []).map((a) => a.path)]).toEqual(['expressRoute', 'internet']);
    expect(media.alternatives).toEqual([
      {
        path: 'internet',
        to: 'peer',
        via: 'onPremEdge',
        hops: [
          { over: 'yourNetwork', to: 'onPremEdge' },
          { over: 'internet', to: 'client.peer' },
        ],
        areas: ['yourNetwork', 'internet', 'federatedNetwork'],
        text: "Your network → On-premises Edge Server → Internet → Other party's client",
        crossesInternet: true,
        crossesExpressRoute: false,
      },
    ]);
    expect(media.dependsOn).toEqual({ id: 'edgeChoice', text: t('en', 'alternatives.edgeChoice') });
    // Over both routes: ExpressRoute or the Internet, depending on the Edge.
    expect(media.crossesInternet).toBe('depends');
    expect(media.crossesExpressRoute).toBe('depends');
  });

  it.each(['en', 'zh-TW'] as const)('in the card, Block Kit and the text: both paths, both routes and what decides, in %s', (locale) => {
    const both = `${t(locale, 'paths.expressRoute')}${t(locale, 'route.or')}${t(locale, 'paths.internet')}`;
    const media = userOf(answerJson(answer(hybridRow3), locale).media);
    for (const shown of [allText(answerCard(answer(hybridRow3), locale)), slackText(hybridRow3, locale), cliText(hybridRow3, locale)]) {
      expect(shown).toContain(both);
      expect(shown).toContain(media.text);
      expect(shown).toContain(media.alternatives![0].text);
      expect(shown).toContain(t(locale, 'alternatives.edgeChoice'));
    }
  });
});

describe("Cloud Connector row 1: the table's word and the example's route, both shown", () => {
  it('in JSON: path local, the route over ExpressRoute and back, flagged as not matching', () => {
    const signaling = userOf(answerJson(answer(cceRow1), 'en').signaling);
    expect(signaling).toMatchObject({ path: 'local', pathMatchesRoute: false, crossesExpressRoute: true, crossesInternet: false });
    expect(signaling.text).toBe('ExpressRoute → Online servers (Office 365) → ExpressRoute → Cloud Connector Edition (PSTN)');
    expect(userOf(answerJson(answer(cceRow1), 'en').media).pathMatchesRoute).toBeUndefined();
  });

  it.each(['en', 'zh-TW'] as const)('in the card: the word, the route, and that they differ, in %s', (locale) => {
    const card = allText(answerCard(answer(cceRow1), locale));
    expect(card).toContain(t(locale, 'route.tableDiffers', { path: t(locale, 'paths.local') }));
    expect(card).toContain(userOf(answerJson(answer(cceRow1), locale).signaling).text);
    expect(card).toContain(t(locale, 'notes.cceContradiction'));
  });
});

describe('every answer says a route for every party', () => {
  it('in words that name only segments and boxes of the reader\'s language', () => {
    const r = answer({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' });
    const zh = answerJson(r, 'zh-TW');
    expect(zh.media.map((l) => l.text)).toEqual(['ExpressRoute → 線上 Edge Server → 網際網路 → 對方的用戶端', '網際網路 → 線上 Edge Server → ExpressRoute → 使用者的用戶端']);
    expect(zh.media.map((l) => [l.crossesInternet, l.crossesExpressRoute])).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});
