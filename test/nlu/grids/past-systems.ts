// On-premises systems an Online organization had, or still keeps beside it, in both languages: servers taken out of
// service ("Legacy: Lync 2010 (decommissioned)", "地端都下線了"), a move from on-premises that is done ("we moved
// from on-prem Lync to SfB Online last year", "原本是混合式，去年全部搬到 Online"), an old server still standing
// ("we're all Online; there's still an old Lync server in our datacenter"). Each stated a Hybrid deployment with
// everyone homed on-premises (deployment differs, homing and peerHoming extra: wrong answers). Crossed with calls
// whose slots are known.
import type { PartialScenario } from '../../../src/engine/types';
import { product, type Probe } from './grid';

const EN_PASTS: readonly string[] = [
  'Tenant: Online. Legacy: Lync 2010 (decommissioned).',
  'We are all Online. The on-prem Lync pool was decommissioned.',
  'Everyone is on SfB Online; the Lync 2013 servers were retired.',
  'We moved from on-prem Lync to SfB Online last year.',
  'We migrated from on-premises to Skype Online in 2019.',
  "We've migrated from on-prem Skype to SfB Online.",
  "We're all Online; there's still an old Lync server in our datacenter.",
  'We are fully on SfB Online now, formerly on-prem.',
];

const EN_CALLS: readonly { text: string; slots: PartialScenario }[] = [
  { text: "I'm at home calling a colleague in the office, 1:1. Path for me?", slots: { callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' } },
  { text: 'Office user 1:1 with a coworker who is at home. Path for the office user?', slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' } },
  { text: "I'm at home joining a meeting. Path?", slots: { callType: 'conference', location: 'internet' } },
];

const ZH_PASTS: readonly string[] = [
  '地端都下線了，帳號都在 Online。',
  '我們是 Skype Online，地端的 Lync 已經退役。',
  '原本是混合式，去年全部搬到 Online。',
  '全部帳號都在雲端，機房還有一台舊的 Lync Server。',
  '我們全 Online，舊的地端 Skype Server 已經停用了。',
];

const ZH_CALLS: readonly { text: string; slots: PartialScenario }[] = [
  { text: '我在家打給在辦公室的同事，一對一，我這邊路徑？', slots: { callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' } },
  { text: '我在家加入會議，路徑？', slots: { callType: 'conference', location: 'internet' } },
];

function grid(pasts: readonly string[], calls: readonly { text: string; slots: PartialScenario }[], separator: string): Probe[] {
  return product<unknown>([pasts, calls]).map((row) => {
    const [past, call] = row as [string, (typeof calls)[number]];
    return { text: `${past}${separator}${call.text}`, slots: { deployment: 'online', ...call.slots }, optional: ['organizer'], intents: ['ask'] };
  });
}

export const pastSystemsEn = (): Probe[] => grid(EN_PASTS, EN_CALLS, ' ');
export const pastSystemsZh = (): Probe[] => grid(ZH_PASTS, ZH_CALLS, '');

/** A move still ahead is no past: asked how to do it, the accounts are where they are now (not Online). */
export const MOVES_AHEAD: readonly string[] = [
  'How do I migrate users from on-prem Lync to Skype for Business Online?',
  'I need to migrate our users from on-prem to the cloud. Steps?',
];
