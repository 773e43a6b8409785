// The local page's server side over real HTTP on loopback: the page and its files, a conversation with the real
// bot through the in-process channel, the diagram URLs the answer cards point at, and bad requests refused with a
// message in the page's language.
import { resolve } from '../../src/engine';
import { diagramKey } from '../../src/cards';
import { t } from '../../src/i18n';
import { MAX_TEXT_LENGTH } from '../../src/channels/web';
import { PNG_SIGNATURE } from '../diagram/decode-png';
import { readDiagram } from '../diagram/svg-reading';
import { startWebServer, type WebServer } from './server';

interface PageActivity {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
}

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer();
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.baseUrl}${path}`);

async function startConversation(locale = 'en'): Promise<{ conversationId: string; activities: PageActivity[] }> {
  const response = await server.post('/web/api/conversations', { locale });
  expect(response.status).toBe(200);
  return (await response.json()) as { conversationId: string; activities: PageActivity[] };
}

async function say(conversationId: string, body: Record<string, unknown>): Promise<PageActivity[]> {
  const response = await server.post('/web/api/messages', { conversationId, locale: 'en', ...body });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: PageActivity[] }).activities;
}

/** Every Image url in the cards of some replies. */
function imageUrls(activities: PageActivity[]): string[] {
  const urls: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Image' && typeof record.url === 'string') urls.push(record.url);
      Object.values(record).forEach(walk);
    }
  };
  activities.forEach((a) => walk(a.attachments?.map((x) => x.content)));
  return urls;
}

describe('the page', () => {
  test('GET / is the page, allowed to run only its own scripts', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<label for="cf-question"');
    expect(html).toContain('/web/adaptivecards.min.js');
  });

  test.each([
    ['/web/app.js', 'text/javascript'],
    ['/web/style.css', 'text/css'],
    ['/web/adaptivecards.min.js', 'text/javascript'],
  ])('%s is served', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect((await response.text()).length).toBeGreaterThan(100);
  });

  test('the renderer served is Microsoft\'s adaptivecards bundle', async () => {
    expect(await (await get('/web/adaptivecards.min.js')).text()).toContain('AdaptiveCard');
  });

  test("the page's words come in both languages, with the same keys", async () => {
    const strings = (await (await get('/web/api/strings')).json()) as Record<string, Record<string, string>>;
    expect(Object.keys(strings).sort()).toEqual(['en', 'zh-TW']);
    expect(Object.keys(strings['zh-TW']).sort()).toEqual(Object.keys(strings.en).sort());
    expect(strings['zh-TW'].inputLabel).toBe('您的問題');
  });

  test('other paths are not found', async () => {
    expect((await get('/web/../package.json')).status).toBe(404);
    expect((await get('/web/secret.txt')).status).toBe(404);
  });
});

describe('a conversation through the in-process channel', () => {
  test('starts with the welcome card', async () => {
    const { conversationId, activities } = await startConversation();
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(activities.some((a) => a.attachments?.some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive'))).toBe(true);
  });

  test('a complete question gets an answer card whose diagram is served at the URL it gives, as PNG and SVG', async () => {
    const { conversationId } = await startConversation();
    const replies = await say(conversationId, { text: 'Skype for Business Online peer-to-peer call, both users on our network' });
    const expected = resolve({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' })!;
    const url = imageUrls(replies).find((u) => u.startsWith('/diagram/'));
    expect(url).toBe(`/diagram/en/${diagramKey(expected.scenario)}.png`);

    const png = await get(url!);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);

    const svg = await get(url!.replace(/\.png$/, '.svg').replace('/en/', '/zh-TW/'));
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    const drawn = readDiagram(await svg.text());
    expect(drawn.zoneLabels.get('yourNetwork')).toBe('您的網路');
    expect(drawn.legs.map((l) => l.traffic)).toEqual(['signaling', 'signaling', 'media', 'media']);
  });

  test("a card's button data is a turn too: the language button switches the bot to Chinese", async () => {
    const { conversationId } = await startConversation();
    const replies = await say(conversationId, { value: { action: 'language', locale: 'zh-TW' } });
    expect(JSON.stringify(replies)).toMatch(/[\u4e00-\u9fff]/);
  });

  test('two turns of one conversation sent at once both get answers', async () => {
    const { conversationId } = await startConversation();
    const [a, b] = await Promise.all([
      server.post('/web/api/messages', { conversationId, locale: 'en', text: 'PSTN call' }),
      server.post('/web/api/messages', { conversationId, locale: 'en', text: 'Cloud Connector Edition' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
  });
});

describe('a message sent again with the same id (the page retries when the network failed) is answered once', () => {
  const turns = () => server.logs.filter((line) => line.event === 'dialog.turn').length;
  const messageId = () => crypto.randomUUID();

  test('one after the other: the same replies, one turn', async () => {
    const { conversationId } = await startConversation();
    const id = messageId();
    const before = turns();
    const first = await say(conversationId, { messageId: id, text: 'PSTN call' });
    const again = await say(conversationId, { messageId: id, text: 'PSTN call' });
    expect(again).toEqual(first);
    expect(turns() - before).toBe(1);
    // A new message is a new turn.
    await say(conversationId, { messageId: messageId(), text: 'Cloud Connector Edition' });
    expect(turns() - before).toBe(2);
  });

  test('both at once: the same replies, one turn', async () => {
    const { conversationId } = await startConversation();
    const id = messageId();
    const before = turns();
    const [a, b] = await Promise.all([0, 1].map(() => say(conversationId, { messageId: id, text: 'PSTN call with Cloud Connector from the office' })));
    expect(b).toEqual(a);
    expect(turns() - before).toBe(1);
  });

  test('the same id in another conversation is another message', async () => {
    const id = messageId();
    const [one, two] = await Promise.all([startConversation(), startConversation()]);
    const before = turns();
    await say(one.conversationId, { messageId: id, text: 'PSTN call' });
    await say(two.conversationId, { messageId: id, text: 'PSTN call' });
    expect(turns() - before).toBe(2);
  });
});

describe('bad requests get a clear message in the page language', () => {
  const conversationId = '00000000-0000-4000-8000-000000000000';
  test.each([
    ['no conversation', { text: 'hello', locale: 'en' }, 'web.errors.badConversation', 'en'],
    ['a made-up conversation id', { conversationId: '../../etc', text: 'hello', locale: 'zh-TW' }, 'web.errors.badConversation', 'zh-TW'],
    ['empty text', { conversationId, text: '   ', locale: 'zh-TW' }, 'web.errors.noContent', 'zh-TW'],
    ['a message id that is not a UUID', { conversationId, messageId: '1; drop', text: 'hello', locale: 'zh-TW' }, 'web.errors.badMessageId', 'zh-TW'],
    ['a message id that is not a string', { conversationId, messageId: 7, text: 'hello', locale: 'en' }, 'web.errors.badMessageId', 'en'],
    ['data that is not an object', { conversationId, value: 'answer', locale: 'en' }, 'web.errors.noContent', 'en'],
    ['text too long', { conversationId, text: 'x'.repeat(MAX_TEXT_LENGTH + 1), locale: 'en' }, 'web.errors.tooLong', 'en'],
  ] as const)('%s', async (_name, body, key, locale) => {
    const response = await server.post('/web/api/messages', body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(t(locale, key, { limit: MAX_TEXT_LENGTH }));
  });

  test('a body that is not JSON is refused', async () => {
    expect((await server.post('/web/api/messages', '{not json')).status).toBe(400);
    expect((await server.post('/web/api/messages', '[1,2]')).status).toBe(400);
  });

  test.each([
    ['an unknown language', '/diagram/fr/callType-broadcast.png', 'en'],
    ['a key that names no scenario', '/diagram/en/hello-world.png', 'en'],
    ['a scenario still missing answers', '/diagram/zh-TW/deployment-online.svg', 'zh-TW'],
    ['an unknown format', '/diagram/en/callType-broadcast_location-internet.gif', 'en'],
    ['a key in the wrong slot order', '/diagram/en/location-internet_callType-broadcast.png', 'en'],
  ] as const)('a diagram URL with %s is not found', async (_name, path, locale) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toBe(t(locale, 'web.errors.noDiagram'));
  });
});
