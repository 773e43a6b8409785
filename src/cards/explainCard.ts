// Explains what onboarding admins ask about: a principle, a network segment, a traffic type, an example flow,
// the traffic that always uses the Internet, a caveat. Each with a link to the article in the reader's language.
import { INTERNET_ONLY_TRAFFIC, PRINCIPLES, assertNever } from '../engine';
import type { ExplainTopic } from '../nlu/types';
import { articleUrl, exampleLink } from '../present';
import { t, type Locale } from '../i18n';
import template from '../../cards/explain.json';
import { fillCard, type AdaptiveCard, type Notice } from './template';

interface Explanation {
  title: string;
  paragraphs: string[];
  items: string[];
  footnote: string;
  url: string;
}

function explanation(topic: ExplainTopic, locale: Locale): Explanation {
  const plain = { items: [], footnote: '', url: articleUrl(locale) };
  switch (topic.kind) {
    case 'principle':
      return {
        ...plain,
        title: t(locale, 'cards.explain.principleTitle', { number: topic.principle }),
        paragraphs: [t(locale, `principles.${topic.principle}`)],
      };
    case 'principles':
      return {
        ...plain,
        title: t(locale, 'cards.explain.principlesTitle'),
        paragraphs: [],
        items: PRINCIPLES.map((n) => `${n}. ${t(locale, `principles.${n}`)}`),
        footnote: `${t(locale, 'cards.explain.generalRuleHeading')}: ${t(locale, 'generalRule')}`,
      };
    case 'segment':
      return {
        ...plain,
        title: t(locale, 'cards.explain.segmentTitle', { name: t(locale, `segments.${topic.segment}.name`) }),
        paragraphs: [t(locale, `segments.${topic.segment}.description`)],
      };
    case 'traffic':
      return {
        ...plain,
        title: t(locale, 'cards.explain.trafficTitle', { name: t(locale, `traffic.${topic.traffic}.name`) }),
        paragraphs: [t(locale, `traffic.${topic.traffic}.description`)],
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
        ...plain,
        title: t(locale, 'internetOnly.title'),
        paragraphs: [],
        items: INTERNET_ONLY_TRAFFIC.map((id) => `• ${t(locale, `internetOnly.items.${id}`)}`),
        footnote: t(locale, 'internetOnly.footnote'),
      };
    case 'caveat':
      return {
        ...plain,
        title: t(locale, `cards.explain.caveats.${topic.caveat}`),
        paragraphs:
          topic.caveat === 'assumptions'
            ? [t(locale, 'caveats.recommendedSetup'), t(locale, 'caveats.everyOrgHasExpressRoute')]
            : [t(locale, `caveats.${topic.caveat}`)],
      };
    default:
      return assertNever(topic);
  }
}

export function explainCard(topic: ExplainTopic, locale: Locale, options: { notices?: readonly Notice[] } = {}): AdaptiveCard {
  const e = explanation(topic, locale);
  return fillCard({
    template,
    notices: options.notices,
    fallback: [e.title, ...e.paragraphs, ...e.items, e.footnote, e.url].filter((line) => line !== ''),
    data: { ...e, link: { title: t(locale, 'cards.common.openArticle'), url: e.url } },
  });
}
