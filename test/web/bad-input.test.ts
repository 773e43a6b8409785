// Bad input on the local page's JSON endpoints, over real HTTP, in both languages: malformed JSON (400), bodies over
// the documented limit (413), compressed or non-JSON bodies, odd fields, very long or binary-looking text and
// tampered card data. Each gets a clear message in the page's language, never a 500, and the server keeps serving.
import { gzipSync } from 'zlib';
import { MAX_BODY_BYTES } from '../../src/channels/botframework';
import { MAX_TEXT_LENGTH } from '../../src/channels/web';
import { t, type Locale } from '../../src/i18n';
import { textLocale } from '../../dialogs';
import { TEXT_LIMIT } from '../../dialogs/interpret';
import { textsOf } from '../dialogs/cardReading';
import { readReplies } from '../fuzz/replies';
import { startWebServer, type WebServer } from './server';

interface PageActivity {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: Parameters<typeof textsOf>[0] }[];
}

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer();
});
afterAll(() => server.close());

const MESSAGES = '/web/api/messages';
const CONVERSATIONS = '/web/api/conversations';
/** What a browser sends for each page language (the page also sends its own language this way). */
const ACCEPT: Record<Locale, string> = { en: 'en-US,en;q=0.9', 'zh-TW': 'zh-TW,zh;q=0.9,en;q=0.8' };
const LOCALES: Locale[] = ['en', 'zh-TW'];

function post(path: string, body: string | Uint8Array | ReadableStream, locale: Locale, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': ACCEPT[locale], ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function refusal(response: Response): Promise<{ status: number; message: string }> {
  const { message } = (await response.json()) as { message: string };
  return { status: response.status, message };
}

async function startConversation(locale: Locale): Promise<string> {
  const response = await post(CONVERSATIONS, JSON.stringify({ locale }), locale);
  expect(response.status).toBe(200);
  return ((await response.json()) as { conversationId: string }).conversationId;
}

/**
 * A turn the page sends, in a new conversation: its replies, checked as the fuzz test checks every reply, in the
 * language of the typed text when it is clearly written in one (the dialogs' rule), else in the page's.
 */
async function turn(locale: Locale, fields: Record<string, unknown>): Promise<PageActivity[]> {
  const id = await startConversation(locale);
  const response = await post(MESSAGES, JSON.stringify({ conversationId: id, locale, ...fields }), locale);
  expect(response.status).toBe(200);
  const { activities } = (await response.json()) as { activities: PageActivity[] };
  expect(activities.length).toBeGreaterThan(0);
  const typed = typeof fields.text === 'string' ? textLocale(fields.text.slice(0, TEXT_LIMIT)) : undefined;
  expect(readReplies(activities, typed ?? locale).problems).toEqual([]);
  return activities;
}

/** Every text the replies to a turn show. */
async function say(locale: Locale, fields: Record<string, unknown>): Promise<string[]> {
  const activities = await turn(locale, fields);
  return activities.flatMap((a) => [...(a.text ? [a.text] : []), ...(a.attachments ?? []).flatMap((x) => textsOf(x.content))]);
}

async function expectStillServing(locale: Locale): Promise<void> {
  expect(await say(locale, { text: 'help' })).toContain(t(locale, 'cards.help.title'));
}

const oversized = (locale: Locale) => JSON.stringify({ conversationId: '00000000-0000-4000-8000-000000000000', locale, text: 'x'.repeat(MAX_BODY_BYTES) });

describe.each(LOCALES)('in %s', (locale) => {
  describe.each([MESSAGES, CONVERSATIONS])('%s', (path) => {
    test('malformed JSON: 400 with a message in the page language', async () => {
      for (const body of ['{"conversationId": ', '{not json', '{"a":1}}', "{'single':'quotes'}", '\u0000\u0001']) {
        expect(await refusal(await post(path, body, locale))).toEqual({ status: 400, message: t(locale, 'http.badJson') });
      }
    });

    test(`a body over the ${MAX_BODY_BYTES}-byte limit: 413 naming the limit, declared or streamed`, async () => {
      const expected = { status: 413, message: t(locale, 'http.tooLarge', { limit: MAX_BODY_BYTES, kib: MAX_BODY_BYTES / 1024 }) };
      expect(await refusal(await post(path, oversized(locale), locale))).toEqual(expected);
      const bytes = new TextEncoder().encode(oversized(locale));
      const streamed = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 32 * 1024) controller.enqueue(bytes.subarray(i, i + 32 * 1024));
          controller.close();
        },
      });
      expect(await refusal(await post(path, streamed, locale))).toEqual(expected);
    });

    test('a compressed body: 415 with a message in the page language', async () => {
      const body = gzipSync(JSON.stringify({ locale, text: 'help' }));
      expect(await refusal(await post(path, body, locale, { 'Content-Encoding': 'gzip' }))).toEqual({ status: 415, message: t(locale, 'http.encoded') });
    });
  });

  test.each([
    ['plain text', 'help', { 'Content-Type': 'text/plain' }],
    ['form data', 'text=help', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['JSON null', 'null', {}],
    ['a JSON array', '[{"text":"help"}]', {}],
    ['a JSON string', '"help"', {}],
    ['a JSON number', '42', {}],
    ['an empty body', '', {}],
  ])('a message that is %s: 400 asking for a JSON object, in the page language', async (_name, body, headers) => {
    expect(await refusal(await post(MESSAGES, body, locale, headers))).toEqual({ status: 400, message: t(locale, 'web.errors.notJson') });
  });

  test.each([
    ['a numeric conversation id', { conversationId: 42, text: 'help' }],
    ['an object conversation id', { conversationId: { id: 'x' }, text: 'help' }],
    ['a prototype key as conversation id', { conversationId: '__proto__', text: 'help' }],
  ])('%s: 400 saying the conversation is unknown', async (_name, fields) => {
    expect(await refusal(await post(MESSAGES, JSON.stringify({ locale, ...fields }), locale))).toEqual({
      status: 400,
      message: t(locale, 'web.errors.badConversation'),
    });
  });

  test.each([
    ['numeric text', { text: 42 }],
    ['text that is a list', { text: ['help'] }],
    ['whitespace only', { text: ' \u3000\t\n\u00a0' }],
  ])('%s: 400 asking for a question', async (_name, fields) => {
    const id = await startConversation(locale);
    expect(await refusal(await post(MESSAGES, JSON.stringify({ conversationId: id, locale, ...fields }), locale))).toEqual({
      status: 400,
      message: t(locale, 'web.errors.noContent'),
    });
  });

  test(`text over the page's ${MAX_TEXT_LENGTH}-character limit: 400 naming the limit`, async () => {
    const id = await startConversation(locale);
    const body = JSON.stringify({ conversationId: id, locale, text: '媒'.repeat(MAX_TEXT_LENGTH + 1) });
    expect(await refusal(await post(MESSAGES, body, locale))).toEqual({ status: 400, message: t(locale, 'web.errors.tooLong', { limit: MAX_TEXT_LENGTH }) });
  });

  test(`text over the dialog's ${TEXT_LIMIT}-character limit: the bot says it is too long`, async () => {
    const text = (locale === 'en' ? 'ExpressRoute media ' : '媒體走哪一條路徑？').repeat(TEXT_LIMIT).slice(0, TEXT_LIMIT + 10);
    expect(await say(locale, { text })).toContain(t(locale, 'dialog.tooLong', { length: text.trim().length, limit: TEXT_LIMIT }));
  });

  // A fresh writer's hostile set (round 30): a question with a 3,800-character link was refused as too long, although the
  // link says nothing the recognizer reads. Links are left out of the count and of the reading.
  test(`a question with a link longer than the dialog's ${TEXT_LIMIT} characters is answered`, async () => {
    const question = locale === 'en' ? 'Everyone is homed Online. I join a meeting an Online colleague organized, from home. Media path?' : '我們全部 Online。我在家加入線上同事召集的會議，媒體走哪？';
    const text = `${question} https://teams.example.com/l/meetup-join/${'a1b2c3'.repeat(TEXT_LIMIT / 3)}`;
    expect(text.length).toBeGreaterThan(2 * TEXT_LIMIT);
    const replies = (await say(locale, { text })).join(' ');
    expect(replies).not.toContain(t(locale, 'dialog.tooLong', { length: text.length, limit: TEXT_LIMIT }).slice(0, 8));
    expect(replies).toContain(locale === 'en' ? 'Internet' : '網際網路');
  });

  test.each([
    ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f'],
    ['lone surrogates', '\ud800\udfff\ud83d'],
    ['bidi overrides', '\u202eetomeR sserpxE\u202c \u2067media\u2069'],
    ['binary-looking bytes', Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)).toString('latin1')],
    ['injection-looking text', "'; DROP TABLE conversations; -- <script>alert(1)</script> ${x} {limit}"],
  ])('%s: a well-formed reply in the page language, not a 500', async (_name, text) => {
    await turn(locale, { text });
  });

  test.each([
    ['an unknown action', { action: 'deleteEverything' }],
    ['a value of another slot', { action: 'answer', slot: 'deployment', value: 'internet' }],
    ['a slot that does not exist', { action: 'answer', slot: '__proto__', value: 'online' }],
    ['wrong types', { action: 'answer', slot: ['deployment'], value: { online: true } }],
    ['a language that is not offered', { action: 'language', locale: 'fr' }],
    ['prototype keys', JSON.parse('{"__proto__":{"action":"restart"},"constructor":{"prototype":{"polluted":true}}}')],
    ['deep nesting', JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`)],
  ])('tampered card data (%s): the bot says the choice is not valid, in the page language', async (_name, value) => {
    expect(await say(locale, { value })).toContain(t(locale, 'dialog.invalidChoice'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an unknown page language falls back to English; unknown fields are ignored', async () => {
    const id = await startConversation(locale);
    for (const odd of ['fr', 42, { tag: 'zh-TW' }, null, '']) {
      const response = await post(MESSAGES, JSON.stringify({ conversationId: id, locale: odd, text: 'help', extra: { nested: [1, 2] } }), locale);
      expect(response.status).toBe(200);
    }
    const response = await post(CONVERSATIONS, JSON.stringify({ locale: { zh: true } }), locale);
    expect(response.status).toBe(200);
  });

  test('the server never answered 500 and still serves', async () => {
    expect(server.logs.filter((line) => Number(line.status) >= 500 || line.level === 'error')).toEqual([]);
    await expectStillServing(locale);
  });
});
