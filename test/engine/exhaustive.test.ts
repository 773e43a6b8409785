// advise() over the whole slot space: every combination of known and unknown values of the seven askable slots, with
// the firewall unknown, open or blocking. Each property collects every violation, so a failure lists the scenarios.
import {
  ASKABLE_SLOTS,
  SLOT_VALUES,
  advise,
  resolve,
  type Advice,
  type Firewall,
  type PartialScenario,
  type Resolution,
} from '../../src/engine';
import { pathsOf } from './legs';

const FIREWALLS: readonly (Firewall | undefined)[] = [undefined, ...SLOT_VALUES.firewall];
const MAX_QUESTIONS = ASKABLE_SLOTS.length;

/** Every assignment of the askable slots; with `unknownToo`, each slot may also be left unknown. */
function assignments(unknownToo: boolean): PartialScenario[] {
  let out: PartialScenario[] = [{}];
  for (const slot of ASKABLE_SLOTS) {
    const choices: (string | undefined)[] = [...(unknownToo ? [undefined] : []), ...SLOT_VALUES[slot]];
    out = out.flatMap((s) => choices.map((value) => (value === undefined ? s : { ...s, [slot]: value })));
  }
  return out;
}

const withFirewall = (s: PartialScenario, firewall: Firewall | undefined): PartialScenario =>
  firewall ? { ...s, firewall } : s;

const show = (s: PartialScenario) => JSON.stringify(s);

/** Lists up to 20 violations in the failure message. */
function expectNone(violations: string[]): void {
  expect(violations.slice(0, 20)).toEqual([]);
}

interface Asked {
  partial: PartialScenario;
  advice?: Advice;
  error?: string;
}

/** Every consistent full assignment of the askable slots (no conflict): the scenarios the article's world holds. */
const world = assignments(false).filter((s) => advise(s).conflicts.length === 0);

/** How well an answer is documented, best first: a row stated directly, a row by the article's rule, an example, principles. */
function documentation(r: Resolution): number {
  if (r.source.kind === 'table') return r.derived ? 1 : 0;
  return r.source.kind === 'example' ? 2 : 3;
}

interface Completion {
  full: PartialScenario;
  /** Null when the engine has no answer for a full scenario (a test below requires one). */
  paths: string | null;
  documentation: number;
}

const worldAnswers = new Map(
  FIREWALLS.map((firewall) => {
    const answers = world.map((full): Completion => {
      const r = resolve(withFirewall(full, firewall));
      return { full, paths: r && pathsOf(r), documentation: r ? documentation(r) : Infinity };
    });
    return [firewall, answers] as const;
  }),
);

/** The full assignments consistent with what advise() made of a partial scenario, with their answers. */
function completionsOf(partial: PartialScenario, a: Advice): Completion[] {
  return worldAnswers
    .get(partial.firewall)!
    .filter((c) => ASKABLE_SLOTS.every((slot) => a.scenario[slot] === undefined || a.scenario[slot] === c.full[slot]));
}

const asked: Asked[] = assignments(true).flatMap((s) =>
  FIREWALLS.map((firewall): Asked => {
    const partial = withFirewall(s, firewall);
    try {
      return { partial, advice: advise(partial) };
    } catch (e) {
      return { partial, error: String(e) };
    }
  }),
);
const answered = asked.filter((a): a is Required<Asked> => a.advice !== undefined);

describe('advise() over every partial scenario', () => {
  it('covers the whole slot space', () => {
    expect(asked.length).toBe(
      ASKABLE_SLOTS.reduce((n, slot) => n * (SLOT_VALUES[slot].length + 1), 1) * FIREWALLS.length,
    );
    expect(world.length).toBeGreaterThan(0);
  });

  it('answers every full scenario', () => {
    expectNone(
      [...worldAnswers].flatMap(([firewall, answers]) =>
        answers.filter((c) => c.paths === null).map((c) => `${show(c.full)} firewall ${firewall}`),
      ),
    );
  });

  it('never throws', () => {
    expectNone(asked.filter((a) => a.error).map((a) => `${show(a.partial)}: ${a.error}`));
  });

  it('either answers with nothing missing, or asks with no answer', () => {
    expectNone(
      answered
        .filter(({ advice: a }) => !((a.resolution !== null && a.missing.length === 0) || (a.resolution === null && a.missing.length > 0)))
        .map((a) => show(a.partial)),
    );
  });

  it('never asks for a slot already known (one that was given and did not conflict)', () => {
    expectNone(
      answered.flatMap(({ partial, advice: a }) =>
        a.missing
          .filter((slot) => a.scenario[slot] !== undefined || (partial[slot] !== undefined && !a.conflicts.some((c) => c.slot === slot)))
          .map((slot) => `${show(partial)} asks ${slot}`),
      ),
    );
  });

  it('never asks for the homing of a user in an Online or Cloud Connector deployment (all are homed Online)', () => {
    expectNone(
      answered
        .filter(({ advice: a }) => a.missing.includes('homing'))
        .filter(({ advice: a }) => a.scenario.deployment === 'online' || a.scenario.deployment === 'cloudConnector')
        .map((a) => show(a.partial)),
    );
  });

  it('asks for the organizer only of a conference, and for the peer only of a peer-to-peer call', () => {
    expectNone(
      answered.flatMap(({ partial, advice: a }) => [
        ...(a.missing.includes('organizer') && a.scenario.callType !== 'conference' ? [`${show(partial)} asks organizer`] : []),
        ...a.missing
          .filter((slot) => (slot === 'peer' || slot === 'peerHoming') && a.scenario.callType !== 'peerToPeer')
          .map((slot) => `${show(partial)} asks ${slot}`),
      ]),
    );
  });

  it('asks nothing exactly when every completion gives the same paths, and then answers with those paths', () => {
    const violations = answered.flatMap(({ partial, advice: a }) => {
      const outcomes = new Set(completionsOf(partial, a).map((c) => c.paths));
      if (outcomes.size === 0) return [`${show(partial)} has no completion`];
      const determined = outcomes.size === 1;
      if (determined !== (a.missing.length === 0)) return [`${show(partial)}: ${outcomes.size} outcomes, asks ${a.missing.join(',')}`];
      if (a.resolution && !outcomes.has(pathsOf(a.resolution))) return [`${show(partial)} answers with paths no completion has`];
      return [];
    });
    expectNone(violations);
  });

  it('answers an open question with the best-documented of the scenarios still possible', () => {
    const violations = answered.flatMap(({ partial, advice: a }) => {
      if (!a.resolution) return [];
      const best = Math.min(...completionsOf(partial, a).map((c) => c.documentation));
      return documentation(a.resolution) === best ? [] : [`${show(partial)} answers from ${JSON.stringify(a.resolution.source)}`];
    });
    expectNone(violations);
  });

  it('asks only for slots whose answer can change the paths', () => {
    const violations = answered.flatMap(({ partial, advice: a }) => {
      const cases = completionsOf(partial, a);
      return a.missing.flatMap((slot) => {
        const byValue = new Map<string, Set<string | null>>();
        for (const c of cases) byValue.set(String(c.full[slot]), (byValue.get(String(c.full[slot])) ?? new Set()).add(c.paths));
        const possible = new Set([...byValue.values()].map((paths) => [...paths].sort().join('\n')));
        return possible.size > 1 ? [] : [`${show(partial)} asks ${slot}, which cannot change the paths`];
      });
    });
    expectNone(violations);
  });
});

describe('following the first missing question', () => {
  const completeScenarios = world.map((full) => advise(full).scenario);
  const targets = [...new Map(completeScenarios.map((s) => [show(s), s] as const)).values()];

  it(`reaches the answer of any complete scenario within ${MAX_QUESTIONS} questions`, () => {
    const violations = targets.flatMap((target) =>
      FIREWALLS.flatMap((firewall) => {
        const expected = pathsOf(resolve(withFirewall(target, firewall))!);
        let known: PartialScenario = withFirewall({}, firewall);
        for (let questions = 0; questions <= MAX_QUESTIONS; questions++) {
          const a = advise(known);
          if (a.resolution) {
            if (pathsOf(a.resolution) !== expected) return [`${show(target)} firewall ${firewall}: answered ${pathsOf(a.resolution)}`];
            return [];
          }
          const slot = a.missing[0];
          if (target[slot] === undefined) return [`${show(target)} firewall ${firewall}: asked ${slot}, which does not apply`];
          known = { ...known, [slot]: target[slot] };
        }
        return [`${show(target)} firewall ${firewall}: no answer after ${MAX_QUESTIONS} questions`];
      }),
    );
    expect(targets.length).toBeGreaterThan(0);
    expectNone(violations);
  });
});
