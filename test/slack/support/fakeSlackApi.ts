// A stand-in for Slack's Web API on a loopback port: the real WebClient (through SLACK_API_URL) talks to it, it
// records every call, answers like Slack does, and can be told to rate-limit, fail or hold a method. It also takes
// POSTs to response_url addresses (/response/<id>).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_USER_ID = 'UBOT0001';
export const TEAM_ID = 'T0000001';

export interface ApiCall {
  method: string;
  /** Form fields, with JSON values (blocks, view) parsed. */
  args: Record<string, unknown>;
  authorization: string | undefined;
  /** What the fake answered (once it has). */
  result?: Json;
}

type Json = Record<string, unknown>;
type Scripted = { status: number; headers?: Record<string, string>; body: Json };

export interface FakeSlackApi {
  /** The Web API base URL (SLACK_API_URL). */
  apiUrl: string;
  /** A response_url on this server. */
  responseUrl(id: string): string;
  calls: ApiCall[];
  /** Bodies POSTed to response_url addresses, by id. */
  responses: { id: string; body: Json }[];
  /** users.info answers with this locale per user (absent: no locale). */
  userLocales: Map<string, string>;
  /** The next call of `method` gets this response instead of the normal one. */
  scriptNext(method: string, response: Scripted): void;
  /** Calls of `method` wait until the returned function is called. */
  hold(method: string): () => void;
  /** Resolves once `predicate` holds, checked after every call and response_url POST (rejects after `timeoutMs`). */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  callsOf(method: string): ApiCall[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(raw: string, contentType: string | undefined): Json {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Json) : {};
  const args: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: ApiCall[] = [];
  const responses: { id: string; body: Json }[] = [];
  const userLocales = new Map<string, string>();
  const scripted = new Map<string, Scripted[]>();
  const held = new Map<string, Promise<void>>();
  const waiters = new Set<() => void>();
  let ts = 1_700_000_000;

  const normal = (method: string, args: Json): Json => {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: BOT_USER_ID, bot_id: 'BBOT0001', team_id: TEAM_ID, user: 'callflow' };
      case 'chat.postMessage':
        ts += 1;
        return { ok: true, channel: args.channel, ts: `${ts}.000100`, message: { text: args.text } };
      case 'chat.update':
      case 'chat.delete':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'views.publish':
        return { ok: true, view: { id: 'V1', ...(args.view as Json) } };
      case 'users.info': {
        const locale = userLocales.get(String(args.user));
        return { ok: true, user: { id: args.user, ...(locale ? { locale } : {}) } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).slice(1)}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const send = (res: ServerResponse, { status, headers = {}, body }: Scripted) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/response/')) {
      responses.push({ id: path.slice('/response/'.length), body: JSON.parse(raw) as Json });
      waiters.forEach((wake) => wake());
      send(res, { status: 200, body: { ok: true } });
      return;
    }
    const method = path.replace(/^\/api\//, '');
    const call: ApiCall = { method, args: parseArgs(raw, req.headers['content-type']), authorization: req.headers.authorization };
    calls.push(call);
    await held.get(method);
    const response = scripted.get(method)?.shift() ?? { status: 200, body: normal(method, call.args) };
    call.result = response.body;
    send(res, response);
    waiters.forEach((wake) => wake());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    responses,
    userLocales,
    scriptNext(method, response) {
      scripted.set(method, [...(scripted.get(method) ?? []), response]);
    },
    hold(method) {
      let release!: () => void;
      held.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(method);
        release();
      };
    },
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate()) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`Timed out waiting for Slack API calls; got: ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    callsOf: (method) => calls.filter((c) => c.method === method),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
