// "Link pls" after an answer: where in the article the answer comes from and each of its example flows, as links in
// the reader's language; with no answer, the article itself. An example whose anchor the article uses twice is
// linked by its heading (a browser opens a duplicate anchor at its first use), and its own anchor is said beside it.
import type { Resolution } from '../engine';
import { t, type Locale } from '../i18n';
import type { Explanation } from './explanation';
import { articleUrl, exampleLink, sourceLink, type SourceLink } from './links';

const markdown = ({ title, url }: SourceLink): string => `[${title}](${url})`;

export function linksExplanation(r: Pick<Resolution, 'source' | 'examples'> | undefined, locale: Locale): Explanation {
  const article = { title: t(locale, 'sinceArticle.article'), url: articleUrl(locale) };
  if (!r) return { title: t(locale, 'links.title'), paragraphs: [t(locale, 'links.article', { link: markdown(article) })], items: [], footnote: '', url: article.url };
  const source = sourceLink(r, locale);
  const examples = r.examples.map((id) => exampleLink(id, locale));
  const shared = examples.filter((example) => !example.url.endsWith(`#${example.anchor}`));
  return {
    title: t(locale, 'links.title'),
    paragraphs: [t(locale, 'links.source', { link: markdown(source) }), examples.length > 0 ? t(locale, 'links.examples') : t(locale, 'answer.noExample')],
    items: examples.map((example) => `• ${markdown(example)}`),
    footnote: shared.map((example) => t(locale, 'links.sharedAnchor', { example: example.title, anchor: example.anchor })).join(' '),
    url: examples[0]?.url ?? source.url,
  };
}
