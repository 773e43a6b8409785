// The real server on a loopback port with the local web channel and the diagrams registered, the real bot and
// recognizer.
import { createAdvisorBot } from '../../src/bot';
import { createBotServer } from '../../src/channels/botframework';
import { registerDiagramRoute, registerWebChannel } from '../../src/channels/web';
import { createLogger } from '../../src/log';
import { createRecognizer } from '../../src/nlu';
import { openMemoryStorage } from '../../src/state';

export interface WebServer {
  baseUrl: string;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
  post(path: string, body: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function startWebServer(): Promise<WebServer> {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const { storage } = openMemoryStorage();
  const recognizer = createRecognizer();
  const bot = createAdvisorBot({ storage, recognizer, logger });
  const server = createBotServer({ bot, credentials: { kind: 'none' }, logger, port: 0, host: '127.0.0.1' });
  registerWebChannel(server.server, { storage, recognizer, logger });
  registerDiagramRoute(server.server, logger);
  const baseUrl = await server.listen();
  return {
    baseUrl,
    logs,
    post: (path, body) =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () => server.close(),
  };
}
