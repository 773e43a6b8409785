// What a diagram must show for an answer, as checks shared by the row tests and the all-scenarios test.
import type { Leg, PartyId, Resolution } from '../../src/engine';
import { areasCrossed, contains, sample, type DrawnDiagram } from './svg-reading';

const OTHER: Record<PartyId, PartyId> = { user: 'peer', peer: 'user', attendees: 'attendees' };

/** Where the article says a leg ends: its target, the relaying Edge of a peer-to-peer leg, else the other client. */
export function endNode(leg: Leg): string {
  if (leg.to !== 'peer') return leg.to;
  return leg.via ?? `client.${OTHER[leg.party]}`;
}

export function legsOf(r: Resolution): { leg: Leg; traffic: 'signaling' | 'media' }[] {
  return [
    ...r.signaling.map((leg) => ({ leg, traffic: 'signaling' as const })),
    ...r.media.map((leg) => ({ leg, traffic: 'media' as const })),
  ];
}

const dedupe = (route: readonly string[]) => route.filter((a, i) => i === 0 || a !== route[i - 1]);

/**
 * Everything wrong with how the lines are drawn, as sentences (empty when right): each starts at its party's
 * client, crosses exactly its route's areas, passes through its relay, ends at its end, and runs under no other box.
 */
export function geometryProblems(drawn: DrawnDiagram, r: Resolution): string[] {
  const problems: string[] = [];
  legsOf(r).forEach(({ leg }, i) => {
    const line = drawn.legs[i];
    const name = `leg ${i + 1} (${leg.party})`;
    if (!line) return problems.push(`${name}: not drawn`);
    const client = drawn.nodes.get(`client.${leg.party}`);
    const end = drawn.nodes.get(endNode(leg));
    if (client?.area !== leg.from) problems.push(`${name}: client drawn in ${client?.area}, not ${leg.from}`);
    if (!client || !contains(client.rect, line.points[0])) problems.push(`${name}: does not start at its client`);
    if (!end || !contains(end.rect, line.points[line.points.length - 1], 2)) problems.push(`${name}: does not end at ${endNode(leg)}`);
    const crossed = areasCrossed(line.points, drawn.zones);
    if (crossed.join('>') !== dedupe(leg.route).join('>')) problems.push(`${name}: crosses ${crossed.join('>')}, route ${leg.route.join('>')}`);
    const relay = leg.via ? drawn.nodes.get(leg.via) : undefined;
    if (leg.via && !(relay && sample(line.points).some((p) => contains(relay.rect, p, 2)))) problems.push(`${name}: misses ${leg.via}`);
    const stops = new Set([`client.${leg.party}`, endNode(leg), ...(leg.via ? [leg.via] : [])]);
    const under = [...drawn.nodes].filter(([id, n]) => !stops.has(id) && sample(line.points).some((p) => contains(n.rect, p, -1)));
    if (under.length > 0) problems.push(`${name}: runs under ${under.map(([id]) => id).join(', ')}`);
    return undefined;
  });
  return problems;
}
