// The Bot Framework endpoint, over real HTTP, with what passes its field check but is odd or hostile, in both
// languages: the body refusals say what is wrong in the caller's language; the user gets a clear, localized reply
// (through the Connector, here a capture server) to very long or binary-looking text and to tampered card data;
// mentions without text, entities without a type and malformed invokes are answered, never a 500 or a turn error.
import type { Activity } from 'botbuilder';
import { MAX_BODY_BYTES } from '../../src/channels/botframework';
import { t, type Locale } from '../../src/i18n';
import { TEXT_LIMIT } from '../../dialogs/interpret';
import { textsOf } from '../dialogs/cardReading';
import { readReplies } from '../fuzz/replies';
import { activity, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const BOT = { id: 'callflow-advisor', name: 'Call Flow Advisor' };
const CLIENT_LOCALE: Record<Locale, string> = { en: 'en-US', 'zh-TW': 'zh-TW' };
const ACCEPT: Record<Locale, string> = { en: 'en-US,en;q=0.9', 'zh-TW': 'zh-TW,zh;q=0.9' };

let conversations = 0;

/** Posts an activity in a new conversation of a user in `locale`; returns the status and the user's replies. */
async function turn(locale: Locale, fields: Partial<Activity> | Record<string, unknown>): Promise<{ status: number; replies: Partial<Activity>[] }> {
  conversations += 1;
  const conversation = `odd-${conversations}`;
  const response = await harness.post(activity(harness.capture, conversation, { type: 'message', locale: CLIENT_LOCALE[locale], ...fields }));
  return { status: response.status, replies: harness.capture.messages(conversation) };
}

/** Posts a message; expects 200 and well-formed replies in the user's language; returns what the replies say. */
async function say(locale: Locale, fields: Partial<Activity> | Record<string, unknown>): Promise<string[]> {
  const { status, replies } = await turn(locale, fields);
  expect(status).toBe(200);
  expect(replies.length).toBeGreaterThan(0);
  expect(readReplies(replies, locale).problems).toEqual([]);
  return replies.flatMap((reply) => [...(reply.text ? [reply.text] : []), ...(reply.attachments ?? []).flatMap((a) => textsOf(a.content))]);
}

describe.each(['en', 'zh-TW'] as const)('in %s', (locale) => {
  test('malformed JSON: 400 in the language the caller accepts', async () => {
    const response = await harness.post('{"type": "message", "text": ', { 'Accept-Language': ACCEPT[locale] });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'InvalidContent', message: t(locale, 'http.badJson') });
  });

  test(`a body over the ${MAX_BODY_BYTES}-byte limit: 413 naming the limit`, async () => {
    const body = JSON.stringify(activity(harness.capture, 'too-large', { type: 'message', text: '媒'.repeat(MAX_BODY_BYTES / 2) }));
    const response = await harness.post(body, { 'Accept-Language': ACCEPT[locale] });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'PayloadTooLarge', message: t(locale, 'http.tooLarge', { limit: MAX_BODY_BYTES, kib: MAX_BODY_BYTES / 1024 }) });
  });

  test('a 100 KB paste: the user is told it is too long, with the limit', async () => {
    const line = locale === 'en' ? 'ERROR media connectivity failure on ExpressRoute\n' : '錯誤：ExpressRoute 上的媒體連線失敗\n';
    const text = line.repeat(Math.ceil((100 * 1024) / Buffer.byteLength(line))).trim();
    expect(await say(locale, { text })).toContain(t(locale, 'dialog.tooLong', { length: text.length, limit: TEXT_LIMIT }));
  });

  test.each([
    ['control characters', '\u0000\u0007\u001b[2J\u007f\u0085'],
    ['lone surrogates', '\ud800\udc00\udfff\ud83d'],
    ['bidi and zero-width marks', '\u202e\u200f\u2067\u200b\ufeff'],
  ])('%s: a clear reply in the user language', async (_name, text) => {
    const texts = await say(locale, { text });
    expect(texts).toContain(t(locale, 'dialog.notUnderstood'));
  });

  // Emoji alone are an acknowledgement, as "👍" is: a first message gets the greeting. The dialog reads the text as the
  // writer sees it (visibleText), so an emoji joined by zero-width joiners ("👩🏽‍💻") is emoji like any other.
  test('emoji only: the greeting, in the user language', async () => {
    expect(await say(locale, { text: '👩🏽‍💻🇹🇼🔥' })).toContain(t(locale, 'dialog.greeting'));
  });

  test.each([
    ['an unknown action', { action: 'drop' }],
    ['a value of another slot', { action: 'answer', slot: 'callType', value: 'hybrid' }],
    ['a prototype key as slot', { action: 'answer', slot: '__proto__', value: 'online' }],
    ['wrong types', { action: 'answer', slot: 7, value: [1] }],
    ['a topic that does not exist', { action: 'explain', topic: { kind: 'principle', principle: 99 } }],
  ])('tampered card data (%s): the user is told the choice is not valid', async (_name, value) => {
    expect(await say(locale, { value })).toContain(t(locale, 'dialog.invalidChoice'));
  });

  test('a card submission that carries a mention of the bot and no text is answered', async () => {
    const mention = { type: 'mention', mentioned: BOT, text: '<at>Call Flow Advisor</at>' };
    expect(await say(locale, { value: { action: 'help' }, entities: [mention] })).toContain(t(locale, 'cards.help.title'));
  });

  test('a message with an entity that has no type is answered', async () => {
    expect(await say(locale, { text: 'help', entities: [{}, { type: 7 }] })).toContain(t(locale, 'cards.help.title'));
  });
});

describe('activities the bot does not act on', () => {
  test.each([
    ['an Adaptive Card action without its action', { name: 'adaptiveCard/action', value: {} }],
    ['an Adaptive Card action without a value', { name: 'adaptiveCard/action' }],
    ['an Adaptive Card Execute action', { name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'go' } } }],
    ['a task module fetch', { name: 'task/fetch', value: { data: {} } }],
    ['a search', { name: 'application/search', value: {} }],
  ])('an invoke (%s) is answered 501, not 500, and sends nothing', async (_name, fields) => {
    const { status, replies } = await turn('en', { type: 'invoke', ...fields });
    expect(status).toBe(501);
    expect(replies).toEqual([]);
  });

  test.each([
    ['an unknown type', { type: 'somethingNew', text: 'help' }],
    ['a reaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }],
    ['an event', { type: 'event', name: 'webchat/join' }],
    ['typing', { type: 'typing' }],
    ['a member leaving', { type: 'conversationUpdate', membersRemoved: [{ id: 'someone' }] }],
    ['only the bot joining', { type: 'conversationUpdate', membersAdded: [BOT] }],
  ])('%s: 200 and nothing sent', async (_name, fields) => {
    const { status, replies } = await turn('en', fields);
    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  test('no request answered 500 and no turn failed', () => {
    const failures = ['activity.failed', 'turn.error', 'turn.error.unreported'];
    expect(harness.logs.filter((line) => line.status === 500 || failures.includes(String(line.event)))).toEqual([]);
  });
});
