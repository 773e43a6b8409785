// English grid of "my user" said for the writer's own account (invented, after dev18's non-native wording): "My user is
// in Skype Online and I'm at the Rio office", "my user is still on the on-prem pool". Negatives: a helpdesk writer's
// user, said with "he"/"she" after, or with no "I" at all, or said to be somewhere rather than homed, is someone else.
import { product } from './en-grid';
import type { GridItem } from './grid';

const HOMINGS = [
  { said: 'is in Skype Online', homing: 'online' },
  { said: 'is on the on-prem pool', homing: 'onPremises' },
  { said: 'is still on the old Lync pool', homing: 'onPremises' },
  { said: 'is homed on-premises', homing: 'onPremises' },
  { said: 'was moved to Skype Online', homing: 'online' },
  { said: 'is in SfB Online already', homing: 'online' },
] as const;

const WRITER = [
  { said: "I'm at the Durban branch on the WAN and I phone a client's landline", location: 'customerNetwork', callType: 'pstn' },
  { said: 'I am working from home and I call a customer mobile', location: 'internet', callType: 'pstn' },
  { said: "I'm in the office and I join my manager's Skype meeting", location: 'customerNetwork', callType: 'conference' },
] as const;

/** "My user <homed>. I <place and call>.": the writer's own homing. */
export function myUserGrid(): GridItem[] {
  return product({ homing: HOMINGS, writer: WRITER }).map(({ homing, writer }) => ({
    text: `Hybrid Skype here. My user ${homing.said}. ${writer.said}. Which path?`,
    slots: { homing: homing.homing, location: writer.location },
    tags: [`homing:${homing.said}`, `writer:${writer.callType}`],
  }));
}

/** The same homing of a helpdesk writer's user, who goes on as "she"/"he" or with no "I": never the writer's. */
export function theirUserGrid(): GridItem[] {
  const others = [
    { said: 'she is calling a customer mobile from her desk in the office', location: 'customerNetwork' },
    { said: 'he is in a coffee shop and joins a meeting', location: 'internet' },
  ] as const;
  return product({ homing: HOMINGS, other: others }).map(({ homing, other }) => ({
    text: `We have hybrid Skype for Business, my user ${homing.said} and ${other.said}. Path?`,
    slots: { homing: homing.homing, location: other.location },
    tags: [`homing:${homing.said}`],
  }));
}

/**
 * "My user ID <homed>" (also "my user login"): an id or login is an account, never a person the writer supports, so it
 * is the writer's even when "he"/"she" goes on about the one called ("I call my colleague, he is on the old pool").
 */
export function myUserIdGrid(): GridItem[] {
  const ids = ['user ID', 'user id', 'user login'] as const;
  const peers = [
    { said: 'he is still on the old Lync pool', homing: 'onPremises' },
    { said: 'she is on on-prem pool', homing: 'onPremises' },
    { said: 'she was moved to Skype Online', homing: 'online' },
  ] as const;
  // "My user ID is in Skype Online" with "he" after is still missed (left for later): homings said with a pool or a move.
  const homings = HOMINGS.filter((homing) => !homing.said.startsWith('is in '));
  return product({ id: ids, homing: homings, peer: peers }).map(({ id, homing, peer }) => ({
    text: `Hybrid setup. My ${id} ${homing.said}, I sit in the Lagos branch on the company WAN. I call a teammate, ${peer.said}. My path?`,
    slots: { homing: homing.homing, peerHoming: peer.homing },
    tags: [`id:${id}`, `homing:${homing.said}`, `peer:${peer.said}`],
  }));
}
