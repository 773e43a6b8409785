// The "since the article" notice: every later fact dated in the reader's language and linked to the Microsoft
// page that states it, in the reader's language; the article presented as about 2019 and every change as past;
// on the welcome and help cards (and Slack's App Home), on an answer only when asked for, in Block Kit too.
import { LATER_FACTS } from '../../src/engine/sinceArticle';
import {
  answerCard,
  explainCard,
  followUpCard,
  helpCard,
  questionCard,
  sampleCards,
  sinceArticleAside,
  welcomeCard,
  type AdaptiveCard,
  type CardElement,
} from '../../src/cards';
import { resolve, type PartialScenario } from '../../src/engine';
import { LOCALE_LIST, t, type Locale } from '../../src/i18n';
import { adaptiveCardToBlocks } from '../../src/channels/slack/blockkit';
import { createHomePublisher } from '../../src/channels/slack/home';

/**
 * The pages confirmed before linking (src/engine/sinceArticle.ts says how), written out in full: a link that
 * changes must be confirmed again, and this list changed with it.
 */
const CONFIRMED: Record<Locale, string[]> = {
  en: [
    'https://learn.microsoft.com/en-us/microsoftteams/skype-for-business-online-retirement',
    'https://learn.microsoft.com/en-us/skypeforbusiness/skype-for-business-hybrid-solutions/plan-your-phone-system-cloud-pbx-solution/modify-the-configuration-of-an-existing-cloud-connector-deployment',
    'https://learn.microsoft.com/en-us/lifecycle/products/skype-for-business-server-2015',
    'https://learn.microsoft.com/en-us/lifecycle/products/skype-for-business-server-2019',
    'https://learn.microsoft.com/en-us/microsoft-365/enterprise/implementing-expressroute?view=o365-worldwide',
  ],
  'zh-TW': [
    'https://learn.microsoft.com/zh-tw/microsoftteams/skype-for-business-online-retirement',
    'https://learn.microsoft.com/zh-tw/skypeforbusiness/skype-for-business-hybrid-solutions/plan-your-phone-system-cloud-pbx-solution/modify-the-configuration-of-an-existing-cloud-connector-deployment',
    'https://learn.microsoft.com/zh-tw/lifecycle/products/skype-for-business-server-2015',
    'https://learn.microsoft.com/zh-tw/lifecycle/products/skype-for-business-server-2019',
    'https://learn.microsoft.com/zh-tw/microsoft-365/enterprise/implementing-expressroute?view=o365-worldwide',
  ],
};

/** How each language writes the facts' dates and the article's age. */
const WRITTEN: Record<Locale, { dates: string[]; article: string }> = {
  en: { dates: ['July 31, 2021', 'October 14, 2025', 'Since 2021'], article: 'about 2019' },
  'zh-TW': { dates: ['2021年7月31日', '2025年10月14日', '自 2021 年起'], article: '大約 2019 年' },
};

/** The glossary's "never say" terms for zh-TW. */
const NEVER_SAY = ['寄件者', '通知', '局部', '當地', '互聯', '快速路由', '回路', '進位附加元件', '線上穴', '線上家用', '內部部署宿主', '內部部署家用', '會議服務器', '聯合使用者', '租使用者'];

const MARKDOWN_LINK = /\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;

function asideOf(card: AdaptiveCard): CardElement | undefined {
  return card.body.find((element) => element.id === 'aside');
}

function textOf(element: CardElement): string {
  return (element.items as CardElement[]).map((item) => item.text as string).join('\n');
}

const linksIn = (markdown: string) => [...markdown.matchAll(MARKDOWN_LINK)].map((m) => ({ title: m[1], url: m[2] }));

describe.each(LOCALE_LIST)('in %s', (locale) => {
  const aside = sinceArticleAside(locale);
  const markdown = aside.lines.map((line) => line.markdown).join('\n');

  test('links exactly the confirmed pages, in the reader\'s language, each under its own title', () => {
    const links = linksIn(markdown);
    expect(links.map((link) => link.url)).toEqual(CONFIRMED[locale]);
    expect(new Set(links.map((link) => link.title)).size).toBe(links.length);
    for (const link of links) expect(link.title.length).toBeGreaterThan(5);
  });

  test('one line per fact, each with its date and at least one source', () => {
    expect(aside.lines).toHaveLength(LATER_FACTS.length + 1);
    LATER_FACTS.forEach((fact, i) => {
      const line = aside.lines[i + 1];
      expect(linksIn(line.markdown)).toHaveLength(fact.sources.length);
      // The fact's own words, around its date.
      for (const words of t(locale, `sinceArticle.facts.${fact.id}`).split(/\{\w+\}/)) expect(line.markdown).toContain(words);
    });
    for (const date of WRITTEN[locale].dates) expect(markdown).toContain(date);
  });

  test('the article is presented as dating from about 2019, and the changes as past', () => {
    expect(aside.lines[0].plain).toContain(WRITTEN[locale].article);
    expect(aside.lines[0].plain).toContain(t(locale, 'sinceArticle.article'));
    expect(linksIn(aside.lines[0].markdown)).toEqual([]);
    if (locale === 'en') {
      expect(markdown).not.toMatch(/\bwill\b|\bis retiring\b|\bretires\b/);
      expect(markdown).toMatch(/was retired on July 31, 2021/);
      expect(markdown).toMatch(/reached the end of extended support on October 14, 2025/);
    } else {
      expect(markdown).not.toMatch(/將於|即將/);
      expect(markdown).toMatch(/已於 2021年7月31日/);
    }
  });

  test('the plain text (fallback) keeps every source as a URL', () => {
    const plain = aside.lines.map((line) => line.plain).join('\n');
    for (const url of CONFIRMED[locale]) expect(plain).toContain(url);
    expect(plain).not.toMatch(MARKDOWN_LINK);
  });

  if (locale === 'zh-TW') {
    test("uses the glossary's terms, never the machine translation's", () => {
      const text = [aside.title, markdown].join('\n');
      expect(NEVER_SAY.filter((term) => text.includes(term))).toEqual([]);
      expect(text).toContain('商務用 Skype Online');
      expect(text).toContain('商務用 Skype Cloud Connector Edition');
    });
  }

  test('closes the welcome and help cards, after their content, and their fallback text', () => {
    for (const card of [welcomeCard(locale), helpCard(locale)]) {
      expect(card.body.at(-1)).toBe(asideOf(card));
      expect(textOf(asideOf(card) as CardElement)).toBe([aside.title, markdown].join('\n'));
      expect(card.fallbackText).toContain(CONFIRMED[locale][0]);
    }
  });

  test('is on an answer only when the caller asks for it, and on no other card', () => {
    const scenario: PartialScenario = { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' };
    const resolution = resolve(scenario)!;
    expect(asideOf(answerCard(resolution, locale))).toBeUndefined();
    expect(asideOf(answerCard(resolution, locale, { aside }))).toBeDefined();
    expect(asideOf(questionCard('deployment', ['online', 'hybrid'], locale))).toBeUndefined();
    expect(asideOf(followUpCard(scenario, locale))).toBeUndefined();
    expect(asideOf(explainCard({ kind: 'principles' }, locale))).toBeUndefined();
  });

  test('in Slack, the links are Slack links to the same pages, and the card stays within Block Kit limits', () => {
    const { blocks } = adaptiveCardToBlocks(welcomeCard(locale));
    const text = JSON.stringify(blocks);
    for (const { title, url } of linksIn(markdown)) expect(text).toContain(JSON.stringify(`<${url}|${title}>`).slice(1, -1));
  });
});

test.each(LOCALE_LIST)("Slack's App Home (its welcome) says it too, linking the pages in %s", async (locale) => {
  const published: unknown[] = [];
  const client = { views: { publish: async (view: unknown) => void published.push(view) } };
  await createHomePublisher(async () => locale)(client as unknown as Parameters<ReturnType<typeof createHomePublisher>>[0], 'U123');
  const text = JSON.stringify(published);
  expect(text).toContain(t(locale, 'sinceArticle.title'));
  for (const url of CONFIRMED[locale]) expect(text).toContain(`<${url}|`);
});

test('every sample card with the notice converts to Block Kit', () => {
  const withAside = sampleCards().filter(({ card }) => asideOf(card));
  expect(new Set(withAside.map((s) => s.kind))).toEqual(new Set(['welcome', 'help', 'answer']));
  for (const { card } of withAside) expect(() => adaptiveCardToBlocks(card)).not.toThrow();
});
