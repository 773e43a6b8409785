// What an explain question is answered with, in the reader's language and for any channel: a title, the article's
// facts restated (locales/, from KNOWLEDGE.md and GLOSSARY.md), and a link to where the article says them.
import { INTERNET_ONLY_TRAFFIC, PRINCIPLES, PRINCIPLES_ANCHOR, SECTION_ANCHORS, TABLE_ANCHORS, assertNever } from '../engine';
import { list, t, type Locale } from '../i18n';
import type { ExplainTopic, TermId } from '../nlu/types';
import { articleUrl, exampleLink, learnUrl } from './links';
import { performanceLines, targetsLink } from './triage';

export interface Explanation {
  title: string;
  paragraphs: string[];
  items: string[];
  footnote: string;
  url: string;
}

/** The article's headings (the same anchors in every language of the page). */
const ANCHORS = {
  overview: SECTION_ANCHORS.callFlowOverview,
  segments: 'network-segments',
  traffic: SECTION_ANCHORS.typesOfTraffic,
  principles: PRINCIPLES_ANCHOR,
  withExpressRoute: SECTION_ANCHORS.callFlowsWithExpressRoute,
  patterns: 'call-flow-patterns-by-deployment-type',
  online: TABLE_ANCHORS.online,
  hybrid: TABLE_ANCHORS.hybrid,
} as const;

/** Microsoft's page on QoS over ExpressRoute, which GLOSSARY.md's DSCP markings come from. */
const QOS_PATH = 'skypeforbusiness/optimizing-your-network/expressroute-and-qos-in-skype-for-business-online';

/** Where in the article each term is explained (an anchor), or the example flow that shows it. */
const TERM_LINKS: Record<TermId, { anchor: string } | { example: 'onlineConference' | 'cceePstn' | 'broadcast' } | { qos: true } | { performance: true }> = {
  edgeServer: { anchor: ANCHORS.principles },
  ice: { anchor: ANCHORS.principles },
  frontEnd: { anchor: ANCHORS.principles },
  conferencingServer: { anchor: ANCHORS.principles },
  federation: { anchor: ANCHORS.patterns },
  cloudConnector: { example: 'cceePstn' },
  pstn: { anchor: ANCHORS.patterns },
  hybrid: { anchor: ANCHORS.hybrid },
  online: { anchor: ANCHORS.online },
  broadcast: { example: 'broadcast' },
  qos: { qos: true },
  homing: { anchor: ANCHORS.principles },
  organizer: { example: 'onlineConference' },
  signalingVsMedia: { anchor: ANCHORS.traffic },
  segments: { anchor: ANCHORS.segments },
  // The article gives no figures: they are on its family's performance page, which the answer says they come from.
  performance: { performance: true },
  cdn: { example: 'broadcast' },
};

function termUrl(term: TermId, locale: Locale): string {
  const link = TERM_LINKS[term];
  if ('anchor' in link) return articleUrl(locale, link.anchor);
  if ('example' in link) return exampleLink(link.example, locale).url;
  if ('performance' in link) return targetsLink(locale).url;
  return learnUrl(QOS_PATH, locale);
}

function termExplanation(term: TermId, locale: Locale): Explanation {
  const key = `terms.${term}`;
  return {
    title: t(locale, `${key}.title`),
    paragraphs: list(locale, `${key}.paragraphs`),
    // The figures are data (src/engine/triage/performance.ts), said as the triage says them.
    items: term === 'performance' ? performanceLines(locale) : list(locale, `${key}.items`),
    footnote: t(locale, `${key}.footnote`),
    url: termUrl(term, locale),
  };
}

export function explanationOf(topic: ExplainTopic, locale: Locale): Explanation {
  const plain = { items: [], footnote: '' };
  switch (topic.kind) {
    case 'term':
      return termExplanation(topic.term, locale);
    case 'principle':
      return {
        ...plain,
        title: t(locale, 'cards.explain.principleTitle', { number: topic.principle }),
        paragraphs: [t(locale, `principles.${topic.principle}`)],
        url: articleUrl(locale, ANCHORS.principles),
      };
    case 'principles':
      return {
        ...plain,
        title: t(locale, 'cards.explain.principlesTitle'),
        paragraphs: [],
        items: PRINCIPLES.map((n) => `${n}. ${t(locale, `principles.${n}`)}`),
        footnote: `${t(locale, 'cards.explain.generalRuleHeading')}: ${t(locale, 'generalRule')}`,
        url: articleUrl(locale, ANCHORS.principles),
      };
    case 'segment':
      return {
        ...plain,
        title: t(locale, 'cards.explain.segmentTitle', { name: t(locale, `segments.${topic.segment}.name`) }),
        // "Microsoft 邊緣", "the Microsoft network edge": asked as the segment, its edge is said apart from the Edge Server.
        paragraphs: [t(locale, `segments.${topic.segment}.description`), ...(topic.segment === 'microsoftNetwork' ? [t(locale, 'segments.microsoftNetwork.edge')] : [])],
        url: articleUrl(locale, ANCHORS.segments),
      };
    case 'traffic':
      return {
        ...plain,
        title: t(locale, 'cards.explain.trafficTitle', { name: t(locale, `traffic.${topic.traffic}.name`) }),
        paragraphs: [t(locale, `traffic.${topic.traffic}.description`)],
        url: articleUrl(locale, ANCHORS.traffic),
      };
    case 'example': {
      const link = exampleLink(topic.example, locale);
      return {
        ...plain,
        title: t(locale, 'cards.explain.exampleTitle', { name: link.title }),
        paragraphs: [t(locale, `exampleSummaries.${topic.example}`)],
        url: link.url,
      };
    }
    case 'internetOnly':
      return {
        title: t(locale, 'internetOnly.title'),
        paragraphs: [],
        items: INTERNET_ONLY_TRAFFIC.map((id) => `• ${t(locale, `internetOnly.items.${id}`)}`),
        footnote: t(locale, 'internetOnly.footnote'),
        url: articleUrl(locale, ANCHORS.traffic),
      };
    case 'caveat':
      return {
        ...plain,
        title: t(locale, `cards.explain.caveats.${topic.caveat}`),
        paragraphs:
          topic.caveat === 'assumptions'
            ? [t(locale, 'caveats.recommendedSetup'), t(locale, 'caveats.everyOrgHasExpressRoute')]
            : [t(locale, `caveats.${topic.caveat}`)],
        url: topic.caveat === 'premiumAddOn' ? exampleLink('onlineConference', locale).url : articleUrl(locale, ANCHORS.overview),
      };
    default:
      return assertNever(topic);
  }
}
