// Where each leg's numbered badge goes: on its own line, off every box and clear of the other badges.
import type { NodeBox, Point } from './layout';

export const BADGE_RADIUS = 9;

function inside(p: Point, box: NodeBox, margin: number): boolean {
  const { x, y, width, height } = box.rect;
  return p.x > x - margin && p.x < x + width + margin && p.y > y - margin && p.y < y + height + margin;
}

function segments(points: Point[]): [Point, Point][] {
  return points.slice(1).map((p, i) => [points[i], p]);
}

const length = ([a, b]: [Point, Point]) => Math.abs(b.x - a.x) + Math.abs(b.y - a.y);

/** One badge per leg, in leg order: horizontal runs first (they never pass under a box), longest first. */
export function placeBadges(lines: Point[][], boxes: NodeBox[]): Point[] {
  const placed: Point[] = [];
  const fractions = (i: number) => [(i + 1) / (lines.length + 1), 0.5, 0.3, 0.7, 0.15, 0.85];
  const clear = (p: Point) =>
    boxes.every((b) => !inside(p, b, BADGE_RADIUS + 2)) &&
    placed.every((q) => Math.hypot(p.x - q.x, p.y - q.y) > 2 * BADGE_RADIUS + 3);
  lines.forEach((points, i) => {
    const candidates = segments(points)
      .map((s, order) => ({ s, order, horizontal: s[0].y === s[1].y }))
      .sort((a, b) => Number(b.horizontal) - Number(a.horizontal) || length(b.s) - length(a.s) || a.order - b.order)
      .flatMap(({ s: [a, b] }) => fractions(i).map((f) => ({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f })));
    placed.push(candidates.find(clear) ?? candidates[0] ?? points[0]);
  });
  return placed;
}
