// Links into the article, in the reader's language: each example flow at its anchor, and the source of every answer
// (its example flow, the summary table its row is in, or the principles it was derived from).
import {
  ARTICLE_LOCALES,
  ARTICLE_PATH,
  PRINCIPLES_ANCHOR,
  TABLE_ANCHORS,
  exampleById,
  type ExampleId,
  type Resolution,
} from '../engine';
import { t, type Locale } from '../i18n';

export interface ExampleLink {
  id: ExampleId;
  /** The article's own anchor (data; two are used twice in the article). */
  anchor: string;
  title: string;
  /** Opens the article in the reader's language at the example (heading anchor where the short one is a duplicate). */
  url: string;
}

/** A link to the part of the article an answer rests on. */
export interface SourceLink {
  title: string;
  url: string;
}

/** A page on Microsoft Learn in the reader's language, by its path after the locale segment. */
export function learnUrl(path: string, locale: Locale): string {
  return `https://learn.microsoft.com/${ARTICLE_LOCALES[locale]}/${path}`;
}

export function articleUrl(locale: Locale, anchor?: string): string {
  const base = learnUrl(ARTICLE_PATH, locale);
  return anchor ? `${base}#${anchor}` : base;
}

export function exampleLink(id: ExampleId, locale: Locale): ExampleLink {
  const example = exampleById(id);
  const linkAnchor = example.linkable ? example.anchor : example.headingAnchor;
  return { id, anchor: example.anchor, title: t(locale, `examples.${id}`), url: articleUrl(locale, linkAnchor) };
}

/** Where an answer comes from, to click: the example flow, the summary table of its row, or the principles. */
export function sourceLink(r: Pick<Resolution, 'source'>, locale: Locale): SourceLink {
  const { source } = r;
  switch (source.kind) {
    case 'table':
      return {
        title: t(locale, 'source.links.table', { table: t(locale, `tables.${source.table}.title`) }),
        url: articleUrl(locale, TABLE_ANCHORS[source.table]),
      };
    case 'example': {
      const { title, url } = exampleLink(source.example, locale);
      return { title: t(locale, 'source.links.example', { example: title }), url };
    }
    case 'principles':
      return { title: t(locale, 'source.links.principles'), url: articleUrl(locale, PRINCIPLES_ANCHOR) };
  }
}
