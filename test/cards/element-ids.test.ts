// Card element ids and the local page's own ids live in one document when the page shows a card: a card TextBlock
// with id "question" once took the place of the page's input box. The page's ids all start with "cf-", its script
// only looks up ids the page has, and no card (template or rendered sample, any locale) uses that prefix.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { sampleCards } from '../../src/cards';

const ROOT = join(__dirname, '..', '..');
const PAGE_PREFIX = 'cf-';

const pageHtml = readFileSync(join(ROOT, 'web', 'index.html'), 'utf8');
const pageIds = [...pageHtml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const script = readFileSync(join(ROOT, 'web', 'app.js'), 'utf8');

/** Every `id` in a card's JSON, however deep (templates may bind ids to data: those are kept as written). */
function idsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(idsIn);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.id === 'string' ? [record.id] : [];
  return [...own, ...Object.values(record).flatMap(idsIn)];
}

const templates = readdirSync(join(ROOT, 'cards'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(join(ROOT, 'cards', file), 'utf8')) as unknown] as const);

test('every id of the page carries its prefix', () => {
  expect(pageIds.length).toBeGreaterThan(5);
  expect(pageIds.filter((id) => !id.startsWith(PAGE_PREFIX))).toEqual([]);
  expect(new Set(pageIds).size).toBe(pageIds.length);
});

test("the page's script looks up only ids the page has", () => {
  const lookedUp = [...script.matchAll(/byId\('([^']+)'\)/g)].map((m) => m[1]);
  expect(lookedUp.length).toBeGreaterThan(5);
  expect(lookedUp.filter((id) => !pageIds.includes(id))).toEqual([]);
  // Nothing else reaches for an element by id once cards can be on the page.
  expect(script.match(/getElementById/g)).toHaveLength(1);
});

test.each(templates)('card template %s uses no page id and not the page prefix', (_file, template) => {
  const ids = idsIn(template);
  expect(ids.filter((id) => id.startsWith(PAGE_PREFIX) || pageIds.includes(id))).toEqual([]);
});

test('no rendered sample card, in any locale, uses a page id or the page prefix', () => {
  const clashes = sampleCards().flatMap(({ name, locale, card }) =>
    idsIn(card)
      .filter((id) => id.toLowerCase().startsWith(PAGE_PREFIX) || pageIds.includes(id))
      .map((id) => `${locale} ${name}: ${id}`),
  );
  expect(clashes).toEqual([]);
});
