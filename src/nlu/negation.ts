// Which statements a negation word denies: "not on the corporate network", "不在公司網路", "isn't homed on-prem".
import type { Concept } from './concepts';
import type { Item } from './analyzer';

/** How far a negation reaches, in items: "not really on the corporate network" still counts. */
const REACH = 4;
/** "no" denies only what it stands right before ("no firewall"); "no, it's online" is an answer, not a denial. */
const SHORT_REACH: ReadonlySet<string> = new Set(['no']);

/** What a negation can deny: statements about the scenario. */
function deniable(concept: Concept): boolean {
  switch (concept.kind) {
    case 'place':
    case 'sharedPlace':
    case 'homed':
    case 'vpn':
    case 'datacenter':
    case 'company':
    case 'deployment':
    case 'deploymentHint':
    case 'callType':
    case 'firewall':
    case 'traffic':
      return true;
    case 'cue':
      return ['block', 'allow', 'firewall', 'direct'].includes(concept.cue);
    default:
      return false;
  }
}

/**
 * A negation before a path is about the path ("doesn't go over the Internet from home"), and before a verb about
 * the verb ("won't connect to the guest wifi"), not what follows.
 */
function stopsNegation(concept: Concept): boolean {
  return concept.kind === 'path' || concept.kind === 'call' || (concept.kind === 'cue' && (concept.cue === 'join' || concept.cue === 'question'));
}

/** How far back a negation reaches to a VPN said before it ("VPN 沒開", "VPN 也還沒連上", "VPN isn't on"). */
const VPN_BACK_REACH = 3;

/** "VPN 沒開": a VPN with a negation right after it, in the same clause. */
function deniedAfter(items: readonly Item[], index: number): number | undefined {
  for (let j = index - 1; j >= 0 && j >= index - VPN_BACK_REACH; j--) {
    const before = items[j];
    if (before.kind === 'break') return undefined;
    if (before.kind === 'mention' && before.concept.kind === 'vpn') return j;
  }
  return undefined;
}

/**
 * Indexes of the items a negation denies: the first deniable statement after it in the same clause, or a VPN just
 * before it ("VPN 沒開": said first, denied after, as people say it).
 */
export function negatedItems(items: readonly Item[]): Set<number> {
  const negated = new Set<number>();
  items.forEach((item, index) => {
    if (item.kind !== 'mention' || item.concept.kind !== 'negation') return;
    const vpn = deniedAfter(items, index);
    if (vpn !== undefined) {
      negated.add(vpn);
      return;
    }
    const reach = SHORT_REACH.has(item.surface) ? 1 : REACH;
    for (let j = index + 1; j < items.length && j <= index + reach; j++) {
      const next = items[j];
      if (next.kind === 'break') return;
      if (next.kind !== 'mention') continue;
      if (deniable(next.concept)) {
        negated.add(j);
        return;
      }
      if (stopsNegation(next.concept)) return;
    }
  });
  return negated;
}
