// The local page in a real browser (Debian's chromium, headless, no background networking), as a person uses it:
// a complete English question gets the answer card with its diagram; a vague Chinese one is answered after
// clicking through the question buttons, or typing the answers; what is typed while the page starts or while an
// answer is on its way is queued and answered in order; a network failure or a failing server gives the text back.
// Locators go by role and label (what a person sees), never by the page's element ids. Screenshots go to
// test-output/web/.
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Locator, type Page, type Route } from 'playwright-core';
import { SLOT_VALUES, type SlotName } from '../../src/engine/types';
import { LOCALE_LIST, t, type Locale } from '../../src/i18n';
import { MAX_TEXT_LENGTH } from '../../src/channels/web';
import { startWebServer, type WebServer } from './server';

jest.setTimeout(180_000);

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(__dirname, '..', '..', 'test-output', 'web');

let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (scripts/system-deps.sh does).`);
  mkdirSync(OUTPUT, { recursive: true });
  server = await startWebServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page in a browser context of its own (its own storage: a language chosen in one test stays there), whose
 * script errors fail the test: the page must never throw at the user.
 */
async function newPage(viewport = { width: 1000, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize(viewport);
  return { page, errors };
}

/** The conversation, by its name in either language. */
const conversation = (page: Page) =>
  page.getByRole('list', { name: new RegExp(`^(${LOCALE_LIST.map((l) => t(l, 'web.conversationLabel')).join('|')})$`) });
const entries = (page: Page) => conversation(page).locator(':scope > li');
const botEntries = (page: Page) => conversation(page).locator(':scope > li.bot');
const box = (page: Page, locale: Locale = 'en') => page.getByLabel(t(locale, 'web.inputLabel'));

/** The welcome card, drawn by the Adaptive Cards renderer. */
async function waitForWelcome(page: Page): Promise<void> {
  await botEntries(page).first().locator('.ac-adaptiveCard').first().waitFor();
}

async function openPage(viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const opened = await newPage(viewport);
  await opened.page.goto(`${server.baseUrl}/`);
  await waitForWelcome(opened.page);
  return opened;
}

/** Sends typed text the way a person does: type it, press Enter. */
async function ask(page: Page, text: string, locale: Locale = 'en'): Promise<void> {
  await box(page, locale).fill(text);
  await box(page, locale).press('Enter');
}

/** Waits until no answer is on its way and nothing waits to be sent. */
async function waitUntilIdle(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^$/ }).waitFor();
  await expect(entries(page).filter({ hasText: t('en', 'web.queued') }).count()).resolves.toBe(0);
}

/** The diagram in the last answer: shown, loaded (a decoded PNG has a width), and described for screen readers. */
async function expectDiagramLoaded(page: Page, locale: string): Promise<void> {
  const img = botEntries(page).locator(`img[src*="/diagram/${locale}/"]`).last();
  await img.waitFor();
  await page.waitForFunction(
    (el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0,
    await img.elementHandle(),
  );
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(500);
  expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(20);
}

/** Reads a value until it passes `accept` or the time is up, then gives the last value for the test to assert on. */
async function settle<T>(read: () => T | Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Holds the requests a route matches until `release()`; `count` says how many arrived. */
async function holdRequests(page: Page, url: string): Promise<{ release: () => void; arrived: () => number }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let count = 0;
  await page.route(url, async (route: Route) => {
    count++;
    await gate;
    await route.continue();
  });
  return { release, arrived: () => count };
}

const P2P_QUESTION = 'Skype for Business Online peer-to-peer call, both users on our network: where does the media go?';
const CONFERENCE_QUESTION = 'Online user at a coffee shop joins a conference organized by an Online user: does it use ExpressRoute?';

/** The text of an answer card: its two traffic headings are there. */
async function expectAnswer(entry: Locator, locale: Locale = 'en'): Promise<string> {
  const text = await entry.locator('.ac-adaptiveCard').first().innerText();
  expect(text).toContain(t(locale, 'answer.signaling'));
  expect(text).toContain(t(locale, 'answer.media'));
  return text;
}

test('a complete question in English gets the answer card with its diagram', async () => {
  const { page, errors } = await openPage();
  await ask(page, P2P_QUESTION);
  await expectDiagramLoaded(page, 'en');
  const text = await expectAnswer(botEntries(page).last());
  expect(text).toContain(t('en', 'paths.local'));
  expect(text).toContain(t('en', 'paths.expressRoute'));
  expect(await conversation(page).locator(':scope > li.user').last().innerText()).toContain('peer-to-peer call');
  await page.screenshot({ path: join(OUTPUT, 'en-answer.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});

/** Every answer choice any question card can offer, in a language. */
function allChoices(locale: Locale): Set<string> {
  return new Set(
    (Object.keys(SLOT_VALUES) as SlotName[]).flatMap((slot) => SLOT_VALUES[slot].map((value) => t(locale, `slots.${slot}.values.${value}`))),
  );
}

test('a vague question in Chinese is answered after clicking through the question buttons, on a phone-sized page', async () => {
  const { page, errors } = await openPage({ width: 412, height: 915 });
  // The page's own language switch (the welcome card has one too).
  await page.getByRole('group', { name: t('en', 'web.languageLabel') }).getByRole('button', { name: t('zh-TW', 'web.languageNames.zh-TW') }).click();
  await expect(box(page, 'zh-TW').count()).resolves.toBe(1);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-TW');
  await waitUntilIdle(page);

  await box(page, 'zh-TW').fill('會議的訊號走哪裡？');
  await page.getByRole('button', { name: t('zh-TW', 'web.send') }).click();

  const choices = allChoices('zh-TW');
  const diagram = botEntries(page).locator('img[src*="/diagram/zh-TW/"]');
  const clicked: string[] = [];
  for (let step = 0; step < 8 && (await diagram.count()) === 0; step++) {
    await waitUntilIdle(page);
    const buttons = botEntries(page).last().locator('button.ac-pushButton');
    const titles = await buttons.allInnerTexts();
    const index = titles.findIndex((title) => choices.has(title.trim()));
    if (index < 0) break;
    const before = await entries(page).count();
    clicked.push(titles[index].trim());
    await buttons.nth(index).click();
    expect(await settle(() => entries(page).count(), (n) => n > before + 1)).toBeGreaterThan(before + 1);
  }
  expect(clicked.length).toBeGreaterThan(0);
  await expectDiagramLoaded(page, 'zh-TW');
  await expectAnswer(botEntries(page).last(), 'zh-TW');
  // What the user clicked shows on their side of the conversation.
  expect(await conversation(page).locator(':scope > li.user').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(clicked[0])]));
  await page.screenshot({ path: join(OUTPUT, 'zh-TW-answer.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('an answer typed after a question card is taken, and the next card comes (the card text "question" is not the input box)', async () => {
  const { page, errors } = await openPage();
  const choices = allChoices('en');
  await ask(page, 'where does media go for a conference?');
  const typed: string[] = [];
  for (let step = 0; step < 8 && (await botEntries(page).locator('img[src*="/diagram/"]').count()) === 0; step++) {
    await waitUntilIdle(page);
    const titles = (await botEntries(page).last().locator('button.ac-pushButton').allInnerTexts()).map((x) => x.trim());
    const choice = titles.find((title) => choices.has(title));
    if (!choice) break;
    const before = await botEntries(page).count();
    typed.push(choice);
    await ask(page, choice);
    // The typed answer is the user's entry, and the advisor answers it with the next card.
    await expect(conversation(page).locator(':scope > li.user').last().innerText()).resolves.toContain(choice);
    expect(await settle(() => botEntries(page).count(), (n) => n > before)).toBeGreaterThan(before);
    expect(await box(page).inputValue()).toBe('');
  }
  expect(typed.length).toBeGreaterThan(1);
  await expectAnswer(botEntries(page).last());
  // No element of the page shares its id with another one: card ids cannot take the place of the page's own.
  const duplicated = await page.evaluate(() => {
    const pageIds = Array.from(document.querySelectorAll('body [id]')).filter((el) => !el.closest('.ac-adaptiveCard')).map((el) => el.id);
    return pageIds.filter((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length !== 1);
  });
  expect(duplicated).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a question typed before the welcome arrives is kept, shown as waiting, and answered after the welcome', async () => {
  const { page, errors } = await newPage();
  const start = await holdRequests(page, '**/web/api/conversations');
  let messages = 0;
  page.on('request', (request) => void (request.url().endsWith('/web/api/messages') && messages++));
  await page.goto(`${server.baseUrl}/`);
  await box(page).waitFor();
  expect(await settle(start.arrived, (n) => n === 1)).toBe(1);

  await ask(page, P2P_QUESTION);
  const mine = conversation(page).locator(':scope > li.user');
  await expect(mine.count()).resolves.toBe(1);
  expect(await mine.first().innerText()).toContain('peer-to-peer call');
  // The user sees it waits; nothing is sent before there is a conversation to send it to.
  await expect(mine.first().innerText()).resolves.toContain(t('en', 'web.queued'));
  expect(messages).toBe(0);
  expect(await box(page).inputValue()).toBe('');

  start.release();
  await waitForWelcome(page);
  await expectDiagramLoaded(page, 'en');
  await waitUntilIdle(page);
  // In order: the welcome, the question, its answer.
  const kinds = await entries(page).evaluateAll((items) => items.map((li) => li.className));
  expect(kinds.map((k) => k.split(' ')[0])).toEqual(['bot', 'user', 'bot']);
  await expectAnswer(botEntries(page).last());
  expect(await mine.first().innerText()).not.toContain(t('en', 'web.queued'));
  expect(messages).toBe(1);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a question typed while the previous answer is on its way is queued and both are answered, in order', async () => {
  const { page, errors } = await openPage();
  const first = await holdRequests(page, '**/web/api/messages');
  await ask(page, P2P_QUESTION);
  expect(await settle(first.arrived, (n) => n === 1)).toBe(1);
  await ask(page, CONFERENCE_QUESTION);
  const mine = conversation(page).locator(':scope > li.user');
  await expect(mine.count()).resolves.toBe(2);
  await expect(mine.nth(1).innerText()).resolves.toContain(t('en', 'web.queued'));
  // The second one is not sent while the first is on its way.
  expect(first.arrived()).toBe(1);

  first.release();
  const answered = () => botEntries(page).locator('img[src*="/diagram/"]').count();
  expect(await settle(answered, (n) => n === 2)).toBe(2);
  await waitUntilIdle(page);
  const order = await entries(page).evaluateAll((items) => items.map((li) => `${li.className.split(' ')[0]}:${li.textContent?.slice(0, 60)}`));
  expect(order).toHaveLength(5);
  expect(order[1]).toContain('peer-to-peer');
  expect(order[3]).toContain('coffee shop');
  const answers = botEntries(page);
  expect(await expectAnswer(answers.nth(1))).toContain(t('en', 'paths.local'));
  expect(await expectAnswer(answers.nth(2))).toContain(t('en', 'paths.internet'));
  expect(errors).toEqual([]);
  await page.context().close();
});

test('when the network fails, the text comes back to the box with the reason, and sends once the network is back', async () => {
  const { page, errors } = await openPage();
  await page.context().setOffline(true);
  try {
    await ask(page, P2P_QUESTION);
    expect(await settle(() => box(page).inputValue(), (v) => v === P2P_QUESTION)).toBe(P2P_QUESTION);
    const reason = t('en', 'web.offline');
    await expect(botEntries(page).last().innerText()).resolves.toContain(reason);
    await expect(conversation(page).locator(':scope > li.user').last().innerText()).resolves.toContain(t('en', 'web.notSent'));
  } finally {
    await page.context().setOffline(false);
  }
  await box(page).press('Enter');
  await expectDiagramLoaded(page, 'en');
  expect(await box(page).inputValue()).toBe('');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('when the server answers an error page, the text comes back to the box with the reason', async () => {
  const { page, errors } = await openPage();
  await page.route('**/web/api/messages', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }), { times: 1 });
  await ask(page, CONFERENCE_QUESTION);
  expect(await settle(() => box(page).inputValue(), (v) => v === CONFERENCE_QUESTION)).toBe(CONFERENCE_QUESTION);
  await expect(botEntries(page).last().innerText()).resolves.toContain(t('en', 'web.networkError', { status: 502 }));
  // Sent again, it is answered.
  await box(page).press('Enter');
  const answered = () => botEntries(page).locator('img[src*="/diagram/"]').count();
  expect(await settle(answered, (n) => n === 1)).toBe(1);
  expect(errors).toEqual([]);
  await page.context().close();
});

/** The links of the "since the article" notice in an entry, as the reader sees them: title and address. */
async function noticeLinks(entry: Locator): Promise<{ title: string; href: string }[]> {
  return entry.getByRole('link').evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
}

test("what changed since the article shows on the welcome, help and the first answer only, linked in the reader's language", async () => {
  const { page, errors } = await openPage();
  const learn = (locale: Locale) => new RegExp(`^https://learn\\.microsoft\\.com/${locale === 'en' ? 'en-us' : 'zh-tw'}/`);
  const welcome = botEntries(page).first();
  expect(await welcome.innerText()).toContain(t('en', 'sinceArticle.title'));
  const welcomeLinks = await noticeLinks(welcome);
  expect(welcomeLinks.map((link) => link.title)).toEqual(
    ['sfbOnlineRetirement', 'cceRetirementNotice', 'server2015Lifecycle', 'server2019Lifecycle', 'expressRouteForMicrosoft365'].map((id) => t('en', `sinceArticle.sources.${id}`)),
  );
  for (const link of welcomeLinks) expect(link.href).toMatch(learn('en'));
  // Links open in a new tab and give the page nothing of this one.
  expect(await welcome.getByRole('link').first().getAttribute('rel')).toContain('noopener');

  await ask(page, P2P_QUESTION);
  await expectDiagramLoaded(page, 'en');
  expect(await botEntries(page).last().innerText()).toContain(t('en', 'sinceArticle.title'));
  await ask(page, CONFERENCE_QUESTION);
  expect(await settle(() => botEntries(page).locator('img[src*="/diagram/"]').count(), (n) => n === 2)).toBe(2);
  expect(await botEntries(page).last().innerText()).not.toContain(t('en', 'sinceArticle.title'));

  // In Chinese, help says it again, linking the zh-tw pages.
  await page.getByRole('group', { name: t('en', 'web.languageLabel') }).getByRole('button', { name: t('zh-TW', 'web.languageNames.zh-TW') }).click();
  await waitUntilIdle(page);
  await ask(page, '說明', 'zh-TW');
  await waitUntilIdle(page);
  const help = botEntries(page).last();
  expect(await help.innerText()).toContain(t('zh-TW', 'sinceArticle.title'));
  const helpLinks = await noticeLinks(help);
  expect(helpLinks).toHaveLength(5);
  for (const link of helpLinks) expect(link.href).toMatch(learn('zh-TW'));
  await page.screenshot({ path: join(OUTPUT, 'zh-TW-help-since-article.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});

test("the server's own refusal comes back in the page's language, and the text with it", async () => {
  const { page, errors } = await openPage();
  await page.getByRole('group', { name: t('en', 'web.languageLabel') }).getByRole('button', { name: t('zh-TW', 'web.languageNames.zh-TW') }).click();
  await waitUntilIdle(page);
  // A browser that ignores the box's length limit sends a text the server refuses (400, in the page's language).
  await box(page, 'zh-TW').evaluate((el) => el.removeAttribute('maxlength'));
  const tooLong = '會議'.repeat(MAX_TEXT_LENGTH);
  await ask(page, tooLong, 'zh-TW');
  expect(await settle(() => box(page, 'zh-TW').inputValue(), (v) => v === tooLong)).toBe(tooLong);
  const reason = t('zh-TW', 'web.errors.tooLong', { limit: MAX_TEXT_LENGTH });
  expect(await botEntries(page).last().innerText()).toContain(t('zh-TW', 'web.sendFailed', { reason }));
  expect(errors).toEqual([]);
  await page.context().close();
});

test('when a message fails, the ones queued behind it come back too, in order, and a click says to click again', async () => {
  const { page, errors } = await openPage();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    '**/web/api/messages',
    async (route) => {
      await gate;
      await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ message: 'Busy, try later.' }) });
    },
    { times: 1 },
  );
  await ask(page, 'first question');
  await ask(page, 'second question');
  await box(page).fill('a draft');
  release();
  expect(await settle(() => box(page).inputValue(), (v) => v !== 'a draft')).toBe('first question\nsecond question\na draft');
  const mine = conversation(page).locator(':scope > li.user');
  for (const text of await mine.allInnerTexts()) expect(text).toContain(t('en', 'web.notSent'));
  expect(await botEntries(page).last().innerText()).toContain(t('en', 'web.sendFailed', { reason: 'Busy, try later.' }));

  // A card's button that cannot be sent: the entry says so, and the reason says to click again.
  await page.route('**/web/api/messages', (route) => route.abort('connectionreset'));
  await botEntries(page).first().getByRole('button', { name: t('en', 'cards.common.help') }).click();
  const clickFailed = t('en', 'web.clickFailed', { reason: t('en', 'web.offline') });
  expect(await settle(() => botEntries(page).last().innerText(), (text) => text.includes(clickFailed))).toContain(clickFailed);
  expect(await mine.last().innerText()).toContain(t('en', 'web.notSent'));
  expect(await box(page).inputValue()).toBe('first question\nsecond question\na draft');
  expect(errors).toEqual([]);
  await page.context().close();
});

test("a question typed before the page's words have loaded is answered, and its entry gets the words once they come", async () => {
  const { page, errors } = await newPage();
  const strings = await holdRequests(page, '**/web/api/strings');
  await page.goto(`${server.baseUrl}/`);
  // The box is usable with the page's built-in English label before anything else has loaded.
  await ask(page, P2P_QUESTION);
  expect(await settle(strings.arrived, (n) => n === 1)).toBe(1);
  strings.release();
  await expectDiagramLoaded(page, 'en');
  await waitUntilIdle(page);
  const mine = conversation(page).locator(':scope > li.user');
  expect(await mine.locator('.who').innerText()).toBe(t('en', 'web.you'));
  expect(await botEntries(page).first().locator('.who').innerText()).toBe(t('en', 'web.advisor'));
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a pasted helpdesk ticket gets the triage card, with its diagram marking the observed path', async () => {
  const { page, errors } = await openPage();
  await ask(page, 'Online tenant. A user at her desk in the office calls a landline; the trace shows the media going out the internet breakout, not ER. Why?');
  // Where the client was may be asked first (with "don't know" beside the answers): the office.
  await waitUntilIdle(page);
  const onYourNetwork = botEntries(page).last().getByRole('button', { name: t('en', 'slots.location.values.customerNetwork'), exact: true });
  if ((await onYourNetwork.count()) > 0) await onYourNetwork.click();
  const img = botEntries(page).locator('img[src*="__seen-media-user-internet"]').last();
  await img.waitFor();
  await page.waitForFunction((el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 500, await img.elementHandle());
  const text = await botEntries(page).last().locator('.ac-adaptiveCard').first().innerText();
  expect(text).toContain(t('en', 'triage.card.columns.observed'));
  expect(text).toContain(t('en', 'triage.card.explanationsHeading'));
  await page.screenshot({ path: join(OUTPUT, 'en-triage.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a triage by buttons only, in Chinese, from the welcome card to the triage card', async () => {
  const { page, errors } = await openPage();
  await page.getByRole('group', { name: t('en', 'web.languageLabel') }).getByRole('button', { name: t('zh-TW', 'web.languageNames.zh-TW') }).click();
  await waitUntilIdle(page);
  const click = async (name: string) => {
    await waitUntilIdle(page);
    const before = await entries(page).count();
    await botEntries(page).last().getByRole('button', { name, exact: true }).first().click();
    expect(await settle(() => entries(page).count(), (n) => n > before + 1)).toBeGreaterThan(before + 1);
  };
  await botEntries(page).getByRole('button', { name: t('zh-TW', 'triage.offer.button') }).last().click();
  await settle(() => botEntries(page).last().innerText(), (text) => text.includes(t('zh-TW', 'triage.card.pickLeg')));
  await click(t('zh-TW', 'triage.leg', { party: t('zh-TW', 'parties.user'), traffic: t('zh-TW', 'traffic.media.name') }));
  await click(t('zh-TW', 'paths.internet'));
  await click(t('zh-TW', 'triage.card.edge.unknown'));
  // The facts of the call, as the triage asks them: an Online PSTN call from the office.
  const facts = [t('zh-TW', 'slots.deployment.values.online'), t('zh-TW', 'slots.callType.values.pstn'), t('zh-TW', 'slots.location.values.customerNetwork')];
  for (let step = 0; step < 5; step++) {
    await waitUntilIdle(page);
    const titles = (await botEntries(page).last().locator('button.ac-pushButton').allInnerTexts()).map((s) => s.trim());
    const next = facts.find((f) => titles.includes(f));
    if (!next) break;
    await click(next);
  }
  await waitUntilIdle(page);
  const text = await botEntries(page).last().locator('.ac-adaptiveCard').first().innerText();
  expect(text).toContain(t('zh-TW', 'triage.summary.differs'));
  await page.screenshot({ path: join(OUTPUT, 'zh-TW-triage.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});
