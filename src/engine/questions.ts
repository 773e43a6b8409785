// nextQuestions(): which unknown slots would change the answer, the most informative first.
import { completions, normalize, openSlots } from './domain';
import { resolveComplete } from './resolve';
import { crosses, routesOf } from './routes';
import { ASKABLE_SLOTS, type AskableSlot, type Leg, type PartialScenario, type PartyId, type Resolution, type RouteChoice, type TrafficType } from './types';

/** A route as far as the outcome goes: its word, and whether it crosses the Internet and ExpressRoute. */
function routeOutcome(choice: RouteChoice): string {
  return `${choice.path}${crosses(choice, 'internet') ? '+i' : ''}${crosses(choice, 'expressRoute') ? '+e' : ''}`;
}

/** The different outcomes of the routes a leg may take (alternatives that cross the same links tell nothing more). */
function legOutcome(kind: string, leg: Leg): string {
  return `${kind}:${leg.party}:${[...new Set(routesOf(leg).map(routeOutcome))].sort().join('/')}`;
}

/**
 * What a user is told, as far as a question can matter: for each party's signaling and media, the path word of each
 * route it may take and whether that route crosses the Internet and ExpressRoute. Two answers with the same outcome
 * need no question between them.
 *
 * Routes count only through those two crossings: they are what the advisor exists to tell (which links carry the
 * traffic), so a slot that moves traffic onto the Internet or ExpressRoute on a hop the path word hides (a firewall
 * that sends media through your on-premises Edge, an Online Edge that puts an Online user's media on ExpressRoute) is
 * asked, as an admin sizing either link needs it. A slot that only changes which server is reached inside the same
 * areas (who organized a meeting joined from home) is not: the answer says the route shown is for the assumed case.
 * With `focus`, only that traffic type's legs: the question was about it alone; with `party`, only that party's.
 */
export function outcomeOf(r: Pick<Resolution, 'signaling' | 'media'>, focus?: TrafficType, party?: PartyId): string {
  const ofParty = (legs: readonly Leg[]) => (party === undefined ? legs : legs.filter((l) => l.party === party));
  const signaling = focus === 'media' ? [] : ofParty(r.signaling).map((l) => legOutcome('s', l));
  const media = focus === 'signaling' ? [] : ofParty(r.media).map((l) => legOutcome('m', l));
  return [...signaling, ...media].join('|');
}

function entropy(outcomes: string[]): number {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / outcomes.length) * Math.log2(n / outcomes.length);
  return h;
}

/**
 * The unknown slots whose answer would change the result, best first: the one that leaves the least uncertainty
 * about the outcome (expected entropy over the scenarios still possible). Empty when the answer is determined.
 * A slot is only asked once it is known to apply (no peer before we know it is a peer-to-peer call).
 */
export function nextQuestions(partial: PartialScenario, focus?: TrafficType): AskableSlot[] {
  const { scenario } = normalize(partial);
  return questionsAmong(scenario, answersOf(scenario), focus);
}

/** Every complete scenario still possible, with its answer: what both the questions and the answer are chosen from. */
export function answersOf(scenario: PartialScenario): Resolution[] {
  return completions(scenario).map(resolveComplete);
}

/**
 * nextQuestions() for a normalized scenario whose possible answers are already resolved. With `focus`, only the
 * slots that change that traffic's paths: a question about media is never asked a fact that only changes signaling.
 * With `party`, only the slots that change that party's paths (partyFocus.ts says which of them may be left unasked).
 */
export function questionsAmong(scenario: PartialScenario, answers: readonly Resolution[], focus?: TrafficType, party?: PartyId): AskableSlot[] {
  return separatingSlots(scenario, answers.map((r) => ({ scenario: r.scenario, outcome: outcomeOf(r, focus, party) })));
}

/**
 * The open slots whose value would change the outcome of the cases still possible, best first (the least expected
 * entropy left): what questions and the triage's questions are chosen by.
 */
export function separatingSlots(scenario: PartialScenario, cases: readonly { scenario: PartialScenario; outcome: string }[]): AskableSlot[] {
  if (new Set(cases.map((c) => c.outcome)).size <= 1) return [];
  const scored = openSlots(scenario).flatMap((slot) => {
    const byValue = new Map<string, string[]>();
    for (const c of cases) {
      const value = String(c.scenario[slot]);
      byValue.set(value, [...(byValue.get(value) ?? []), c.outcome]);
    }
    const outcomeSets = [...byValue.values()].map((list) => [...new Set(list)].sort().join('\n'));
    // A slot whose every value leaves the same outcomes possible cannot change the answer.
    if (new Set(outcomeSets).size <= 1) return [];
    const remaining = [...byValue.values()].reduce((sum, list) => sum + (list.length / cases.length) * entropy(list), 0);
    return [{ slot, remaining }];
  });
  scored.sort((a, b) => a.remaining - b.remaining || ASKABLE_SLOTS.indexOf(a.slot) - ASKABLE_SLOTS.indexOf(b.slot));
  return scored.map((s) => s.slot);
}
