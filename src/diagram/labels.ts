// Where a zone's name goes: the first spot along the zone's top strip that no line crosses (left, middle, right,
// then anywhere along it); if every spot is crossed, the left one, where the name's halo keeps it readable.
import { NAME_PADDING as PADDING, type Point, type Rect, type ZoneBox } from './layout';

const BASELINE = 19;
const CAP_HEIGHT = 15;

function crosses(a: Point, b: Point, box: Rect): boolean {
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return maxX >= box.x && minX <= box.x + box.width && maxY >= box.y && minY <= box.y + box.height;
}

export function labelSpot(zone: ZoneBox, labelWidth: number, lines: Point[][]): Point {
  const { rect } = zone;
  const y = rect.y + BASELINE;
  const left = rect.x + PADDING;
  const right = rect.x + rect.width - PADDING - labelWidth;
  const scan = Array.from({ length: Math.max(0, Math.floor((right - left) / 4)) }, (_, k) => left + 4 * (k + 1));
  const xs = [left, rect.x + (rect.width - labelWidth) / 2, right, ...scan];
  const free = xs.find((x) => {
    const box = { x: x - 4, y: y - CAP_HEIGHT, width: labelWidth + 8, height: CAP_HEIGHT + 6 };
    return lines.every((points) => points.slice(1).every((p, i) => !crosses(points[i], p, box)));
  });
  return { x: free ?? xs[0], y };
}
