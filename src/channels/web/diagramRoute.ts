// GET /diagram/:locale/:key.svg|.png: the path diagram of the scenario a key names (src/cards/diagramKey), in a
// language. Answer cards name the canonical scenario; any other key that says one scenario consistently (old cards
// name the slots the user said and those that were assumed) gets the same picture. A triage card's key names the
// scenario compared and what was observed (src/cards/triageDiagramKey): its picture draws the observed route over the
// article's. A key that names no scenario, contradicts itself or names a slot that does not apply is not found. The
// same URL always gives the same picture, so it may be cached.
import type { Request, Response, Server } from 'restify';
import { scenarioFromDiagramKey } from '../../cards/diagramKey';
import { isTriageDiagramKey, triageFromDiagramKey } from '../../cards/triageDiagramKey';
import { isConsistent } from '../../engine';
import { diagramForScenario, diagramForTriage, renderDiagramPngAsync } from '../../diagram';
import { LOCALE_LIST, t, type Locale } from '../../i18n';
import type { Logger } from '../../log';

/**
 * The file is the route's wildcard: restify's router (find-my-way) refuses a named parameter longer than 100
 * characters with its own 404, and a complete scenario's key is longer than that. The handler reads the file name
 * and accepts only a key and a format (no slashes).
 */
export const DIAGRAM_ROUTE = '/diagram/:locale/*';

/** A scenario's key, or a triage's (the scenario's and up to four observations: longer). */
const FILE = /^([A-Za-z_-]{1,600})\.(svg|png)$/;
const CONTENT_TYPE = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' } as const;

function localeOf(segment: unknown): Locale | undefined {
  return LOCALE_LIST.find((l) => typeof segment === 'string' && l.toLowerCase() === segment.toLowerCase());
}

/** The SVG a key names: a scenario's answer, or a triage's comparison; null when it names neither. */
function drawnFor(key: string, locale: Locale): string | null {
  if (isTriageDiagramKey(key)) {
    const triage = triageFromDiagramKey(key);
    return triage && isConsistent(triage.scenario) ? diagramForTriage(triage.scenario, triage.observations, locale, 'svg') : null;
  }
  const scenario = scenarioFromDiagramKey(key);
  return scenario && isConsistent(scenario) ? diagramForScenario(scenario, locale, 'svg') : null;
}

export function diagramHandler(logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const locale = localeOf(req.params.locale);
    const match = FILE.exec(String(req.params['*'] ?? ''));
    const svg = locale && match ? drawnFor(match[1], locale) : null;
    if (!locale || !match || !svg) {
      res.send(404, { code: 'NotFound', message: t(locale ?? 'en', 'web.errors.noDiagram') });
      return;
    }
    const format = match[2] as 'svg' | 'png';
    try {
      const body = format === 'png' ? await renderDiagramPngAsync(svg) : Buffer.from(svg, 'utf8');
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPE[format],
        'Content-Length': body.length,
        'Cache-Control': 'public, max-age=3600',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    } catch (error) {
      logger.error('diagram.failed', { error, format, locale });
      res.send(500, { code: 'InternalError', message: t(locale, 'web.errors.noDiagram') });
    }
  };
}

/** The diagram routes: served whether or not the page is, since Teams' and Slack's answer cards load them too. */
export function registerDiagramRoute(server: Server, logger: Logger): void {
  server.get(DIAGRAM_ROUTE, diagramHandler(logger));
}
