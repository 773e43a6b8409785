// What a mention says about a party: where they are, where they are homed, that they are another company's.
import type { Homing } from '../engine/types';
import type { Item, Mention } from './analyzer';
import type { Concept, PlaceValue } from './concepts';

export type Statement =
  /**
   * `decisive`: a VPN connection says where the client really is, whatever the room ("at home, on the VPN").
   * `hosting`: our own datacenter is a place for a person and, for a meeting, where it is hosted.
   * `connection`: the network someone is on ("on the guest Wi-Fi", "接公司有線網路"): it outweighs the room.
   * `owned`: another organization's room ("客戶的會議室", "他們辦公室"): whoever is there is not in our network.
   */
  | { kind: 'place'; value: PlaceValue; decisive?: boolean; connection?: boolean; hosting?: Homing; owned?: boolean; ofThem?: boolean }
  | { kind: 'homed'; value: Homing }
  /** `ownServers`: the company hosts on its own servers ("on their own on-prem servers", "自己機房"). */
  | { kind: 'company'; ownServers?: boolean };

export function statementOf(concept: Concept): Statement | undefined {
  switch (concept.kind) {
    case 'place':
      return concept.connection ? { kind: 'place', value: concept.value, connection: true } : { kind: 'place', value: concept.value };
    case 'sharedPlace':
      return { kind: 'place', value: concept.value };
    case 'vpn':
      return { kind: 'place', value: concept.connected ? 'customerNetwork' : 'internet', decisive: true };
    case 'datacenter':
      return { kind: 'place', value: 'customerNetwork', hosting: 'onPremises' };
    case 'homed':
      return { kind: 'homed', value: concept.value };
    case 'company':
      return concept.hosting ? { kind: 'company', ownServers: true } : { kind: 'company' };
    default:
      return undefined;
  }
}

/**
 * Words that read as a statement only right before a person ("Internet user", "SfB Online 使用者") or after
 * "homed" ("homed in Skype for Business Online"). "本地" before a person is Mainland usage for on-premises
 * ("本地用户"), not a path. "A hybrid user" says nothing of where that user is homed: writers use it both for an
 * on-premises user of a Hybrid deployment (as the article does) and for any user of one.
 */
export function adjectiveOf(item: Mention): Statement | undefined {
  switch (item.id) {
    case 'path.internet':
      return { kind: 'place', value: 'internet' };
    case 'path.local':
      return /^[a-z]/.test(item.surface) ? { kind: 'place', value: 'customerNetwork' } : { kind: 'homed', value: 'onPremises' };
    case 'deploymentHint.online':
      return { kind: 'homed', value: 'online' };
    default:
      return undefined;
  }
}

export function isStatement(item: Item | undefined): boolean {
  return item?.kind === 'mention' && statementOf(item.concept) !== undefined;
}

export function isOtherCompany(statement: Statement): boolean {
  return statement.kind === 'company' || (statement.kind === 'place' && statement.value === 'federated');
}

/** What a statement says of a meeting or its organizer: where it is hosted, or that another company hosts it. */
export function aboutHosting(statement: Statement): boolean {
  return statement.kind !== 'place' || statement.value === 'federated' || statement.hosting !== undefined;
}
