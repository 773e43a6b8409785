// The local page in a real browser (Debian's chromium, headless, no background networking), as a person uses it:
// a complete English question gets the answer card with its diagram; a vague Chinese one is answered after
// clicking through the question buttons. Screenshots go to test-output/web/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SLOT_VALUES, type SlotName } from '../../src/engine/types';
import { t } from '../../src/i18n';
import { startWebServer, type WebServer } from './server';

jest.setTimeout(180_000);

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(__dirname, '..', '..', 'test-output', 'web');

let server: WebServer;
let browser: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (scripts/system-deps.sh does).`);
  mkdirSync(OUTPUT, { recursive: true });
  server = await startWebServer();
  userDataDir = mkdtempSync(join(tmpdir(), 'callflow-chromium-'));
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function openPage(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${server.baseUrl}/`);
  // The welcome card is rendered by the Adaptive Cards renderer.
  await page.locator('#log li.bot .card .ac-adaptiveCard').first().waitFor();
  return page;
}

/** The diagram in the last answer: shown, loaded (a decoded PNG has a width), and described for screen readers. */
async function expectDiagramLoaded(page: Page, locale: string): Promise<void> {
  const img = page.locator(`#log li.bot .card img[src*="/diagram/${locale}/"]`).last();
  await img.waitFor();
  await page.waitForFunction(
    (el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0,
    await img.elementHandle(),
  );
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(500);
  expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(20);
}

test('a complete question in English gets the answer card with its diagram', async () => {
  const page = await openPage({ width: 1000, height: 900 });
  await page.getByLabel(t('en', 'web.inputLabel')).fill('Skype for Business Online peer-to-peer call, both users on our network: where does the media go?');
  await page.keyboard.press('Enter');
  await expectDiagramLoaded(page, 'en');
  const answer = page.locator('#log li.bot').last();
  const text = await answer.innerText();
  expect(text).toContain(t('en', 'answer.signaling'));
  expect(text).toContain(t('en', 'answer.media'));
  expect(text).toContain(t('en', 'paths.local'));
  expect(text).toContain(t('en', 'paths.expressRoute'));
  expect(await page.locator('#log li.user').last().innerText()).toContain('peer-to-peer call');
  await page.screenshot({ path: join(OUTPUT, 'en-answer.png'), fullPage: true });
  await page.close();
});

test('a vague question in Chinese is answered after clicking through the question buttons, on a phone-sized page', async () => {
  const page = await openPage({ width: 412, height: 915 });
  // The page's own language switch (the welcome card has one too).
  await page.getByRole('group', { name: t('en', 'web.languageLabel') }).getByRole('button', { name: t('zh-TW', 'web.languageNames.zh-TW') }).click();
  await expect(page.getByLabel(t('zh-TW', 'web.inputLabel')).count()).resolves.toBe(1);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-TW');
  await page.locator('#status').filter({ hasText: /^$/ }).waitFor();

  await page.getByLabel(t('zh-TW', 'web.inputLabel')).fill('會議的訊號走哪裡？');
  await page.getByRole('button', { name: t('zh-TW', 'web.send') }).click();

  // Every answer choice any question card can offer, in Chinese.
  const choices = new Set(
    (Object.keys(SLOT_VALUES) as SlotName[]).flatMap((slot) => SLOT_VALUES[slot].map((value) => t('zh-TW', `slots.${slot}.values.${value}`))),
  );
  const diagram = page.locator('#log li.bot .card img[src*="/diagram/zh-TW/"]');
  const clicked: string[] = [];
  for (let step = 0; step < 8 && (await diagram.count()) === 0; step++) {
    const entries = page.locator('#log li');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === '');
    const lastCard = page.locator('#log li.bot').last();
    const buttons = lastCard.locator('button.ac-pushButton');
    const titles = await buttons.allInnerTexts();
    const index = titles.findIndex((title) => choices.has(title.trim()));
    if (index < 0) break;
    const before = await entries.count();
    clicked.push(titles[index].trim());
    await buttons.nth(index).click();
    await page.waitForFunction((n) => document.querySelectorAll('#log li').length > n + 1, before);
  }
  expect(clicked.length).toBeGreaterThan(0);
  await expectDiagramLoaded(page, 'zh-TW');
  const text = await page.locator('#log li.bot').last().innerText();
  expect(text).toContain(t('zh-TW', 'answer.signaling'));
  expect(text).toContain(t('zh-TW', 'answer.media'));
  // What the user clicked shows on their side of the conversation.
  expect(await page.locator('#log li.user').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(clicked[0])]));
  await page.screenshot({ path: join(OUTPUT, 'zh-TW-answer.png'), fullPage: true });
  await page.close();
});
