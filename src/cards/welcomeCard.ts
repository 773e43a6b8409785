// The card a new user sees when the bot is added, and again after "start over"; it ends with what has changed
// since the article.
import { list, t, type Locale } from '../i18n';
import template from '../../cards/welcome.json';
import { helpButton, languageButton, triageButton } from './buttons';
import { sinceArticleAside } from './sinceArticle';
import { fillCard, type AdaptiveCard, type Notice } from './template';

export function welcomeCard(locale: Locale, options: { notices?: readonly Notice[] } = {}): AdaptiveCard {
  const title = t(locale, 'cards.welcome.title');
  const intro = t(locale, 'cards.welcome.intro');
  const examples = list(locale, 'cards.welcome.examples');
  return fillCard({
    template,
    notices: options.notices,
    aside: sinceArticleAside(locale),
    fallback: [title, intro, ...examples],
    data: {
      title,
      intro,
      examplesHeading: t(locale, 'cards.welcome.examplesHeading'),
      examples,
      languageHint: t(locale, 'cards.welcome.languageHint'),
      actions: [triageButton(locale), helpButton(locale), languageButton(locale)],
    },
  });
}
