// The triage in the dialog, in both languages, with the real recognizer: a ticket pasted as text reaches the triage
// card (the comparison, the explanations with checks and links); a triage by buttons only, from the welcome card's
// button to the card, answering the questions that separate the explanations or saying "don't know"; help and start
// over in the middle of it, from the base dialog.
import type { AdaptiveCard } from '../../src/cards';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { slotQuestion } from '../../src/present';
import { allText, linksOf, submitsOf, textsOf } from '../dialogs/cardReading';
import { startConversation, type Says } from '../dialogs/harness';

const recognizer = createRecognizer();

const byId = (card: AdaptiveCard, id: string): Record<string, unknown> | undefined => {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const element = node as Record<string, unknown>;
    if (element.id === id) found = element;
    else Object.values(element).forEach(walk);
  };
  walk(card.body);
  return found;
};

const isTriageResult = (card: AdaptiveCard, locale: Locale) => byId(card, 'title')?.text === t(locale, 'triage.card.title');
const isTriageStep = (card: AdaptiveCard, locale: Locale) => byId(card, 'triageHeading')?.text === t(locale, 'triage.card.heading');
const click = (data: Record<string, unknown>): Says => ({ submit: data });
/** The button of a card with this title. */
function button(card: AdaptiveCard, title: string): Says {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const element = node as Record<string, unknown>;
    if (element.type === 'Action.Submit' && element.title === title) found.push(element.data as Record<string, unknown>);
    Object.values(element).forEach(walk);
  };
  walk([card.body, card.actions]);
  if (found.length !== 1) throw new Error(`no single button "${title}" in ${JSON.stringify(textsOf(card))}`);
  return click(found[0]);
}

describe.each<[Locale, string, string, RegExp]>([
  [
    'en',
    'en-US',
    'INC0048213: a user in Sales, wired in at her desk on our office network, calls customer landlines. We are 100% Skype for Business Online with Calling Plans. The trace shows her RTP leaving through the internet breakout and not the ExpressRoute circuit. Why?',
    /where the client really was/,
  ],
  [
    'zh-TW',
    'zh-TW',
    '工單 #TW-20931：業務部同仁在公司網路內的座位上撥外線打市話。我們全部都是 Skype for Business Online + 通話方案。網路組抓封包看到 RTP 走網際網路出口，沒有走 ER。請問原因？',
    /實際在哪裡/,
  ],
])('%s: a ticket pasted as text', (locale, clientLocale, ticket, clientCheck) => {
  it('reaches the triage card: expected and observed side by side, explanations with checks and links into the article', async () => {
    const chat = startConversation({ recognizer, locale: clientLocale, publicBaseUrl: 'https://advisor.example.com' });
    let [card] = await chat.say(ticket);
    // A fact the ticket does not give may be asked first, with "don't know" beside its values.
    for (let turn = 0; turn < 4 && isTriageStep(card, locale); turn++) {
      const answer = submitsOf(card).find((d) => d.action === 'answer');
      expect(answer).toBeDefined();
      [card] = await chat.say(click(answer!));
    }
    expect(isTriageResult(card, locale)).toBe(true);
    const text = allText(card);
    expect(text).toContain(t(locale, 'triage.card.columns.expected'));
    expect(text).toContain(t(locale, 'triage.card.verdict.differs'));
    expect(text).toMatch(clientCheck);
    expect(linksOf(card).some((url) => url.includes(`learn.microsoft.com/${locale === 'en' ? 'en-us' : 'zh-tw'}/`))).toBe(true);
    const diagram = byId(card, 'diagram');
    expect(String(diagram?.url)).toMatch(new RegExp(`^https://advisor.example.com/diagram/${locale}/.+__seen-media-user-internet.*\\.png$`));
    const session = await chat.session();
    expect(session.triage?.observations).toEqual([{ traffic: 'media', party: 'user', path: 'internet', notPaths: ['expressRoute'] }]);
  });
});

describe.each<[Locale, string]>([
  ['en', 'en-US'],
  ['zh-TW', 'zh-TW'],
])('%s: a triage by buttons only', (locale, clientLocale) => {
  it('goes from the welcome card to the triage card through its questions', async () => {
    const chat = startConversation({ recognizer, locale: clientLocale });
    let [card] = await chat.say(click({ action: 'help' }));
    [card] = await chat.say(button(card, t(locale, 'triage.offer.button')));
    expect(isTriageStep(card, locale)).toBe(true);
    expect(byId(card, 'question')?.text).toBe(t(locale, 'triage.card.pickLeg'));
    const leg = t(locale, 'triage.leg', { party: t(locale, 'parties.user'), traffic: t(locale, 'traffic.media.name') });
    [card] = await chat.say(button(card, leg));
    [card] = await chat.say(button(card, t(locale, 'paths.internet')));
    [card] = await chat.say(button(card, t(locale, 'triage.card.edge.unknown')));
    // Nothing is known of the call yet: the triage asks what separates the outcomes, most informative first.
    const asked: string[] = [];
    for (let turn = 0; turn < 6 && isTriageStep(card, locale); turn++) {
      const answers = submitsOf(card).filter((d) => d.action === 'answer');
      expect(answers.length).toBeGreaterThan(0);
      expect(textsOf(card)).toContain(t(locale, 'triage.card.unknown'));
      asked.push(String(answers[0].slot));
      expect(byId(card, 'question')?.text).toBe(slotQuestion(answers[0].slot as never, locale));
      // Online PSTN from the office: what the article expects is ExpressRoute, so the Internet differs.
      const wanted = { deployment: 'online', callType: 'pstn', location: 'customerNetwork' }[String(answers[0].slot)];
      const choice = answers.find((d) => d.value === wanted) ?? answers[0];
      [card] = await chat.say(click(choice));
    }
    expect(asked.length).toBeGreaterThan(0);
    expect(isTriageResult(card, locale)).toBe(true);
    const session = await chat.session();
    expect(session.triage?.observations).toEqual([{ traffic: 'media', party: 'user', path: 'internet' }]);
    expect(allText(card)).toContain(t(locale, 'triage.card.explanationsHeading'));
  });

  it('"don\'t know" stops a question and shows when what was observed would be what the article describes', async () => {
    const chat = startConversation({ recognizer, locale: clientLocale });
    let [card] = await chat.say(click({ action: 'triage' }));
    [card] = await chat.say(click({ action: 'observeLeg', traffic: 'media', party: 'user' }));
    [card] = await chat.say(click({ action: 'observePath', path: 'internet' }));
    [card] = await chat.say(click({ action: 'observeEdge', edge: 'direct' }));
    [card] = await chat.say(click({ action: 'answer', slot: 'deployment', value: 'online' }));
    for (let turn = 0; turn < 6 && isTriageStep(card, locale); turn++) {
      const unknown = submitsOf(card).find((d) => d.action === 'triageUnknown');
      [card] = (await chat.say(click(unknown!))).slice(-1);
    }
    expect(isTriageResult(card, locale)).toBe(true);
    expect(allText(card)).toContain(t(locale, 'triage.summary.undetermined'));
    expect((await chat.session()).triage?.unknown.length).toBeGreaterThan(0);
  });

  it('takes help and start over from the base dialog in the middle of a triage', async () => {
    const chat = startConversation({ recognizer, locale: clientLocale });
    await chat.say(click({ action: 'triage' }));
    await chat.say(click({ action: 'observeLeg', traffic: 'signaling', party: 'user' }));
    const [help, again] = await chat.say(locale === 'en' ? 'help' : '說明');
    expect(byId(help, 'title')?.text).toBe(t(locale, 'cards.help.title'));
    expect(byId(again, 'question')?.text).toBe(t(locale, 'triage.card.pickPath', { leg: t(locale, 'triage.leg', { party: t(locale, 'parties.user'), traffic: t(locale, 'traffic.signaling.name') }) }));
    const [welcome] = await chat.say(click({ action: 'restart' }));
    expect(byId(welcome, 'title')?.text).toBe(t(locale, 'cards.welcome.title'));
    expect((await chat.session()).triage).toBeUndefined();
    // A stale triage button after starting over is refused in the user's language, and nothing changes.
    const [stale] = await chat.say(click({ action: 'observePath', path: 'internet' }));
    expect(allText(stale)).toContain(t(locale, 'dialog.invalidChoice'));
    // A normal question afterwards is answered as before.
    const [answer] = await chat.say(locale === 'en' ? 'PSTN call with Cloud Connector from the office' : 'Cloud Connector 部署，在辦公室打 PSTN 電話');
    expect(byId(answer, 'source')).toBeDefined();
  });
});
