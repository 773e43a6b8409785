// How the engine tests compare paths: per party, only what the article states (path, and the relaying Edge where it says).
import type { Leg, PartyId, PathKind, Relay } from '../../src/engine';

/** One party's path as the article states it. `relay` only where the article says: an Edge, or 'none' for direct. */
export interface ExpectedLeg {
  party: PartyId;
  path: PathKind;
  relay?: Relay | 'none';
}

type LegLike = Pick<Leg, 'party' | 'path' | 'via'>;

export function byParty<T extends { party: PartyId }>(legs: readonly T[]): T[] {
  return [...legs].sort((a, b) => a.party.localeCompare(b.party));
}

/** The actual legs reduced to what the expectation names, in party order, ready for `toEqual(byParty(expected))`. */
export function asStated(actual: readonly LegLike[], expected: readonly ExpectedLeg[]): ExpectedLeg[] {
  const stated = new Map(expected.map((leg) => [leg.party, leg]));
  return byParty(
    actual.map((leg) =>
      stated.get(leg.party)?.relay === undefined
        ? { party: leg.party, path: leg.path }
        : { party: leg.party, path: leg.path, relay: leg.via ?? 'none' },
    ),
  );
}

/** The same legs seen from the other party of a peer-to-peer call. */
export function seenByPeer(legs: readonly ExpectedLeg[]): ExpectedLeg[] {
  const other: Record<PartyId, PartyId> = { user: 'peer', peer: 'user', attendees: 'attendees' };
  return legs.map((leg) => ({ ...leg, party: other[leg.party] }));
}

type RouteLike = Pick<Leg, 'path' | 'areas'>;
type OutcomeLeg = LegLike & RouteLike & { alternatives?: { routes: readonly RouteLike[] } };

/** A route's word, and which of the Internet and ExpressRoute it crosses. */
function crossing(route: RouteLike): string {
  return [route.path, ...(['internet', 'expressRoute'] as const).filter((segment) => route.areas.includes(segment))].join('+');
}

/**
 * Every party's signaling and media: the different routes it may take, each by its word and whether it crosses the
 * Internet and ExpressRoute. What a user is told, and what decides whether a question is needed.
 */
export function pathsOf(r: { signaling: readonly OutcomeLeg[]; media: readonly OutcomeLeg[] }): string {
  const routes = (leg: OutcomeLeg) => [...new Set([leg, ...(leg.alternatives?.routes ?? [])].map(crossing))].sort();
  const legs = (kind: string, list: readonly OutcomeLeg[]) => list.map((leg) => `${kind}:${leg.party}:${routes(leg).join(' or ')}`);
  return [...legs('signaling', r.signaling), ...legs('media', r.media)].sort().join(' ');
}
