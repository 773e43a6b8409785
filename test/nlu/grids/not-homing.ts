// On-premises and product words that, in an Online or Cloud Connector organization, say nothing of where anyone is
// homed: "on premises" before one of our places is where someone is, on site ("Both users are on premises at HQ",
// "我人在地端（公司裡）"); "premises" without "on" is a building ("at the premises of our distributor"); a product's
// name before a program word is the client someone runs ("we still use the Lync 2013 client"). Read as homed
// on-premises, each made the deployment Hybrid: a wrong answer.
import type { PartialScenario } from '../../../src/engine/types';
import { product, type Probe } from './grid';

const EN_TENANTS: readonly string[] = ["We're Skype for Business Online.", 'SfB Online tenant.', "We're online.", 'Cloud Connector Edition (CCE).'];

const EN_SAYINGS: readonly { text: string; slots: PartialScenario }[] = [
  { text: "I'm on-prem today (in the office), calling a colleague at home, 1:1. Path for me?", slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } },
  { text: 'Both users are on premises at HQ, 1:1 call. Path?', slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' } },
  { text: 'Both users sit on-prem in the Leeds office. 1:1 call. Path?', slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' } },
  { text: 'We still use the Lync 2013 client. I am in the office calling a coworker at home. Path for me?', slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } },
  { text: 'My Lync client shows presence for my colleague at home; I call him from the office. Path for me?', slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } },
  { text: "I'm at the premises of our distributor, calling a coworker at HQ. Path for me?", slots: { callType: 'peerToPeer', peer: 'customerNetwork' } },
  { text: "I'm on a supplier's premises today and call a colleague who is at home. Path for me?", slots: { callType: 'peerToPeer', peer: 'internet' } },
];

const ZH_TENANTS: readonly string[] = ['我們是 Skype Online。', '全雲端租用戶。', '我們用 CCE。'];

const ZH_SAYINGS: readonly { text: string; slots: PartialScenario }[] = [
  { text: '我人在地端（公司裡），打給在家的同事，一對一，我這邊？', slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } },
  { text: '我們還在用 Lync 2013 用戶端。我在辦公室打給在家的同事，一對一，我這邊？', slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } },
];

function grid(tenants: readonly string[], sayings: readonly { text: string; slots: PartialScenario }[], separator: string): Probe[] {
  return product<unknown>([tenants, sayings]).map((row) => {
    const [tenant, saying] = row as [string, (typeof sayings)[number]];
    const deployment = /cce|cloud connector/i.test(tenant) ? 'cloudConnector' : 'online';
    return { text: `${tenant}${separator}${saying.text}`, slots: { deployment, ...saying.slots }, intents: ['ask'] };
  });
}

export const notHomingEn = (): Probe[] => grid(EN_TENANTS, EN_SAYINGS, ' ');
export const notHomingZh = (): Probe[] => grid(ZH_TENANTS, ZH_SAYINGS, '');

/** In a Hybrid organization "on-prem" before a place stays a homing: both readings are not open there. */
export const HYBRID_ON_PREMISES = 'Hybrid. Both users are on-prem homed, at HQ, 1:1 call. Path?';
