// The "since the article" notice: what has changed since the article (src/engine/sinceArticle), each fact with
// its date in the reader's language and links to Microsoft's pages in the reader's language. It closes the welcome
// and help cards and the first answer of a conversation: where a reader forms their picture, not on every card.
import { ARTICLE_AS_OF_YEAR, LATER_FACTS, LEARN_PAGES, type FactDate, type LaterFact } from '../engine/sinceArticle';
import { LOCALE_LIST, t, type Locale } from '../i18n';
import { boundedMemo } from '../memo';
import { learnUrl } from '../present';
import type { Aside } from './template';

/** Dates as the reader writes them: "July 31, 2021", "2021年7月31日". Facts are dated in UTC. */
const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  'zh-TW': new Intl.DateTimeFormat('zh-TW', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

function dateParams(date: FactDate, locale: Locale): Record<string, string | number> {
  return date.kind === 'on' ? { date: DATE_FORMATS[locale].format(new Date(`${date.isoDate}T00:00:00Z`)) } : { year: date.year };
}

function factLine(fact: LaterFact, locale: Locale): Aside['lines'][number] {
  const text = t(locale, `sinceArticle.facts.${fact.id}`, dateParams(fact.date, locale));
  const sources = fact.sources.map((page) => ({ title: t(locale, `sinceArticle.sources.${page}`), url: learnUrl(LEARN_PAGES[page], locale) }));
  const separator = t(locale, 'sinceArticle.sourceSeparator');
  const line = (links: string[]) => t(locale, 'sinceArticle.line', { fact: text, sources: links.join(separator) });
  return {
    markdown: line(sources.map((s) => `[${s.title}](${s.url})`)),
    plain: line(sources.map((s) => `${s.title}: ${s.url}`)),
  };
}

function aside(locale: Locale): Aside {
  const intro = t(locale, 'sinceArticle.intro', { article: t(locale, 'sinceArticle.article'), year: ARTICLE_AS_OF_YEAR });
  return {
    title: t(locale, 'sinceArticle.title'),
    lines: [{ markdown: intro, plain: intro }, ...LATER_FACTS.map((fact) => factLine(fact, locale))],
  };
}

/** The notice in a language: the same for every card, so made once per language (formatting dates is not free). */
export const sinceArticleAside: (locale: Locale) => Aside = boundedMemo(aside, (locale) => locale, LOCALE_LIST.length);
