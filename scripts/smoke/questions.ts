// What the smoke test asks the running container, as users' clients would: the local page's API and the Bot
// Framework endpoint (replies captured by a stand-in Connector on loopback) each get a complete question and must
// answer with an answer card whose diagram is then served, in English and Traditional Chinese.
import { startCaptureServer } from '../support/connector-capture';

/** A question the advisor answers at once (every fact it needs is in it). */
export const QUESTION = 'Skype for Business Online peer-to-peer call, both users on our network';
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export class SmokeError extends Error {
  override readonly name = 'SmokeError';
}

export function check(condition: unknown, problem: string): asserts condition {
  if (!condition) throw new SmokeError(problem);
}

interface Attachment {
  contentType?: string;
  content?: unknown;
}

/** The diagram URLs of the answer cards among some attachments (only an answer card shows a diagram). */
function answerDiagrams(attachments: Attachment[]): string[] {
  const urls: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'Image' && typeof element.url === 'string' && element.url.includes('/diagram/')) urls.push(element.url);
    Object.values(element).forEach(walk);
  };
  walk(attachments.filter((a) => a.contentType === ADAPTIVE_CARD).map((a) => a.content));
  return urls;
}

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** The local page and its API: a conversation, the question, an answer card. Returns the card's diagram URL. */
export async function askOverPage(base: string): Promise<string> {
  const page = await fetch(`${base}/`);
  check(page.status === 200 && (page.headers.get('content-type') ?? '').includes('text/html'), `GET / answered ${page.status}`);
  const started = await postJson(`${base}/web/api/conversations`, { locale: 'en' });
  check(started.status === 200, `starting a page conversation answered ${started.status}`);
  const { conversationId } = (await started.json()) as { conversationId: string };
  const asked = await postJson(`${base}/web/api/messages`, { conversationId, locale: 'en', text: QUESTION });
  check(asked.status === 200, `the page's question answered ${asked.status}`);
  const { activities } = (await asked.json()) as { activities: { attachments?: Attachment[] }[] };
  const [diagram] = answerDiagrams(activities.flatMap((a) => a.attachments ?? []));
  check(diagram, `no answer card in the page's reply: ${JSON.stringify(activities).slice(0, 500)}`);
  return new URL(diagram, base).href;
}

/** POST /api/messages as the Bot Framework Service would; the reply reaches a Connector stand-in on loopback. */
export async function askOverBotFramework(base: string, timeoutMs = 30_000): Promise<string> {
  const capture = await startCaptureServer();
  try {
    const conversation = `smoke-${Date.now()}`;
    const response = await postJson(`${base}/api/messages`, {
      type: 'message',
      id: 'smoke-1',
      channelId: 'msteams',
      serviceUrl: capture.url,
      locale: 'en-US',
      text: QUESTION,
      timestamp: new Date().toISOString(),
      conversation: { id: conversation },
      from: { id: 'smoke-user', name: 'Admin' },
      recipient: { id: 'advisor', name: 'Advisor' },
    });
    check(response.status >= 200 && response.status < 300, `POST /api/messages answered ${response.status}`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [diagram] = answerDiagrams(capture.messages(conversation).flatMap((m) => (m.attachments ?? []) as Attachment[]));
      if (diagram) return diagram;
      check(Date.now() < deadline, `no answer card reached the Connector: ${JSON.stringify(capture.messages(conversation)).slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await capture.close();
  }
}

/** The diagram an answer card points at, as PNG, in English and in Traditional Chinese (the CJK font). */
export async function fetchDiagrams(url: string): Promise<number[]> {
  const sizes: number[] = [];
  for (const localized of [url, url.replace('/diagram/en/', '/diagram/zh-TW/')]) {
    const response = await fetch(localized);
    const body = Buffer.from(await response.arrayBuffer());
    check(response.status === 200 && response.headers.get('content-type') === 'image/png', `GET ${localized} answered ${response.status}`);
    check(body.subarray(0, 8).equals(PNG_SIGNATURE), `GET ${localized} is not a PNG`);
    sizes.push(body.length);
  }
  return sizes;
}
