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
