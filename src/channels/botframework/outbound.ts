// How replies leave: the HTTP client under botbuilder's ConnectorClient (the one place its HTTP calls go through,
// given as connectorClientOptions.httpClient). Every call has a connect timeout and an overall deadline, at most
// a few sockets per host (further calls queue, within their deadline), a capped response, and, when the caller
// may not name any serviceUrl (no app id), only allowed hosts. A peer that accepts and never answers costs a turn
// its deadline and nothing more: its socket is destroyed.
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { ConnectorClientOptions } from './auth';
import type { OutboundSettings } from '../../config';
import type { HostAllowList } from '../../hosts';

/** botbuilder's own types for the client, without importing the package that declares them. */
type CompatHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type OutgoingRequest = Parameters<CompatHttpClient['sendRequest']>[0];
type CompatResponse = Awaited<ReturnType<CompatHttpClient['sendRequest']>>;
type CompatHeaders = CompatResponse['headers'];

/** The Bot Connector answers a reply with its id; anything much larger is not a Bot Connector. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

/** A reply could not be delivered: the channel is unreachable, slow or not allowed. Not retried. */
export class ReplyFailedError extends Error {
  override readonly name = 'ReplyFailedError';
}

/** The HttpHeadersLike botbuilder reads a response's headers through, over Node's parsed headers. */
function compatHeaders(raw: Record<string, string>): CompatHeaders {
  const headers: Record<string, string> = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]));
  const self: CompatHeaders = {
    set: (name, value) => void (headers[name.toLowerCase()] = String(value)),
    get: (name) => headers[name.toLowerCase()],
    contains: (name) => name.toLowerCase() in headers,
    remove: (name) => delete headers[name.toLowerCase()],
    rawHeaders: () => ({ ...headers }),
    headersArray: () => Object.entries(headers).map(([name, value]) => ({ name, value })),
    headerNames: () => Object.keys(headers),
    headerValues: () => Object.values(headers),
    clone: () => compatHeaders(headers),
    toJson: () => ({ ...headers }),
  };
  return self;
}

function flatHeaders(incoming: http.IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(incoming)
      .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

function decoded(response: http.IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip') return response.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return response.pipe(zlib.createInflate());
  return response;
}

export class OutboundHttpClient implements CompatHttpClient {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(
    private readonly settings: OutboundSettings,
    /** Hosts replies may go to; undefined: any (the caller was authenticated). */
    private readonly allowed: HostAllowList | undefined,
  ) {
    const agentOptions = { keepAlive: true, maxSockets: settings.maxSocketsPerHost, maxFreeSockets: settings.maxSocketsPerHost, timeout: 60_000 };
    this.httpAgent = new http.Agent(agentOptions);
    this.httpsAgent = new https.Agent(agentOptions);
  }

  sendRequest(request: OutgoingRequest): Promise<CompatResponse> {
    const url = new URL(request.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new ReplyFailedError(`Not an http(s) URL: ${url.protocol}`));
    // Checked on every call, redirects included, not only on the activity's serviceUrl.
    if (this.allowed && !this.allowed.allows(url)) return Promise.reject(new ReplyFailedError(`Replies may not go to ${url.host}`));
    const secure = url.protocol === 'https:';
    const headers = request.headers.rawHeaders();
    delete headers['accept-encoding'];
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const fail = (error: Error) => {
        clearTimeout(deadline);
        outgoing.destroy();
        reject(error);
      };
      const outgoing = (secure ? https : http).request(url, {
        method: request.method,
        headers,
        // A proxy (set by botbuilder's pipeline from HTTPS_PROXY) brings its own agent.
        agent: (request.agent as http.Agent | undefined) ?? (secure ? this.httpsAgent : this.httpAgent),
      });
      const deadline = setTimeout(
        () => fail(new ReplyFailedError(`No complete answer from ${url.host} within ${this.settings.responseTimeoutMs} ms`)),
        this.settings.responseTimeoutMs,
      );
      const onAbort = () => fail(new ReplyFailedError('The reply was cancelled'));
      request.abortSignal?.addEventListener('abort', onAbort);
      outgoing.on('socket', (socket) => {
        if (!socket.connecting) return;
        const connectTimer = setTimeout(
          () => fail(new ReplyFailedError(`Could not connect to ${url.host} within ${this.settings.connectTimeoutMs} ms`)),
          Math.min(this.settings.connectTimeoutMs, Math.max(0, this.settings.responseTimeoutMs - (Date.now() - started))),
        );
        socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
        socket.once('close', () => clearTimeout(connectTimer));
      });
      outgoing.on('error', (error) => fail(error instanceof ReplyFailedError ? error : new ReplyFailedError(`Reply to ${url.host} failed: ${error.message}`)));
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const body = decoded(response);
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) fail(new ReplyFailedError(`The answer from ${url.host} is larger than ${MAX_RESPONSE_BYTES} bytes`));
          else chunks.push(chunk);
        });
        body.on('error', (error: Error) => fail(new ReplyFailedError(`Reading the answer from ${url.host} failed: ${error.message}`)));
        body.on('end', () => {
          clearTimeout(deadline);
          request.abortSignal?.removeEventListener('abort', onAbort);
          resolve({ request, status: response.statusCode ?? 0, headers: compatHeaders(flatHeaders(response.headers)), bodyAsText: Buffer.concat(chunks).toString('utf8') });
        });
      });
      const payload = typeof request.body === 'function' ? request.body() : request.body;
      outgoing.end(typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : payload === undefined || payload === null ? undefined : JSON.stringify(payload));
    });
  }

  /** Closes idle connections (at shutdown). */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
