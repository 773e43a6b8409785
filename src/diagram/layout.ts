// Geometry: where each area and box sits. The Internet is a band across the top, ExpressRoute a band across the
// bottom, and between them your network (left), another organization's network (middle, when involved) and the
// Microsoft network (right), so every pair of areas a route can cross are neighbours.
import type { Area, NodeId } from './catalog';
import type { Plan } from './model';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ZoneBox {
  area: Area;
  kind: 'band' | 'box';
  rect: Rect;
}

export interface NodeBox {
  id: NodeId;
  area: Area;
  rect: Rect;
  center: Point;
}

export interface Layout {
  width: number;
  /** The bottom edge of the lowest zone. */
  bottom: number;
  zones: ZoneBox[];
  nodes: Map<NodeId, NodeBox>;
  /** The y of a lane along a band (model.ts gives each pass along a band its own). */
  laneY(band: Area, lane: number): number;
  /** The y of a leg's corridor inside a network, above or below its row of boxes. */
  corridorY(legIndex: number, side: 'above' | 'below'): number;
}

export const MARGIN = 24;
export const NODE_WIDTH = 132;
const NODE_HEIGHT = 58;
const LANE_GAP = 8;
const NODE_GAP = 18;
const LABEL_STRIP = 28;
/** Space either side of a zone's name. */
export const NAME_PADDING = 12;
const CORRIDOR_CLEARANCE = 12;
const ZONE_GAP_Y = 26;
const MIN_BOX_WIDTH = 290;
const MIN_OTHER_WIDTH = 190;
const MIDDLE_GAP = 110;
const SIDE_GAP = 36;
const MIN_WIDTH = 820;

function rowWidth(count: number): number {
  return count * NODE_WIDTH + Math.max(0, count - 1) * NODE_GAP + 2 * NODE_GAP;
}

/** Evenly spread boxes across a span, at one height. */
function placeRow(ids: NodeId[], area: Area, left: number, span: number, centerY: number): NodeBox[] {
  const slot = span / Math.max(1, ids.length);
  return ids.map((id, k) => {
    const center = { x: left + slot * (k + 0.5), y: centerY };
    const rect = { x: center.x - NODE_WIDTH / 2, y: centerY - NODE_HEIGHT / 2, width: NODE_WIDTH, height: NODE_HEIGHT };
    return { id, area, rect, center };
  });
}

/** `nameWidths`: how wide each zone's name is, so a box is never narrower than its name. */
export function layoutDiagram(plan: Plan, nameWidths: Partial<Record<Area, number>>): Layout {
  const laneCount = plan.laneCount;
  const idsIn = (area: Area) => plan.nodes.filter((n) => n.area === area).map((n) => n.id);
  const other = plan.otherNetwork;

  const boxWidth = (area: Area, min: number) => Math.max(min, rowWidth(idsIn(area).length), (nameWidths[area] ?? 0) + 2 * NAME_PADDING);
  const yourWidth = boxWidth('yourNetwork', MIN_BOX_WIDTH);
  const microsoftWidth = boxWidth('microsoftNetwork', MIN_BOX_WIDTH);
  const otherWidth = other ? boxWidth(other, MIN_OTHER_WIDTH) : 0;
  const internetIds = idsIn('internet');
  const boxesWidth = yourWidth + microsoftWidth + (other ? otherWidth + 2 * SIDE_GAP : MIDDLE_GAP);
  const width = Math.ceil(Math.max(MIN_WIDTH, 2 * MARGIN + boxesWidth, 2 * MARGIN + rowWidth(internetIds.length)));
  const inner = width - 2 * MARGIN;
  const middle = inner - yourWidth - microsoftWidth;

  const lanesHeight = laneCount * LANE_GAP;
  const internetTop = 0;
  const internetNodeY = internetTop + LABEL_STRIP + NODE_HEIGHT / 2;
  const internetHeight = LABEL_STRIP + (internetIds.length > 0 ? NODE_HEIGHT + CORRIDOR_CLEARANCE : 0) + lanesHeight + CORRIDOR_CLEARANCE;
  const boxTop = internetTop + internetHeight + ZONE_GAP_Y;
  const nodeTop = boxTop + LABEL_STRIP + CORRIDOR_CLEARANCE + lanesHeight;
  const boxHeight = nodeTop - boxTop + NODE_HEIGHT + CORRIDOR_CLEARANCE + lanesHeight + 4;
  const nodeY = nodeTop + NODE_HEIGHT / 2;
  const expressRouteTop = boxTop + boxHeight + ZONE_GAP_Y;
  const expressRouteHeight = LABEL_STRIP + lanesHeight + CORRIDOR_CLEARANCE;

  const left = MARGIN;
  const microsoftLeft = width - MARGIN - microsoftWidth;
  const otherLeft = left + yourWidth + (middle - otherWidth) / 2;
  const box = (area: Area, x: number, w: number): ZoneBox => ({
    area,
    kind: 'box',
    rect: { x, y: boxTop, width: w, height: boxHeight },
  });
  const zones: ZoneBox[] = [
    box('yourNetwork', left, yourWidth),
    {
      area: 'internet',
      kind: 'band',
      rect: { x: left, y: internetTop, width: inner, height: internetHeight },
    },
    {
      area: 'expressRoute',
      kind: 'band',
      rect: { x: left, y: expressRouteTop, width: inner, height: expressRouteHeight },
    },
    box('microsoftNetwork', microsoftLeft, microsoftWidth),
  ];
  if (other) zones.push(box(other, otherLeft, otherWidth));

  const nodes = new Map<NodeId, NodeBox>();
  const add = (boxes: NodeBox[]) => boxes.forEach((b) => nodes.set(b.id, b));
  for (const zone of zones.filter((z) => z.kind === 'box')) {
    add(placeRow(idsIn(zone.area), zone.area, zone.rect.x, zone.rect.width, nodeY));
  }
  // Clients on the Internet sit between your network and Microsoft's, as in the article's figures.
  const spanLeft = left + yourWidth / 2;
  const span = microsoftLeft + microsoftWidth / 2 - spanLeft;
  if (span >= rowWidth(internetIds.length)) add(placeRow(internetIds, 'internet', spanLeft, span, internetNodeY));
  else add(placeRow(internetIds, 'internet', left, inner, internetNodeY));

  const laneY = (band: Area, i: number): number =>
    band === 'internet'
      ? internetTop + internetHeight - CORRIDOR_CLEARANCE - i * LANE_GAP
      : expressRouteTop + LABEL_STRIP + i * LANE_GAP;
  const corridorY = (i: number, side: 'above' | 'below'): number =>
    side === 'above' ? nodeTop - CORRIDOR_CLEARANCE - i * LANE_GAP : nodeTop + NODE_HEIGHT + CORRIDOR_CLEARANCE + i * LANE_GAP;
  return { width, bottom: expressRouteTop + expressRouteHeight, zones, nodes, laneY, corridorY };
}
