// What the advisor does and what the user can say at any point, and what has changed since the article.
import { t, type Locale } from '../i18n';
import template from '../../cards/help.json';
import { explainButton, languageButton, startOverButton, triageButton } from './buttons';
import { sinceArticleAside } from './sinceArticle';
import { fillCard, type AdaptiveCard, type Notice } from './template';

const COMMANDS = ['startOver', 'back', 'whatIf', 'language', 'explain', 'help'] as const;

export function helpCard(locale: Locale, options: { notices?: readonly Notice[] } = {}): AdaptiveCard {
  const title = t(locale, 'cards.help.title');
  const intro = t(locale, 'cards.help.intro');
  const commands = [...COMMANDS.map((c) => t(locale, `cards.help.commands.${c}`)), t(locale, 'triage.offer.help')];
  return fillCard({
    template,
    notices: options.notices,
    aside: sinceArticleAside(locale),
    fallback: [title, intro, ...commands],
    data: {
      title,
      intro,
      commandsHeading: t(locale, 'cards.help.commandsHeading'),
      commands,
      topicsHeading: t(locale, 'cards.help.topicsHeading'),
      topics: [
        explainButton(t(locale, 'cards.help.principles'), { kind: 'principles' }),
        explainButton(t(locale, 'cards.help.internetOnly'), { kind: 'internetOnly' }),
        explainButton(t(locale, 'traffic.media.name'), { kind: 'traffic', traffic: 'media' }),
        explainButton(t(locale, 'traffic.signaling.name'), { kind: 'traffic', traffic: 'signaling' }),
      ],
      actions: [triageButton(locale), startOverButton(locale), languageButton(locale)],
    },
  });
}
