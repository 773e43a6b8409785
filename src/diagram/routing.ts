// Draws each leg as a right-angled line: vertical between areas, along its own lane inside the Internet and
// ExpressRoute bands, and along a corridor above (signaling) or below (media) the boxes inside a network.
import type { TrafficType } from '../engine/types';
import type { NodeId } from './catalog';
import type { Layout, NodeBox, Point } from './layout';
import type { LegPlan, Plan } from './model';

const ATTACH_GAP = 10;

type Offsets = (node: NodeId, legIndex: number) => number;

/**
 * Where a line should sit among those meeting a box, from how it leaves the box (traced without offsets): a line
 * that turns right sooner sits further right, one that turns left sooner further left, so side-by-side lines do
 * not cross on their way out.
 */
function turnKey(points: Point[], center: Point): number {
  const [from, corner, next] = points;
  if (!corner || !next || from.x !== corner.x) return 0;
  return Math.sign(next.x - corner.x) * (1e4 - Math.abs(corner.y - center.y));
}

/** The line from a stop onwards (or, for the last stop, back from it). */
function fromStop(points: Point[], center: Point, isLast: boolean): Point[] {
  if (isLast) return [...points].reverse();
  const at = points.findIndex((p) => p.x === center.x && p.y === center.y);
  return at < 0 ? [] : points.slice(at);
}

/** Each leg meets a box at its own x, so lines that share a box stay apart, in an order that avoids crossings. */
export function attachOffsets(plan: Plan, layout: Layout): Offsets {
  const touching = new Map<NodeId, { leg: number; key: number }[]>();
  for (const leg of plan.legs) {
    const traced = routeLeg(leg, layout, () => 0);
    leg.stops.forEach((stop, k) => {
      const center = layout.nodes.get(stop)?.center;
      const key = center ? turnKey(fromStop(traced, center, k === leg.stops.length - 1), center) : 0;
      touching.set(stop, [...(touching.get(stop) ?? []), { leg: leg.index, key }]);
    });
  }
  const order = new Map<NodeId, number[]>();
  for (const [node, legs] of touching) {
    order.set(node, [...legs].sort((a, b) => a.key - b.key || a.leg - b.leg).map((l) => l.leg));
  }
  return (node, legIndex) => {
    const legs = order.get(node) ?? [legIndex];
    return (legs.indexOf(legIndex) - (legs.length - 1) / 2) * ATTACH_GAP;
  };
}

/** The route index at which each stop is visited: the first visit to its area, never going back. */
function stopIndexes(plan: LegPlan, layout: Layout): number[] {
  let at = 0;
  return plan.stops.map((stop, k) => {
    if (k === 0) return 0;
    const area = layout.nodes.get(stop)?.area;
    const found = plan.route.findIndex((a, i) => i >= at && a === area);
    at = found < 0 ? plan.route.length - 1 : found;
    return at;
  });
}

const between = (a: number, p: number, b: number) => (a <= p && p <= b) || (b <= p && p <= a);

/**
 * Drops repeated points and points in the middle of a straight run. A point where the line turns back (up into a box
 * it stops at, then down again) is where it visits that box, so it stays.
 */
function simplify(points: Point[]): Point[] {
  const distinct = points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);
  return distinct.filter((p, i) => {
    if (i === 0 || i === distinct.length - 1) return true;
    const a = distinct[i - 1];
    const b = distinct[i + 1];
    const onVertical = a.x === p.x && p.x === b.x && between(a.y, p.y, b.y);
    const onHorizontal = a.y === p.y && p.y === b.y && between(a.x, p.x, b.x);
    return !(onVertical || onHorizontal);
  });
}

/** Ends the line at the box's edge, so its arrowhead shows. */
function stopAtEdge(points: Point[], box: NodeBox): Point[] {
  if (points.length < 2) return points;
  const last = points[points.length - 1];
  const prev = points[points.length - 2];
  const { rect } = box;
  const edge =
    prev.x === last.x
      ? { x: last.x, y: prev.y < last.y ? rect.y - 1 : rect.y + rect.height + 1 }
      : { x: prev.x < last.x ? rect.x - 1 : rect.x + rect.width + 1, y: last.y };
  return [...points.slice(0, -1), edge];
}

/**
 * A line that came into a box leaves on the far side, so it visibly passes through a relaying Edge; a line that
 * starts at the box takes its traffic's side (signaling above, media below).
 */
function corridorSide(before: Point | undefined, y: number, traffic: TrafficType): 'above' | 'below' {
  if (before === undefined) return traffic === 'signaling' ? 'above' : 'below';
  return before.y > y ? 'above' : 'below';
}

export function routeLeg(plan: LegPlan, layout: Layout, offset: Offsets): Point[] {
  const box = (id: NodeId): NodeBox => {
    const found = layout.nodes.get(id);
    if (!found) throw new Error(`No box for ${id}`);
    return found;
  };
  const attachX = (id: NodeId) => box(id).center.x + offset(id, plan.index);
  const indexes = stopIndexes(plan, layout);
  const first = box(plan.stops[0]);
  const points: Point[] = [{ x: attachX(plan.stops[0]), y: first.center.y }];
  let { x, y } = points[0];
  const go = (nx: number, ny: number) => {
    points.push({ x: nx, y: ny });
    x = nx;
    y = ny;
  };

  plan.route.forEach((area, i) => {
    const zone = layout.zones.find((z) => z.area === area);
    const here = plan.stops.filter((_, k) => k > 0 && indexes[k] === i);
    const isLast = i === plan.route.length - 1;
    if (zone?.kind === 'band') {
      const lane = layout.laneY(area, plan.lanes[i]);
      go(x, lane);
      here.forEach((stop, k) => {
        go(attachX(stop), lane);
        go(x, box(stop).center.y);
        if (k < here.length - 1 || !isLast) go(x, lane);
      });
      // Along the band to where the next area's first stop is (a pass-through keeps its x).
      const next = plan.stops.find((_, k) => indexes[k] === i + 1 && k > 0);
      if (!isLast && next) go(attachX(next), lane);
      return;
    }
    for (const stop of here) {
      const target = box(stop);
      const nx = attachX(stop);
      if (nx !== x) {
        // Another box in the same network: along a corridor.
        const corridor = layout.corridorY(plan.index, corridorSide(points[points.length - 2], y, plan.traffic));
        go(x, corridor);
        go(nx, corridor);
      }
      go(nx, target.center.y);
    }
  });
  return stopAtEdge(simplify(points), box(plan.stops[plan.stops.length - 1]));
}
