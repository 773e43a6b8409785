// The advisor as `npm start` wires it, on a loopback port: the Bot Framework endpoint with PUBLIC_BASE_URL set to the
// server's own address (read by the real config parser), the local page's channel and the diagram routes on the same
// server, and a capture server standing in for the Bot Framework Connector. Plus what the tests check of a diagram a
// card points at.
import { createServer, type AddressInfo } from 'node:net';
import { createAdvisorBot } from '../../src/bot';
import { createBotServer, type BotServer } from '../../src/channels/botframework';
import { registerDiagramRoute, registerWebChannel } from '../../src/channels/web';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { createRecognizer } from '../../src/nlu';
import { startCaptureServer, type CaptureServer } from '../../scripts/support/connector-capture';
import type { AdaptiveCard } from '../../src/cards';
import { decodePng } from '../diagram/decode-png';
import { readDiagram, type DrawnDiagram } from '../diagram/svg-reading';
import { routeLinesOf } from '../dialogs/cardReading';
import { openMemoryStorage } from '../../src/state';

export interface DiagramServer {
  /** PUBLIC_BASE_URL: the server's own http://127.0.0.1:port. */
  baseUrl: string;
  capture: CaptureServer;
  close(): Promise<void>;
}

/** A port free right now on loopback (the bot must know its public address before the server listens). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startDiagramServer(): Promise<DiagramServer> {
  const port = await freePort();
  const config = parseConfig({ PUBLIC_BASE_URL: `http://127.0.0.1:${port}/`, PORT: String(port), HOST: '127.0.0.1' });
  const logger = createLogger('error', () => undefined);
  const { storage } = openMemoryStorage();
  const recognizer = createRecognizer();
  const bot = createAdvisorBot({ storage, recognizer, logger, publicBaseUrl: config.publicBaseUrl });
  const server: BotServer = createBotServer({ bot, credentials: config.bot, logger, port: config.port, host: config.host });
  registerWebChannel(server.server, { storage, recognizer, logger });
  registerDiagramRoute(server.server, logger);
  const capture = await startCaptureServer();
  const baseUrl = await server.listen();
  if (config.publicBaseUrl !== baseUrl) throw new Error(`PUBLIC_BASE_URL ${config.publicBaseUrl} is not the server's ${baseUrl}`);
  return {
    baseUrl,
    capture,
    close: async () => {
      await server.close();
      await capture.close();
    },
  };
}

/** GETs a diagram URL and reads it: 200, the right type, and a PNG that decodes or an SVG that parses. */
export async function fetchDiagram(url: string): Promise<{ status: number; width?: number; drawn?: DrawnDiagram }> {
  const response = await fetch(url);
  if (response.status !== 200) return { status: response.status };
  const body = Buffer.from(await response.arrayBuffer());
  if (url.endsWith('.png')) {
    if (response.headers.get('content-type') !== 'image/png') throw new Error(`${url}: ${response.headers.get('content-type')}`);
    return { status: 200, width: decodePng(body).width };
  }
  return { status: 200, drawn: readDiagram(body.toString('utf8')) };
}

/** Cards by the diagram URL they point at: many ways of saying one scenario share its picture. */
export function byDiagramUrl(answers: readonly { card: AdaptiveCard; url: string }[]): Map<string, AdaptiveCard[]> {
  const byUrl = new Map<string, AdaptiveCard[]>();
  for (const { card, url } of answers) byUrl.set(url, [...(byUrl.get(url) ?? []), card]);
  return byUrl;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Where a picture draws other traffic than its cards show: a focused answer's card leaves out the traffic not known
 * yet, and its picture must neither draw it nor fail to say it is not drawn; every other picture draws both.
 */
export function trafficNotAsSaid(cards: readonly AdaptiveCard[], drawn: DrawnDiagram): string[] {
  return cards.flatMap((card) =>
    (['signaling', 'media'] as const).flatMap((traffic) => {
      const shown = routeLinesOf(card, traffic).length > 0;
      const isDrawn = drawn.legs.some((leg) => leg.traffic === traffic);
      if (shown !== isDrawn) return [`${traffic} is ${shown ? '' : 'not '}shown but ${isDrawn ? '' : 'not '}drawn`];
      return !shown && drawn.notDrawn === '' ? [`${traffic} is left out without a word`] : [];
    }),
  );
}

/** The first route of each party a card says that the picture's key does not (words compared without line breaks). */
export function routesNotDrawn(cards: readonly AdaptiveCard[], drawn: DrawnDiagram): string[] {
  const key = squeeze(drawn.keyRows.map((row) => row.text).join(' '));
  return cards
    .flatMap((card) => (['signaling', 'media'] as const).flatMap((traffic) => routeLinesOf(card, traffic).map((lines) => lines[0])))
    .filter((route) => !key.includes(squeeze(route)));
}
