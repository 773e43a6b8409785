// The App Home tab: the welcome, example questions as buttons (a click asks it in the user's DM with the app),
// how to reach the app, what has changed since the article, help and the other language. In the language the user
// chose, else the one they last used, else their Slack locale.
import type { webApi } from '@slack/bolt';
import { asideElement, sinceArticleAside } from '../../cards';
import { helpButton, languageButton } from '../../cards/buttons';
import { list, t, type Locale } from '../../i18n';
import { adaptiveCardToBlocks } from './blockkit';
import { SLACK_LIMITS } from './blockkit-limits';

/** The home tab as an Adaptive Card, so it goes through the same converter as every answer. */
function homeCard(locale: Locale): Record<string, unknown> {
  const ask = (question: string) => ({ type: 'Action.Submit', title: question, data: { msteams: { type: 'imBack', value: question } } });
  const submit = ({ title, data }: { title: string; data: unknown }) => ({ type: 'Action.Submit', title, data });
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: t(locale, 'cards.welcome.title'),
    body: [
      { type: 'TextBlock', text: t(locale, 'cards.welcome.title'), style: 'heading', size: 'large', weight: 'bolder', wrap: true },
      { type: 'TextBlock', text: t(locale, 'cards.welcome.intro'), wrap: true },
      { type: 'TextBlock', text: t(locale, 'cards.welcome.examplesHeading'), weight: 'bolder', wrap: true },
      { type: 'ActionSet', actions: list(locale, 'cards.welcome.examples').map(ask) },
      { type: 'TextBlock', text: t(locale, 'slack.home.howTo'), isSubtle: true, wrap: true },
      asideElement(sinceArticleAside(locale)),
    ],
    actions: [submit(helpButton(locale)), submit(languageButton(locale))],
  };
}

function homeView(locale: Locale): webApi.ViewsPublishArguments['view'] {
  return { type: 'home', blocks: adaptiveCardToBlocks(homeCard(locale), SLACK_LIMITS.blocksPerView).blocks };
}

export type HomeLocale = (userId: string) => Promise<Locale>;

export function createHomePublisher(localeOf: HomeLocale) {
  return async (client: webApi.WebClient, userId: string): Promise<void> => {
    await client.views.publish({ user_id: userId, view: homeView(await localeOf(userId)) });
  };
}
