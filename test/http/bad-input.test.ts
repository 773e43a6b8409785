// Whatever is posted, the server answers with a 4xx naming the problem (never a 500), the bot never sees a body
// it cannot read, and the next request is served as usual.
import { HEALTH_PATH, MAX_BODY_BYTES, MESSAGES_PATH } from '../../src/channels/botframework';
import { activity, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/** A well-formed message: the request that must still work after every bad one. */
async function expectStillServing(): Promise<void> {
  expect((await fetch(`${harness.baseUrl}${HEALTH_PATH}`)).status).toBe(200);
  const conversation = `still-serving-${harness.capture.replies.length}`;
  const response = await harness.post(activity(harness.capture, conversation, { type: 'message', text: 'help' }));
  expect(response.status).toBe(200);
  expect(harness.capture.messages(conversation).length).toBeGreaterThan(0);
}

function valid(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...activity(harness.capture, 'bad-input', { type: 'message', text: 'hello', locale: 'en-US' }), ...fields };
}

describe('malformed and oversized bodies', () => {
  it('answers malformed JSON with 400', async () => {
    const response = await harness.post('{"type": "message", "text": ');
    expect(response.status).toBe(400);
    await expectStillServing();
  });

  it('answers a body over the limit with 413, whether its length is declared or not', async () => {
    const oversized = JSON.stringify(valid({ text: 'x'.repeat(MAX_BODY_BYTES) }));
    expect((await harness.post(oversized)).status).toBe(413);

    // Streamed without Content-Length: the limit is enforced while reading.
    const bytes = new TextEncoder().encode(oversized);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 16 * 1024) controller.enqueue(bytes.subarray(i, i + 16 * 1024));
        controller.close();
      },
    });
    const response = await fetch(`${harness.baseUrl}${MESSAGES_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: streamed,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    await expectStillServing();
  });

  it('accepts a body just under the limit', async () => {
    const body = valid({ text: 'x'.repeat(MAX_BODY_BYTES - 2048) });
    expect(JSON.stringify(body).length).toBeLessThan(MAX_BODY_BYTES);
    expect((await harness.post(body)).status).toBe(200);
  });

  it('refuses compressed bodies (415) and bodies that are not JSON (400)', async () => {
    expect((await harness.post(JSON.stringify(valid()), { 'Content-Encoding': 'gzip' })).status).toBe(415);
    expect((await harness.post(JSON.stringify(valid()), { 'Content-Type': 'text/plain' })).status).toBe(400);
    await expectStillServing();
  });

  it('answers GET on /api/messages with 405', async () => {
    expect((await fetch(`${harness.baseUrl}${MESSAGES_PATH}`)).status).toBe(405);
  });
});

describe('missing and odd activity fields', () => {
  it.each([
    ['an empty object', () => ({})],
    ['an array', () => [valid()]],
    ['null', () => null],
    ['a JSON string', () => '"message"'],
    ['no body at all', () => ''],
    ['no type', () => valid({ type: undefined })],
    ['an empty type', () => valid({ type: ' ' })],
    ['a numeric type', () => valid({ type: 7 })],
    ['no serviceUrl', () => valid({ serviceUrl: undefined })],
    ['a serviceUrl that is not http(s)', () => valid({ serviceUrl: 'file:///etc/passwd' })],
    ['a serviceUrl that is not a URL', () => valid({ serviceUrl: 'not a url' })],
    ['no conversation', () => valid({ conversation: undefined })],
    ['a conversation without id', () => valid({ conversation: { name: 'x' } })],
    ['a conversation that is a string', () => valid({ conversation: 'bad-input' })],
    ['no from', () => valid({ from: undefined })],
    ['no recipient', () => valid({ recipient: {} })],
    ['no channelId', () => valid({ channelId: undefined })],
    ['a numeric text', () => valid({ text: 42 })],
    ['an object locale', () => valid({ locale: { tag: 'zh-TW' } })],
    ['membersAdded that is not a list', () => valid({ type: 'conversationUpdate', membersAdded: 'everyone' })],
    ['membersAdded without ids', () => valid({ type: 'conversationUpdate', membersAdded: [{ name: 'x' }] })],
    ['entities that are not objects', () => valid({ entities: ['mention'] })],
    ['a mention without whom it mentions', () => valid({ entities: [{ type: 'mention', text: '<at>Bot</at>' }] })],
    ['a mention without its text', () => valid({ entities: [{ type: 'mention', mentioned: { id: 'bot' } }] })],
  ])('answers %s with 400 naming the problem', async (_, body: () => unknown) => {
    const response = await harness.post(body());
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/JSON object|activity's "\w+"/);
  });

  it.each([
    ['an unknown activity type', () => valid({ type: 'somethingNew' })],
    ['a message with no text', () => valid({ text: undefined })],
    ['a message with null fields', () => valid({ text: null, locale: null, entities: null })],
    ['an empty message', () => valid({ text: '' })],
    ['an unknown locale', () => valid({ locale: 'xx-YY' })],
    ['a tampered card submission', () => valid({ text: undefined, value: { action: 'answer', slot: 0, value: [1] } })],
    ['a card submission that is a string', () => valid({ text: undefined, value: 'deployment=online' })],
    ['a mention of someone else', () => valid({ entities: [{ type: 'mention', mentioned: { id: 'x' }, text: '@X' }] })],
    ['control characters', () => valid({ text: '\u0000\u0007\u202e where does media go' })],
  ])('runs %s as a turn without a 500', async (_, body: () => unknown) => {
    const response = await harness.post(body());
    expect(response.status).toBe(200);
  });

  it('never answered 500, no turn failed, and the server still serves', async () => {
    const failures = ['activity.failed', 'turn.error'];
    expect(harness.logs.filter((line) => line.status === 500 || failures.includes(String(line.event)))).toEqual([]);
    await expectStillServing();
  });
});
