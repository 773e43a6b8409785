// advise() for a question about the user's paths alone ("where does HER signaling go?"): the party focus leaves the
// other party's homing unasked only where the article's tables show the user's paths do not depend on it (Hybrid
// rows 1 and 2: both clients on your network in a peer-to-peer call), says that the other party's paths are not known,
// and never shows a path of theirs. Everywhere else it asks exactly what a question about both parties asks.
import { SLOT_VALUES, advise, completions, normalize, outcomeOf, resolveComplete, type CallType, type Deployment, type Location, type PartialScenario, type PeerLocation } from '../../src/engine';
import { OTHER_PARTY_FACTS } from '../../src/engine/partyFocus';
import { slotSpace } from '../support/slotSpace';

const show = (s: unknown) => JSON.stringify(s);

/** The user's outcomes (path words and links crossed, as the engine tells answers apart) over every scenario still possible. */
function userOutcomes(partial: PartialScenario): Set<string> {
  return new Set(completions(normalize(partial).scenario).map((c) => outcomeOf(resolveComplete(c), undefined, 'user')));
}

describe('advise(partial, focus, "user"): every deployment x call type x place, the other party homed or not known', () => {
  const DEPLOYMENTS = SLOT_VALUES.deployment as readonly Deployment[];
  const CALL_TYPES = SLOT_VALUES.callType as readonly CallType[];
  const LOCATIONS = SLOT_VALUES.location as readonly Location[];
  const PEERS: readonly (PeerLocation | undefined)[] = [undefined, ...SLOT_VALUES.peer];
  const rows = DEPLOYMENTS.flatMap((deployment) =>
    CALL_TYPES.flatMap((callType) =>
      LOCATIONS.flatMap((location) =>
        (callType === 'peerToPeer' ? PEERS : [undefined]).flatMap((peer) =>
          (['online', 'onPremises'] as const).map((homing) => ({ deployment, callType, location, homing, ...(peer && { peer }) }) as PartialScenario),
        ),
      ),
    ),
  );
  /** Where the tables say the user's paths do not depend on the other's homing: Hybrid rows 1 and 2. */
  const tablesSkip = (s: PartialScenario) => s.deployment === 'hybrid' && s.callType === 'peerToPeer' && s.location === 'customerNetwork' && s.peer === 'customerNetwork';

  it.each(rows.map((row) => [show(row), row] as const))('%s', (_, row) => {
    const plain = advise(row);
    const focused = advise(row, undefined, 'user');
    if (plain.missing.includes('peerHoming') && tablesSkip(normalize(row).scenario)) {
      // Answered for the user; the other party's paths left out and said to depend on their homing.
      expect(focused.missing).toEqual([]);
      expect(focused.otherParty).toEqual({ party: 'peer', dependsOn: ['peerHoming'] });
      const legs = [...(focused.resolution?.signaling ?? []), ...(focused.resolution?.media ?? [])];
      expect(legs.map((leg) => leg.party)).toEqual(['user', 'user']);
      expect(focused.resolution?.scenario.peerHoming).toBeUndefined();
      expect(userOutcomes(row).size).toBe(1);
    } else {
      // Anywhere else: the same question or the same answer as a question about both parties.
      expect(focused.missing).toEqual(plain.missing);
      expect(focused.otherParty).toBeUndefined();
      expect(focused.resolution === null).toBe(plain.resolution === null);
    }
  });

  it('asks the user their own homing first, and then answers without the other party', () => {
    const both: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };
    expect(advise(both, undefined, 'user').missing).toEqual(['homing']);
    expect(advise({ ...both, homing: 'onPremises' }, undefined, 'user').resolution?.signaling.map((leg) => leg.path)).toEqual(['local']);
    expect(advise({ ...both, homing: 'online' }, 'signaling', 'user').resolution?.signaling.map((leg) => leg.path)).toEqual(['expressRoute']);
  });

  it('keeps asking the other party their homing when the firewall blocks the direct route (no table row says the user is the same)', () => {
    const blocked: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', firewall: 'blocksDirect' };
    const focused = advise(blocked, undefined, 'user');
    if (focused.otherParty) expect(userOutcomes(blocked).size).toBe(1);
    else expect(focused.missing).toEqual(advise(blocked).missing);
  });
});

describe('the party focus over the whole slot space', () => {
  it('leaves unasked only the facts of OTHER_PARTY_FACTS, only when the user is certain, and never shows the other party', () => {
    const violations: string[] = [];
    let answered = 0;
    for (const partial of slotSpace()) {
      const plain = advise(partial);
      const focused = advise(partial, undefined, 'user');
      for (const slot of focused.missing) if (!plain.missing.includes(slot)) violations.push(`${show(partial)}: asks ${slot}, which a question about both does not`);
      if (!focused.otherParty) continue;
      answered += 1;
      const { scenario } = normalize(partial);
      const allowed = OTHER_PARTY_FACTS.filter((fact) => Object.entries(fact.when).every(([slot, value]) => scenario[slot as keyof PartialScenario] === value)).map((f) => f.slot);
      for (const slot of focused.otherParty.dependsOn) if (!allowed.includes(slot)) violations.push(`${show(partial)}: leaves ${slot} unasked`);
      if (userOutcomes(partial).size !== 1) violations.push(`${show(partial)}: the user's paths are not certain`);
      const legs = [...(focused.resolution?.signaling ?? []), ...(focused.resolution?.media ?? [])];
      if (legs.some((leg) => leg.party !== 'user')) violations.push(`${show(partial)}: shows another party's path`);
    }
    expect(violations.slice(0, 20)).toEqual([]);
    expect(answered).toBeGreaterThan(0);
  });
});
