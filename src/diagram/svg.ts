// renderDiagramSvg(): the path diagram of an answer as a self-contained, accessible SVG. Same answer and locale,
// same bytes: no clocks, no random ids, coordinates rounded.
import type { PartyId, Resolution, TrafficType } from '../engine/types';
import { t, type Locale } from '../i18n';
import { answerView, routeText, scenarioFacts, type LegView } from '../present';
import { BADGE_RADIUS, placeBadges } from './badges';
import { AREA_STYLE, DASH, isClient, isSegment, OBSERVED_COLOR, PARTY_COLOR, type Area, type NodeId } from './catalog';
import { layoutDiagram, MARGIN, NODE_WIDTH, type NodeBox, type Point, type ZoneBox } from './layout';
import { planDiagram, type LegPlan, type ObservedRoute } from './model';
import { labelSpot } from './labels';
import { attachOffsets, routeLeg } from './routing';
import { escapeXml, textWidth, wrapText } from './text';

const FONT_FAMILY: Record<Locale, string> = {
  en: "'Segoe UI', 'DejaVu Sans', 'Noto Sans CJK TC', sans-serif",
  'zh-TW': "'Noto Sans CJK TC', 'Microsoft JhengHei', 'PingFang TC', 'DejaVu Sans', sans-serif",
};
const TEXT_COLOR = '#1f1f1f';
const LEGEND_COLOR = '#444444';
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 13;
const NODE_TEXT_SIZE = 12;
const ZONE_TEXT_SIZE = 14;
/** Bold text runs about a tenth wider than the estimate for regular text. */
const BOLD = 1.1;
const KEY_TEXT_SIZE = 13;
const LINE_HEIGHT = 1.35;
const KEY_INDENT = 92;

const num = (n: number) => String(Math.round(n * 10) / 10);

function textLines(lines: string[], x: number, y: number, size: number, attrs = ''): string {
  return lines
    .map((line, i) => `<text x="${num(x)}" y="${num(y + i * size * LINE_HEIGHT)}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`)
    .join('');
}

function nodeLabel(id: NodeId, locale: Locale): string {
  return isClient(id) ? t(locale, `diagram.clients.${id.slice('client.'.length)}`) : t(locale, `diagram.servers.${id}`);
}

function zoneLabel(area: Area, locale: Locale): string {
  return isSegment(area) ? t(locale, `segments.${area}.name`) : t(locale, `diagram.zones.${area}`);
}

/** An observed route's line of the key: what was seen, on the route that gives it. */
function observedText(plan: LegPlan, observed: readonly ObservedRoute[], locale: Locale): string {
  const { zones } = observed.find((o) => o.choice === plan.choice) as ObservedRoute;
  return t(locale, 'triage.diagram.leg', {
    party: t(locale, `parties.${plan.leg.party}`),
    traffic: t(locale, `traffic.${plan.traffic}.name`),
    path: t(locale, `paths.${plan.choice.path}`),
    route: routeText(plan.choice.route, plan.leg.from, zones, locale),
  });
}

/** The colour of a line: its party's, or the observed colour. */
const colorOf = (plan: LegPlan) => (plan.observed ? OBSERVED_COLOR : PARTY_COLOR[plan.leg.party]);
const markerOf = (plan: LegPlan) => (plan.observed ? 'observed' : plan.leg.party);

/** One line of the key: the party, the traffic, the path word and the route in words, as the answer says them. */
function legText(plan: LegPlan, view: LegView, locale: Locale): string {
  const route = view.routes[plan.alternative];
  const values = { party: view.party, traffic: t(locale, `traffic.${plan.traffic}.name`), path: route.pathText, route: route.text };
  return plan.alternative === 0
    ? t(locale, 'diagram.leg', values)
    : t(locale, 'diagram.legAlternative', { ...values, dependsOn: view.dependsOn ?? '' });
}

function strokeAttrs(color: string, traffic: TrafficType, alternative: boolean, observed = false): string {
  const dash = alternative ? DASH[traffic].alternative : DASH[traffic].first;
  // An observed route is a little heavier, so it reads over the article's where they share a lane.
  const width = (traffic === 'signaling' ? 2 : 3) + (observed ? 1 : 0);
  return `stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} fill="none"`;
}

function markers(): string {
  const marker = (id: string, color: string) =>
    `<marker id="arrow-${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">` +
    `<path d="M0 0L10 5L0 10z" fill="${color}"/></marker>`;
  const parties = (Object.keys(PARTY_COLOR) as PartyId[]).map((party) => marker(party, PARTY_COLOR[party]));
  return `<defs>${[...parties, marker('observed', OBSERVED_COLOR), marker('legend', LEGEND_COLOR)].join('')}</defs>`;
}

function zoneRect(zone: ZoneBox): string {
  const { x, y, width, height } = zone.rect;
  const style = AREA_STYLE[zone.area];
  return (
    `<rect class="zone" data-area="${zone.area}" x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" ` +
    `rx="10" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"/>`
  );
}

/** Zone names go over the lines, with a halo in the zone's colour, so a line crossing a name never hides it. */
function zoneName(zone: ZoneBox, locale: Locale, lines: Point[][]): string {
  const fill = AREA_STYLE[zone.area].fill;
  const name = zoneLabel(zone.area, locale);
  const at = labelSpot(zone, textWidth(name, ZONE_TEXT_SIZE) * BOLD, lines);
  return (
    `<text class="zone-label" data-area="${zone.area}" x="${num(at.x)}" y="${num(at.y)}" font-size="${ZONE_TEXT_SIZE}" font-weight="bold" ` +
    `stroke="${fill}" stroke-width="5" stroke-linejoin="round" paint-order="stroke">${escapeXml(name)}</text>`
  );
}

function nodeBox(node: NodeBox, locale: Locale): string {
  const { x, y, width, height } = node.rect;
  const client = isClient(node.id);
  const stroke = client ? PARTY_COLOR[node.id.slice('client.'.length) as PartyId] : '#555555';
  const lines = wrapText(nodeLabel(node.id, locale), NODE_WIDTH - 12, NODE_TEXT_SIZE);
  const firstBaseline = node.center.y - ((lines.length - 1) * NODE_TEXT_SIZE * LINE_HEIGHT) / 2 + NODE_TEXT_SIZE * 0.35;
  return (
    `<g class="node" data-node="${node.id}" data-area="${node.area}">` +
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="${client ? 16 : 4}" ` +
    `fill="${client ? '#ffffff' : '#fbfbfb'}" stroke="${stroke}" stroke-width="${client ? 2 : 1.5}"/>` +
    textLines(lines, node.center.x, firstBaseline, NODE_TEXT_SIZE, ' text-anchor="middle"') +
    `</g>`
  );
}

function pathData(points: Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
}

function badge(p: Point, plan: LegPlan): string {
  return (
    `<g class="badge" data-leg="${plan.index + 1}"><circle cx="${num(p.x)}" cy="${num(p.y)}" r="${BADGE_RADIUS}" fill="${colorOf(plan)}" stroke="#ffffff" stroke-width="1.5"/>` +
    `<text x="${num(p.x)}" y="${num(p.y + 4)}" font-size="11" font-weight="bold" fill="#ffffff" text-anchor="middle">${plan.index + 1}</text></g>`
  );
}

interface KeyRow {
  plan: LegPlan;
  lines: string[];
}

export interface DiagramText {
  title: string;
  subtitle: string;
  /** One sentence per leg, numbered as the badges are. */
  legs: string[];
  /** The whole diagram in words: the SVG's <desc>, and alt text for an image of it. */
  description: string;
}

export interface DiagramOptions {
  /** Observed routes (the triage's), drawn over the answer's in their own colour. */
  observed?: readonly ObservedRoute[];
}

export function diagramText(r: Resolution, locale: Locale, options: DiagramOptions = {}): DiagramText {
  const view = answerView(r, locale);
  const viewOf = (plan: LegPlan) => view[plan.traffic].find((v) => v.partyId === plan.leg.party) as LegView;
  const observed = options.observed ?? [];
  const plans = planDiagram(r, observed).legs;
  const subtitle = scenarioFacts(r.scenario, locale)
    .map((f) => t(locale, 'diagram.fact', { title: f.title, value: f.value }))
    .join(t(locale, 'diagram.factSeparator'));
  const legs = plans.map((plan, i) => `${i + 1}. ${plan.observed ? observedText(plan, observed, locale) : legText(plan, viewOf(plan), locale)}`);
  const description = [t(locale, observed.length > 0 ? 'triage.diagram.description' : 'diagram.description', { facts: subtitle }), ...legs].join(' ');
  return { title: t(locale, observed.length > 0 ? 'triage.diagram.title' : 'diagram.title'), subtitle, legs, description };
}

export function renderDiagramSvg(resolution: Resolution, locale: Locale, options: DiagramOptions = {}): string {
  const plan = planDiagram(resolution, options.observed ?? []);
  const text = diagramText(resolution, locale, options);
  const nameWidths = Object.fromEntries(
    (['yourNetwork', 'microsoftNetwork', 'federatedNetwork', 'otherCompanyNetwork'] as const).map((area) => [
      area,
      textWidth(zoneLabel(area, locale), ZONE_TEXT_SIZE) * BOLD,
    ]),
  );
  const layout = layoutDiagram(plan, nameWidths);
  const { width } = layout;
  const textSpan = width - 2 * MARGIN;

  const subtitleLines = wrapText(text.subtitle, textSpan, SUBTITLE_SIZE);
  const titleY = MARGIN + TITLE_SIZE;
  const subtitleY = titleY + TITLE_SIZE * 0.5 + SUBTITLE_SIZE * LINE_HEIGHT;
  const mapTop = subtitleY + (subtitleLines.length - 1) * SUBTITLE_SIZE * LINE_HEIGHT + 18;

  const offset = attachOffsets(plan, layout);
  const lines = plan.legs.map((leg) => routeLeg(leg, layout, offset));
  const nodes = [...layout.nodes.values()];
  const badges = placeBadges(lines, nodes);

  const legendTop = mapTop + layout.bottom + 30;
  // The legend's entries, left to right, on as many rows as the width needs (a triage's has one more).
  const legendStep = (label: string) => 52 + textWidth(label, KEY_TEXT_SIZE) + 28;
  const line = (traffic: TrafficType, alternative: boolean, color: string) => (x: number, y: number) =>
    `<path d="M${num(x)} ${num(y - 4)}h44" ${strokeAttrs(color, traffic, alternative, color === OBSERVED_COLOR)}/>`;
  const arrow = (x: number, y: number) => `<path d="M${num(x)} ${num(y - 4)}h36" stroke="${LEGEND_COLOR}" stroke-width="2" marker-end="url(#arrow-legend)"/>`;
  const legendEntries = [
    { label: t(locale, 'diagram.legend.signaling'), symbol: line('signaling', false, LEGEND_COLOR) },
    { label: t(locale, 'diagram.legend.media'), symbol: line('media', false, LEGEND_COLOR) },
    // An alternative route gets its own entry, only in a diagram that has one; so does what was observed.
    ...(plan.legs.some((leg) => leg.alternative > 0) ? [{ label: t(locale, 'diagram.legend.alternative'), symbol: line('media', true, LEGEND_COLOR) }] : []),
    ...(plan.legs.some((leg) => leg.observed) ? [{ label: t(locale, 'triage.diagram.legend'), symbol: line('media', false, OBSERVED_COLOR) }] : []),
    { label: t(locale, 'diagram.legend.arrow'), symbol: arrow },
  ];
  let legendX = MARGIN;
  let legendY = legendTop;
  const legendParts = legendEntries.map(({ label, symbol }) => {
    if (legendX > MARGIN && legendX + legendStep(label) - 28 > width - MARGIN) {
      legendX = MARGIN;
      legendY += KEY_TEXT_SIZE * LINE_HEIGHT + 8;
    }
    const part = symbol(legendX, legendY) + `<text x="${num(legendX + 52)}" y="${num(legendY)}" font-size="${KEY_TEXT_SIZE}">${escapeXml(label)}</text>`;
    legendX += legendStep(label);
    return part;
  });
  const keyRows: KeyRow[] = plan.legs.map((leg, i) => ({
    plan: leg,
    lines: wrapText(text.legs[i].replace(/^\d+\. /, ''), textSpan - KEY_INDENT, KEY_TEXT_SIZE),
  }));
  let keyY = legendY + 34;
  const keyParts = keyRows.map(({ plan: leg, lines: rowLines }) => {
    const y = keyY;
    keyY += Math.max(1, rowLines.length) * KEY_TEXT_SIZE * LINE_HEIGHT + 10;
    return (
      `<g class="key${leg.observed ? ' observed' : ''}" data-leg="${leg.index + 1}" data-party="${leg.leg.party}" data-traffic="${leg.traffic}">` +
      badge({ x: MARGIN + BADGE_RADIUS, y: y - 4 }, leg) +
      `<path d="M${MARGIN + 26} ${num(y - 4)}H${MARGIN + 76}" ${strokeAttrs(colorOf(leg), leg.traffic, leg.alternative > 0, leg.observed)} marker-end="url(#arrow-${markerOf(leg)})"/>` +
      textLines(rowLines, MARGIN + KEY_INDENT, y, KEY_TEXT_SIZE) +
      `</g>`
    );
  });
  const height = Math.ceil(keyY + MARGIN - 10);


  const title = t(locale, 'diagram.titleWithScenario', { title: text.title, scenario: text.subtitle });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `role="img" aria-labelledby="diagram-title diagram-desc" lang="${locale}" font-family="${FONT_FAMILY[locale]}" fill="${TEXT_COLOR}">`,
    `<title id="diagram-title">${escapeXml(title)}</title>`,
    `<desc id="diagram-desc">${escapeXml(text.description)}</desc>`,
    markers(),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="title" x="${MARGIN}" y="${num(titleY)}" font-size="${TITLE_SIZE}" font-weight="bold">${escapeXml(text.title)}</text>`,
    textLines(subtitleLines, MARGIN, subtitleY, SUBTITLE_SIZE, ' class="subtitle"'),
    `<g class="map" transform="translate(0 ${num(mapTop)})">`,
    layout.zones.map(zoneRect).join(''),
    plan.legs
      .map(
        (leg, i) =>
          `<path class="leg${leg.observed ? ' observed' : ''}" data-leg="${leg.index + 1}" data-party="${leg.leg.party}" data-traffic="${leg.traffic}" data-path="${leg.choice.path}" ` +
          `data-alternative="${leg.alternative}" data-route="${leg.route.join(' ')}" data-stops="${leg.stops.join(' ')}" d="${pathData(lines[i])}" ` +
          `${strokeAttrs(colorOf(leg), leg.traffic, leg.alternative > 0, leg.observed)} ` +
          `stroke-linejoin="round" marker-end="url(#arrow-${markerOf(leg)})"><title>${escapeXml(text.legs[i])}</title></path>`,
      )
      .join(''),
    nodes.map((n) => nodeBox(n, locale)).join(''),
    layout.zones.map((z) => zoneName(z, locale, lines)).join(''),
    plan.legs.map((leg, i) => badge(badges[i], leg)).join(''),
    `</g>`,
    `<g class="legend">`,
    legendParts.join(''),
    `</g>`,
    keyParts.join(''),
    `</svg>`,
  ].join('\n');
}
