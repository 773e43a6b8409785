// What a diagram must show for an answer, as checks shared by the row tests and the all-scenarios test.
import type { Leg, Resolution, RouteChoice, TrafficType } from '../../src/engine';
import { areasCrossed, contains, sample, type DrawnDiagram } from './svg-reading';

/** One line the diagram must draw: a party's first route or one of its alternatives. */
export interface ExpectedLine {
  leg: Leg;
  traffic: TrafficType;
  choice: RouteChoice;
  /** 0 for the first route, 1.. for its alternatives. */
  alternative: number;
}

/** Every route of an answer in the order the key numbers them: signaling then media, each leg's alternatives after it. */
export function legsOf(r: Resolution): ExpectedLine[] {
  const lines = (traffic: TrafficType, legs: readonly Leg[]) =>
    legs.flatMap((leg) => [leg, ...(leg.alternatives?.routes ?? [])].map((choice, alternative) => ({ leg, traffic, choice, alternative })));
  return [...lines('signaling', r.signaling), ...lines('media', r.media)];
}

/** The boxes a route visits: its party's client, then every box a hop reaches. */
export function stopsOf({ leg, choice }: ExpectedLine): string[] {
  return [`client.${leg.party}`, ...choice.route.map((hop) => hop.to)];
}

/**
 * Everything wrong with how the lines are drawn, as sentences (empty when right): each starts at its party's
 * client, crosses exactly its route's areas, passes through every box its route reaches, ends at the last, and runs
 * under no other box.
 */
export function geometryProblems(drawn: DrawnDiagram, r: Resolution): string[] {
  const problems: string[] = [];
  legsOf(r).forEach((expected, i) => {
    const { leg, choice } = expected;
    const line = drawn.legs[i];
    const name = `line ${i + 1} (${leg.party}, route ${expected.alternative})`;
    if (!line) return problems.push(`${name}: not drawn`);
    const stops = stopsOf(expected);
    const client = drawn.nodes.get(stops[0]);
    const end = drawn.nodes.get(stops[stops.length - 1]);
    if (client?.area !== leg.from) problems.push(`${name}: client drawn in ${client?.area}, not ${leg.from}`);
    if (!client || !contains(client.rect, line.points[0])) problems.push(`${name}: does not start at its client`);
    if (!end || !contains(end.rect, line.points[line.points.length - 1], 2)) problems.push(`${name}: does not end at ${stops[stops.length - 1]}`);
    const crossed = areasCrossed(line.points, drawn.zones);
    if (crossed.join('>') !== choice.areas.join('>')) problems.push(`${name}: crosses ${crossed.join('>')}, route ${choice.areas.join('>')}`);
    for (const stop of stops.slice(1, -1)) {
      const box = drawn.nodes.get(stop);
      if (!(box && sample(line.points).some((p) => contains(box.rect, p, 2)))) problems.push(`${name}: misses ${stop}`);
    }
    const under = [...drawn.nodes].filter(([id, n]) => !stops.includes(id) && sample(line.points).some((p) => contains(n.rect, p, -1)));
    if (under.length > 0) problems.push(`${name}: runs under ${under.map(([id]) => id).join(', ')}`);
    return undefined;
  });
  if (drawn.legs.length !== legsOf(r).length) problems.push(`${drawn.legs.length} lines drawn for ${legsOf(r).length} routes`);
  return problems;
}
