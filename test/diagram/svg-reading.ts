// Reads a diagram SVG back as data, the way a test can check what it draws: zones, boxes and each leg's line.

/** jsdom ships no types here; this is the one constructor the tests use. */
interface JsdomModule {
  JSDOM: new (text: string, options: { contentType: string }) => { window: { document: Document } };
}
const { JSDOM } = require('jsdom') as JsdomModule;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

export interface DrawnLeg {
  number: number;
  party: string;
  traffic: string;
  /** The stroke-dasharray, undefined for a solid line. */
  dash: string | undefined;
  /** The data the line was drawn from: its route's areas and the boxes it stops at. */
  route: string[];
  stops: string[];
  alternative: number;
  stroke: string;
  points: Point[];
  title: string;
}

export interface DrawnDiagram {
  document: Document;
  svg: SVGSVGElement;
  zones: Map<string, Rect>;
  zoneLabels: Map<string, string>;
  nodes: Map<string, { rect: Rect; area: string; text: string }>;
  legs: DrawnLeg[];
  keyRows: { number: number; text: string }[];
  /** A focused answer's sentence under the legend: which traffic is not drawn and what it depends on ('' if none). */
  notDrawn: string;
}

const num = (el: Element, name: string) => Number(el.getAttribute(name));
const rectOf = (el: Element): Rect => ({ x: num(el, 'x'), y: num(el, 'y'), width: num(el, 'width'), height: num(el, 'height') });

/** Only the "M x y L x y ..." polylines the renderer writes. */
export function polyline(d: string): Point[] {
  const points = [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  if (points.length < 2) throw new Error(`Not a polyline: ${d}`);
  return points;
}

export function readDiagram(svgText: string): DrawnDiagram {
  const { window } = new JSDOM(svgText, { contentType: 'image/svg+xml' });
  const document = window.document;
  const svg = document.documentElement as unknown as SVGSVGElement;
  const zones = new Map<string, Rect>();
  document.querySelectorAll('rect.zone').forEach((el: Element) => zones.set(el.getAttribute('data-area') ?? '', rectOf(el)));
  const zoneLabels = new Map<string, string>();
  document.querySelectorAll('text.zone-label').forEach((el: Element) => zoneLabels.set(el.getAttribute('data-area') ?? '', el.textContent ?? ''));
  const nodes = new Map<string, { rect: Rect; area: string; text: string }>();
  document.querySelectorAll('g.node').forEach((g: Element) => {
    const rect = g.querySelector('rect');
    if (!rect) throw new Error('node without a box');
    const text = Array.from(g.querySelectorAll('text')).map((t) => t.textContent).join(' ');
    nodes.set(g.getAttribute('data-node') ?? '', { rect: rectOf(rect), area: g.getAttribute('data-area') ?? '', text });
  });
  const legs = Array.from(document.querySelectorAll('path.leg')).map((el) => ({
    number: Number(el.getAttribute('data-leg')),
    party: el.getAttribute('data-party') ?? '',
    traffic: el.getAttribute('data-traffic') ?? '',
    dash: el.getAttribute('stroke-dasharray') ?? undefined,
    route: (el.getAttribute('data-route') ?? '').split(' '),
    stops: (el.getAttribute('data-stops') ?? '').split(' '),
    alternative: Number(el.getAttribute('data-alternative')),
    stroke: el.getAttribute('stroke') ?? '',
    points: polyline(el.getAttribute('d') ?? ''),
    title: el.querySelector('title')?.textContent ?? '',
  }));
  const keyRows = Array.from(document.querySelectorAll('g.key')).map((g) => ({
    number: Number(g.getAttribute('data-leg')),
    text: Array.from(g.querySelectorAll(':scope > text')).map((t) => t.textContent).join(' '),
  }));
  const notDrawn = Array.from(document.querySelectorAll('text.not-drawn')).map((t) => t.textContent).join(' ');
  return { document, svg, zones, zoneLabels, nodes, legs, keyRows, notDrawn };
}

export function contains(rect: Rect, p: Point, margin = 0): boolean {
  return p.x >= rect.x - margin && p.x <= rect.x + rect.width + margin && p.y >= rect.y - margin && p.y <= rect.y + rect.height + margin;
}

/** Points every `step` pixels along a polyline, ends included. */
export function sample(points: Point[], step = 2): Point[] {
  const out: Point[] = [points[0]];
  points.slice(1).forEach((b, i) => {
    const a = points[i];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 1; k <= n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  });
  return out;
}

/** The areas a line passes through, in order, without repeats (the gaps between zones belong to none). */
export function areasCrossed(points: Point[], zones: Map<string, Rect>): string[] {
  const seen: string[] = [];
  for (const p of sample(points)) {
    const area = [...zones].find(([, rect]) => contains(rect, p))?.[0];
    if (area && seen[seen.length - 1] !== area) seen.push(area);
  }
  return seen;
}
