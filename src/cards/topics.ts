// The topics an explain card covers, and the check of a topic that arrives in a card submission.
import {
  EXAMPLES,
  PRINCIPLES,
  SEGMENTS,
  TRAFFIC_TYPES,
  type ExampleId,
  type PrincipleNumber,
  type SegmentId,
  type TrafficType,
} from '../engine';
import { TERMS, type ExplainTopic, type TermId } from '../nlu/types';

type Caveat = Extract<ExplainTopic, { kind: 'caveat' }>['caveat'];
export const CAVEAT_TOPICS: readonly Caveat[] = ['asymmetricRouting', 'premiumAddOn', 'assumptions'];
const EXAMPLE_IDS: readonly ExampleId[] = EXAMPLES.map((e) => e.id);

/** Every topic there is, for samples and tests. */
export const EXPLAIN_TOPICS: readonly ExplainTopic[] = [
  ...TERMS.map((term): ExplainTopic => ({ kind: 'term', term })),
  { kind: 'principles' },
  ...PRINCIPLES.map((principle): ExplainTopic => ({ kind: 'principle', principle })),
  ...SEGMENTS.map((segment): ExplainTopic => ({ kind: 'segment', segment })),
  ...TRAFFIC_TYPES.map((traffic): ExplainTopic => ({ kind: 'traffic', traffic })),
  ...EXAMPLE_IDS.map((example): ExplainTopic => ({ kind: 'example', example })),
  { kind: 'internetOnly' },
  ...CAVEAT_TOPICS.map((caveat): ExplainTopic => ({ kind: 'caveat', caveat })),
];

function oneOf<T>(list: readonly T[], value: unknown): value is T {
  return list.includes(value as T);
}

export function parseExplainTopic(value: unknown): ExplainTopic | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  switch (v.kind) {
    case 'principles':
    case 'internetOnly':
      return { kind: v.kind };
    case 'term':
      return oneOf<TermId>(TERMS, v.term) ? { kind: 'term', term: v.term } : null;
    case 'principle':
      return oneOf<PrincipleNumber>(PRINCIPLES, v.principle) ? { kind: 'principle', principle: v.principle } : null;
    case 'segment':
      return oneOf<SegmentId>(SEGMENTS, v.segment) ? { kind: 'segment', segment: v.segment } : null;
    case 'traffic':
      return oneOf<TrafficType>(TRAFFIC_TYPES, v.traffic) ? { kind: 'traffic', traffic: v.traffic } : null;
    case 'example':
      return oneOf<ExampleId>(EXAMPLE_IDS, v.example) ? { kind: 'example', example: v.example } : null;
    case 'caveat':
      return oneOf<Caveat>(CAVEAT_TOPICS, v.caveat) ? { kind: 'caveat', caveat: v.caveat } : null;
    default:
      return null;
  }
}
