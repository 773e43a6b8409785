// advise() for a question about one traffic type, over the whole slot space (every combination of known and unknown
// values of the askable slots, with the firewall unknown, open or blocking): it asks only facts that change that
// traffic, answers as soon as that traffic is certain, and never shows the other traffic when that is not known.
import { SLOT_VALUES, advise, completions, normalize, outcomeOf, resolveComplete, type PartialScenario, type TrafficType } from '../../src/engine';
import { slotSpace } from '../support/slotSpace';

const TRAFFIC: readonly TrafficType[] = ['media', 'signaling'];

const known = new Map<string, Set<string>>();

/**
 * Every party's outcome of one traffic type (its path words and which links its routes cross, as the engine tells
 * answers apart), for each complete scenario the partial one can still become.
 */
function outcomes(partial: PartialScenario, traffic: TrafficType): Set<string> {
  const { scenario } = normalize(partial);
  const key = `${traffic}${JSON.stringify(scenario)}`;
  let found = known.get(key);
  if (!found) {
    found = new Set(completions(scenario).map((c) => outcomeOf(resolveComplete(c), traffic)));
    known.set(key, found);
  }
  return found;
}

const show = (s: unknown) => JSON.stringify(s);

describe('advise(partial, focus): questions about one traffic type', () => {
  // Each advice once: the engine's own memo holds only the most recent scenarios.
  const space = slotSpace().map((partial) => ({
    partial,
    plain: advise(partial),
    media: advise(partial, 'media'),
    signaling: advise(partial, 'signaling'),
  }));

  it.each(TRAFFIC)('answers %s only when every scenario still possible gives it the same paths, and then always', (focus) => {
    const violations: string[] = [];
    for (const { partial, [focus]: advice } of space) {
      const certain = outcomes(partial, focus).size === 1;
      if (certain !== (advice.resolution !== null)) violations.push(`${show(partial)}: certain ${certain}, answered ${advice.resolution !== null}`);
      if (advice.resolution && certain) {
        const shown = outcomeOf(advice.resolution, focus);
        if (!outcomes(partial, focus).has(shown)) violations.push(`${show(partial)}: shows ${shown}`);
      }
    }
    expect(violations.slice(0, 20)).toEqual([]);
  });

  it.each(TRAFFIC)('asks about %s only facts that change it, and never a question when unfocused advice answers', (focus) => {
    const violations: string[] = [];
    for (const { partial, plain, [focus]: focused } of space) {
      if (plain.resolution !== null && (focused.resolution === null || focused.otherTraffic !== undefined)) {
        violations.push(`${show(partial)}: answered unfocused but not the same way focused`);
      }
      for (const slot of focused.missing) {
        const values = SLOT_VALUES[slot] as readonly string[];
        const byValue = values.map((value) => [...outcomes({ ...partial, [slot]: value }, focus)].sort().join('/'));
        if (new Set(byValue).size <= 1) violations.push(`${show(partial)}: asks ${slot}, which does not change ${focus}`);
      }
    }
    expect(violations.slice(0, 20)).toEqual([]);
  });

  it.each(TRAFFIC)('answered about %s while the other traffic is open: says what it depends on, hides its unknown facts', (focus) => {
    const violations: string[] = [];
    let partialAnswers = 0;
    for (const { partial, plain, [focus]: advice } of space) {
      if (!advice.resolution || !advice.otherTraffic) continue;
      partialAnswers += 1;
      const { traffic, dependsOn } = advice.otherTraffic;
      if (traffic === focus) violations.push(`${show(partial)}: the other traffic is the focus`);
      if (show(dependsOn) !== show(plain.missing)) violations.push(`${show(partial)}: depends on ${show(dependsOn)}, unfocused asks ${show(plain.missing)}`);
      for (const slot of dependsOn) {
        if (advice.resolution.scenario[slot] !== undefined && partial[slot] === undefined) violations.push(`${show(partial)}: shows ${slot} as known`);
        if (advice.resolution.assumed.includes(slot)) violations.push(`${show(partial)}: calls ${slot} assumed`);
      }
    }
    expect(violations.slice(0, 20)).toEqual([]);
    // The space has such questions ("hybrid conference hosted on-premises, in the office, where does media go?").
    expect(partialAnswers).toBeGreaterThan(100);
  });

  it('keeps the contract for unfocused questions: no otherTraffic, the same advice as before', () => {
    for (const { plain } of space) {
      expect(plain.otherTraffic).toBeUndefined();
      expect(plain.resolution === null).toBe(plain.missing.length > 0);
    }
  });

  it("answers the issue's example: a hybrid meeting organized on-premises, everyone in the office, media only", () => {
    const partial: PartialScenario = { deployment: 'hybrid', callType: 'conference', organizer: 'onPremises', location: 'customerNetwork' };
    expect(advise(partial).resolution).toBeNull();
    expect(advise(partial).missing).toEqual(['homing']);
    const media = advise(partial, 'media');
    expect(media.resolution?.media.map((l) => l.path)).toEqual(['local']);
    expect(media.otherTraffic).toEqual({ traffic: 'signaling', dependsOn: ['homing'] });
    expect(advise(partial, 'signaling').missing).toEqual(['homing']);
  });
});
