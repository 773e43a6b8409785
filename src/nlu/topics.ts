// What an explain question is about: a caveat, the Internet-only list, a principle, an example flow, a traffic
// type or a network segment, tried in that order (the most specific first).
import type { ExampleId, PrincipleNumber, SegmentId } from '../engine/types';
import type { Item, Mention } from './analyzer';
import type { ExplainTopic } from './types';
import { VOCABULARY } from './vocabulary';

type Rule = (mentions: readonly Mention[], ids: ReadonlySet<string>) => ExplainTopic | undefined;

const caveat: Rule = (mentions) => {
  for (const m of mentions) if (m.concept.kind === 'caveat') return { kind: 'caveat', caveat: m.concept.caveat };
  return undefined;
};

/** "what always goes over the Internet", "DNS", "even with ExpressRoute ... still the Internet". */
const internetOnly: Rule = (_mentions, ids) =>
  ids.has('topic.internetOnly') || (ids.has('cue.always') && ids.has('path.internet')) ? { kind: 'internetOnly' } : undefined;

function numberIn(mentions: readonly Mention[]): PrincipleNumber | undefined {
  for (const m of mentions) if (m.concept.kind === 'number') return m.concept.value as PrincipleNumber;
  return undefined;
}

const principle: Rule = (mentions, ids) => {
  if (ids.has('topic.principles')) return { kind: 'principles' };
  if (!ids.has('topic.principle')) return undefined;
  const n = numberIn(mentions);
  return n === undefined ? { kind: 'principles' } : { kind: 'principle', principle: n };
};

/** The example whose identifying concepts match best (see locales/vocabulary/topics.json). */
const example: Rule = (_mentions, ids) => {
  if (!ids.has('topic.example')) return undefined;
  let best: { example: ExampleId; size: number } | undefined;
  for (const [id, alternatives] of Object.entries(VOCABULARY.examples) as [ExampleId, readonly (readonly string[])[]][]) {
    for (const concepts of alternatives) {
      if (concepts.every((c) => ids.has(c)) && concepts.length > (best?.size ?? 0)) best = { example: id, size: concepts.length };
    }
  }
  return best && { kind: 'example', example: best.example };
};

const traffic: Rule = (mentions) => {
  for (const m of mentions) if (m.concept.kind === 'traffic') return { kind: 'traffic', traffic: m.concept.value };
  return undefined;
};

function segmentOf(m: Mention): SegmentId | undefined {
  const { concept } = m;
  if (concept.kind === 'segment') return concept.value;
  if (concept.kind === 'path') return concept.value === 'local' ? 'yourNetwork' : concept.value;
  if (concept.kind === 'place' && concept.value === 'customerNetwork') return 'yourNetwork';
  if (concept.kind === 'place' && concept.value === 'internet') return 'internet';
  return undefined;
}

const segment: Rule = (mentions) => {
  for (const m of mentions) {
    const id = segmentOf(m);
    if (id) return { kind: 'segment', segment: id };
  }
  return undefined;
};

const RULES: readonly Rule[] = [caveat, internetOnly, principle, example, traffic, segment];

/** Topics specific enough to explain even when the text also describes a scenario ("principle 3 for P2P calls"). */
export function isSpecificTopic(topic: ExplainTopic): boolean {
  return topic.kind !== 'traffic' && topic.kind !== 'segment';
}

export function topicOf(items: readonly Item[], negated: ReadonlySet<number>): ExplainTopic | undefined {
  const mentions = items.filter((item, index): item is Mention => item.kind === 'mention' && !negated.has(index));
  const ids = new Set(mentions.map((m) => m.id));
  for (const rule of RULES) {
    const topic = rule(mentions, ids);
    if (topic) return topic;
  }
  return undefined;
}

/**
 * The labelling contract's topic id for a topic (test/nlu/blind/: edgeServer, segments, hybrid, ...), so explain
 * questions can be scored against what their writers meant.
 */
export function topicId(topic: ExplainTopic): string {
  switch (topic.kind) {
    case 'principle':
    case 'principles':
      return 'principles';
    case 'segment':
      return topic.segment;
    case 'traffic':
      return 'signalingVsMedia';
    case 'example':
      return { onPremEdge: 'edgeServer', cceePstn: 'cloudConnector', broadcast: 'broadcast', hybridConference: 'hybrid', p2p: 'other', onlineConference: 'other' }[topic.example];
    case 'internetOnly':
      return 'internet';
    case 'caveat':
      return topic.caveat === 'assumptions' ? 'other' : topic.caveat;
  }
}
