// Where the advisor says what has changed since the article, through the real dialog and recognizer: on help,
// and on the first answer of a conversation, however the conversation got there; not on questions, not on the
// second answer, a what-if, "back", a language switch or an answer after "start over" (the welcome says it again).
import type { AdaptiveCard } from '../../src/cards';
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import { kindOf } from './cardReading';
import { startConversation, type Says } from './harness';

const recognizer = createRecognizer();

/** Whether a card closes with the notice (its title is the aside's first line). */
function hasNotice(card: AdaptiveCard, locale: Locale): boolean {
  const aside = card.body.find((element) => element.id === 'aside');
  const items = (aside?.items ?? []) as { text?: string }[];
  return items[0]?.text === t(locale, 'sinceArticle.title');
}

type Expect = { kind: ReturnType<typeof kindOf>; notice: boolean };
type Step = [Says, Expect[]];

const click = (slot: string, value: string): Says => ({ submit: { action: 'answer', slot, value } });
const whatIf = (slot: string): Says => ({ submit: { action: 'whatIf', slot } });

const scripts: Record<string, { locale: Locale; steps: Step[] }> = {
  'en: help, a complete question, then what-ifs, back, the other language and start over': {
    locale: 'en',
    steps: [
      ['help', [{ kind: 'help', notice: true }]],
      ['Skype for Business Online peer-to-peer call, both users on our network: where does the media go?', [{ kind: 'answer', notice: true }]],
      [whatIf('peer'), [{ kind: 'question', notice: false }]],
      [click('peer', 'internet'), [{ kind: 'answer', notice: false }]],
      ['back', [{ kind: 'answer', notice: false }]],
      ['help', [{ kind: 'help', notice: true }]],
      [{ submit: { action: 'language', locale: 'zh-TW' } }, [{ kind: 'answer', notice: false }]],
      [{ submit: { action: 'language', locale: 'en' } }, [{ kind: 'answer', notice: false }]],
      ['start over', [{ kind: 'welcome', notice: true }]],
      ['Online user at a coffee shop joins a conference organized by an Online user: does it use ExpressRoute?', [{ kind: 'answer', notice: false }]],
    ],
  },
  'zh-TW: the first answer comes after questions answered with buttons': {
    locale: 'zh-TW',
    steps: [
      ['會議的媒體走哪裡？', [{ kind: 'question', notice: false }]],
      [click('organizer', 'online'), [{ kind: 'question', notice: false }]],
      [click('location', 'customerNetwork'), [{ kind: 'answer', notice: true }]],
      [whatIf('location'), [{ kind: 'question', notice: false }]],
      [click('location', 'internet'), [{ kind: 'answer', notice: false }]],
      ['說明', [{ kind: 'help', notice: true }]],
    ],
  },
};

test.each(Object.entries(scripts))('%s', async (_name, { locale, steps }) => {
  const conversation = startConversation({ recognizer, locale: locale === 'zh-TW' ? 'zh-TW' : 'en-US' });
  let current: Locale = locale;
  for (const [says, expected] of steps) {
    if (typeof says === 'object' && 'submit' in says && says.submit.action === 'language') current = says.submit.locale as Locale;
    const cards = await conversation.say(says);
    const seen = cards.map((card) => ({ kind: kindOf(card, current), notice: hasNotice(card, current) }));
    expect({ says, seen }).toEqual({ says, seen: expected });
  }
  expect((await conversation.session()).sinceArticleShown).toBe(true);
});
