// How an observation is written where it must be short and plain (a command-line flag, a diagram's address): its
// party, path and Edge as words. One table for every place that reads or writes them.
import type { PartyId, PathKind } from '../types';
import type { Observation } from './types';

export const PATH_KINDS: readonly PathKind[] = ['local', 'expressRoute', 'internet'];
export const OBSERVED_PARTIES: readonly PartyId[] = ['user', 'peer', 'attendees'];

/** The Edge of an observation as a word: relayed by some Edge, by none, or by the one named. */
export const EDGE_CODES: Readonly<Record<string, Observation['edge']>> = {
  edge: true,
  noEdge: false,
  onlineEdge: 'onlineEdge',
  onPremEdge: 'onPremEdge',
  cloudConnectorEdge: 'cloudConnectorEdge',
};

export function edgeCode(edge: Observation['edge']): string | undefined {
  return Object.keys(EDGE_CODES).find((code) => EDGE_CODES[code] === edge);
}
