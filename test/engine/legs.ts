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

/** Every party's signaling and media path: what a user is told, and what decides whether a question is needed. */
export function pathsOf(r: { signaling: readonly LegLike[]; media: readonly LegLike[] }): string {
  const legs = (kind: string, list: readonly LegLike[]) => list.map((leg) => `${kind}:${leg.party}:${leg.path}`);
  return [...legs('signaling', r.signaling), ...legs('media', r.media)].sort().join(' ');
}
