// Explains what onboarding admins ask about: a term (Edge Server, ICE, federation, ...), a principle, a network
// segment, a traffic type, an example flow, the traffic that always uses the Internet, a caveat (see
// src/present/explanation.ts), and why an answer's paths are what they are (src/present/why.ts). Each with a link
// to where the article says it, in the reader's language.
import type { ExplainTopic } from '../nlu/types';
import { articleUrl, explanationOf, linksExplanation, whyExplanation, type Explanation, type WhyOptions } from '../present';
import type { Resolution } from '../engine';
import { t, type Locale } from '../i18n';
import template from '../../cards/explain.json';
import { fillCard, type AdaptiveCard, type Notice } from './template';
import { sinceArticleAside } from './sinceArticle';

export function explainCard(topic: ExplainTopic, locale: Locale, options: { notices?: readonly Notice[] } = {}): AdaptiveCard {
  return explanationCard(explanationOf(topic, locale), locale, options);
}

/** "Why?" after an answer: its reasons, the principles it applies, and a link to where it comes from. */
/** `notices`: what the reasons are of, when it is not the answer on screen (a triage's expected path). */
export function whyCard(r: Resolution, locale: Locale, options: WhyOptions & { notices?: readonly Notice[] } = {}): AdaptiveCard {
  return explanationCard(whyExplanation(r, locale, options), locale, { notices: options.notices });
}

/**
 * "Is Meeting Broadcast still supported?", "does Microsoft still recommend ER for Office 365?": what has changed since
 * the article, as the reply itself (each fact dated, with Microsoft's page), not a help card that closes with it.
 */
export function sinceArticleCard(locale: Locale): AdaptiveCard {
  const { title, lines } = sinceArticleAside(locale);
  const [intro, ...facts] = lines;
  return explanationCard({ title, paragraphs: [intro.markdown], items: facts.map((fact) => fact.markdown), footnote: t(locale, 'dialog.sinceArticle'), url: articleUrl(locale) }, locale);
}

/** "Link pls": the answer's links into the article (its source and example flows), or the article with no answer. */
export function linksCard(r: Pick<Resolution, 'source' | 'examples'> | undefined, locale: Locale): AdaptiveCard {
  return explanationCard(linksExplanation(r, locale), locale);
}

function explanationCard(e: Explanation, locale: Locale, options: { notices?: readonly Notice[] } = {}): AdaptiveCard {
  return fillCard({
    template,
    notices: options.notices,
    fallback: [e.title, ...e.paragraphs, ...e.items, e.footnote, e.url].filter((line) => line !== ''),
    data: { ...e, link: { title: t(locale, 'cards.common.openArticle'), url: e.url } },
  });
}
