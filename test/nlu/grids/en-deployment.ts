// The English deployment and homing grid: how forum, ticket and non-native English say the deployment ("fully on SfB
// Online, no servers left on site", "solely on Skype for Business Online", "we still have the on-prem pool for some
// users", "CCE for the phone lines", misheard and abbreviated names: SfBO, S4B, "sky for business", "hi-bread") x who
// the question is about (I, my user, a role, a name) x where they are homed, said of them ("whose account still sits
// on the on-prem pool", "homed in the cloud", "moved to Online last year", "not migrated yet") x the order of the two
// sentences; round 8 adds a tenant with no on-prem footprint, a pool decommissioned, a share of users still on-prem,
// an appliance for PSTN, a homing in brackets. Homing is stated only where the deployment is Hybrid (an Online or
// Cloud Connector organization has no on-premises home for a user; Online homing there is optional). Each probe states
// its slots exactly (grid.ts).
import type { PartialScenario } from '../../../src/engine/types';
import { product, type Probe } from './grid';

type Deployment = 'online' | 'hybrid' | 'cloudConnector';

const DEPLOYMENTS: readonly (readonly [Deployment, string])[] = [
  ['online', 'We are fully on SfB Online, no servers left on site.'],
  ['online', 'Our org is solely on Skype for Business Online.'],
  ['online', 'Everything moved to SfBO years ago, nothing on-prem anymore.'],
  ['online', "We're 100% S4B Online."],
  ['online', 'We use sky for business online only.'],
  ['online', 'All our users live in Skype Online, the Lync servers were decommissioned.'],
  ['hybrid', 'We still have the on-prem pool for some users, the rest are in Online.'],
  ['hybrid', 'We run hi-bread Skype (part on-prem, part online).'],
  ['hybrid', 'Our setup is a hybird SfB deployment.'],
  ['hybrid', 'We are half migrated: some people on the pool, some in SfBO.'],
  ['hybrid', 'Hybrid S4B here.'],
  ['hybrid', 'Env is SfB hybrid with ER.'],
  ['cloudConnector', 'We are on SfBO with CCE for the phone lines.'],
  ['cloudConnector', 'Skype Online plus a Cloud Connector box for PSTN.'],
  ['cloudConnector', 'We use Cloud Connector Edition for our outside lines.'],
  // Round 8: a tenant and its footprint, a pool decommissioned, a share of users still on-prem, an appliance for PSTN.
  ['online', 'Tenant-only, no on-prem footprint.'],
  ['online', 'We have no on-prem footprint at all, just the O365 tenant.'],
  ['online', 'We decommissioned the Lync pool last year, everyone is in the cloud now.'],
  ['online', 'Pure cloud here, SfB Online only.'],
  ['hybrid', 'Half our users are still on-prem, the other half in Online.'],
  ['hybrid', 'Split domain: some users on the on-prem pool, the rest in SfB Online.'],
  ['hybrid', 'We are in the middle of migrating to Online, the pool still hosts some users.'],
  ['cloudConnector', 'Everyone is Online, with a CCE appliance for PSTN.'],
  ['cloudConnector', 'SfB Online, PSTN through our Cloud Connector appliance.'],
  ['cloudConnector', 'Online tenant plus CCE on site for the phone lines.'],
];

/** Who the question is about, with the verb forms their sentence needs. */
interface Who {
  name: string;
  be: string;
  was: string;
  has: string;
  call: string;
}

const WHO: readonly Who[] = [
  { name: 'I', be: 'am', was: 'was', has: 'have', call: 'call' },
  { name: 'my user', be: 'is', was: 'was', has: 'has', call: 'calls' },
  { name: 'the CFO', be: 'is', was: 'was', has: 'has', call: 'calls' },
  { name: 'Ravi', be: 'is', was: 'was', has: 'has', call: 'calls' },
];

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Where they are homed and that they sit in the office, in one clause about them. */
const HOMINGS: readonly (readonly ['online' | 'onPremises', (w: Who) => string])[] = [
  ['onPremises', (w) => `${cap(w.name)}, whose account still sits on the on-prem pool, ${w.be} in the office`],
  ['online', (w) => `${cap(w.name)} ${w.be} homed in the cloud and ${w.be} in the office`],
  ['online', (w) => `${cap(w.name)} ${w.was} moved to Online last year and ${w.be} in the office`],
  ['onPremises', (w) => `${cap(w.name)} ${w.be} not migrated yet and ${w.be} in the office`],
  ['onPremises', (w) => `${cap(w.name)} ${w.be} still homed on our SfB Server pool, sitting in the office`],
  ['online', (w) => `${cap(w.name)} ${w.has} been migrated to SfB Online, sitting in the office`],
  // In brackets, and in non-native English.
  ['onPremises', (w) => `${cap(w.name)} (homed on the on-prem pool) ${w.be} in the office`],
  ['online', (w) => `${cap(w.name)} ${w.be} already in Online since last year and ${w.be} in the office`],
];

const ORDERS = ['deployment first', 'deployment last'] as const;

export function deploymentGrid(): Probe[] {
  return product<unknown>([DEPLOYMENTS, WHO, HOMINGS, ORDERS]).flatMap((row) => {
    const [[deployment, said], who, [homing, homed], order] = row as [(typeof DEPLOYMENTS)[number], Who, (typeof HOMINGS)[number], (typeof ORDERS)[number]];
    // An on-premises home contradicts an Online or Cloud Connector organization: no such probe.
    if (deployment !== 'hybrid' && homing !== 'online') return [];
    const person = `${homed(who)} and ${who.call} a mobile number from Skype.`;
    const text = order === 'deployment first' ? `${said} ${person} Which path do signaling and media take?` : `${person} ${said} Which path do signaling and media take?`;
    const slots: PartialScenario = { deployment, location: 'customerNetwork', callType: 'pstn', ...(deployment === 'hybrid' && { homing }) };
    return [{ text, slots, optional: deployment === 'hybrid' ? [] : ['homing'], intents: ['ask'] }];
  });
}

// Servers taken out of service in plain speech ("we killed the last lync pool in 2017", "the Lync servers were ripped
// out", "pulled the plug on the Skype server pool"): they are gone, so nobody is homed on them and the organization is
// not Hybrid (read as Hybrid and homed on-premises before: a wrong answer on dev12).
const RETIRED_WAYS: readonly string[] = [
  'we killed the last lync pool in 2017',
  'the Lync servers were ripped out in 2019',
  'we tore down the SfB Server pool last year',
  'the on-prem servers got switched off in 2018',
  'we turned off our last Lync pool',
  'we pulled the plug on the Skype server pool',
  'we ditched the on-prem SfB servers',
  'the lync pool was binned in 2016',
  'we uninstalled the front end pool',
  'IT nuked the old Lync pool',
  'the on-prem SfB pool was removed',
  'we scrapped the Lync 2013 servers',
];

const ONLINE_FRAMES: readonly ((way: string) => string)[] = [
  (way) => `Everyone here is on Skype for Business Online, ${way}.`,
  (way) => `${cap(way)}; we are fully on SfB Online now.`,
];

const RETIRED_CALLS: readonly { text: string; slots: PartialScenario }[] = [
  { text: 'When the warehouse foreman on the shop floor skypes a buyer at head office, which path does it take?', slots: { callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' } },
  { text: 'I work from home without VPN and dial a mobile number from Skype. Path?', slots: { callType: 'pstn', location: 'internet' } },
  { text: "I'm in the office and join a meeting my manager set up. Media path?", slots: { callType: 'conference', location: 'customerNetwork', organizer: 'online' } },
];

export function retiredServersGrid(): Probe[] {
  return product<unknown>([RETIRED_WAYS, ONLINE_FRAMES, RETIRED_CALLS]).map((row) => {
    const [way, frame, call] = row as [string, (way: string) => string, (typeof RETIRED_CALLS)[number]];
    return { text: `${frame(way)} ${call.text}`, slots: { deployment: 'online', ...call.slots }, optional: ['homing', 'peerHoming'], intents: ['ask'] };
  });
}

// "my manager Alan is still on the old in-house Skype server": a product someone is still on is where they are homed
// now, "old" or not ("old" alone put it in the past: the other party's homing was asked back on dev12). A product
// someone was on before ("until March", "used to be") stays in the past.
const OLD_SERVERS: readonly string[] = ['the old in-house Skype server', 'the old Lync 2013 server', 'our old SfB Server 2015', 'the legacy Skype for Business server', 'the old Lync server'];
const OLD_PEOPLE: readonly (readonly [string, string])[] = [['my line manager Kofi', 'him'], ['our receptionist', 'her'], ['Dr. Osei', 'her']];
const OLD_WAYS: readonly { say: (who: string, server: string, them: string) => string; peerHoming: 'onPremises' | 'online' }[] = [
  { say: (w, s, t) => `I was moved to Skype Online last month, but ${w} is still on ${s} (hybrid migration in progress). We sit in the same office. When I call ${t}, what path does my audio take?`, peerHoming: 'onPremises' },
  { say: (w, s) => `Hybrid. ${cap(w)}, still on ${s}, calls me; I'm Online-homed and we are both at HQ. Path for me?`, peerHoming: 'onPremises' },
  { say: (w, s, t) => `Hybrid. I'm Online-homed; ${w} was on ${s} until March and is Online now. We are both at HQ and I call ${t}. Path?`, peerHoming: 'online' },
];

export function stillOnOldServerGrid(): Probe[] {
  return product<unknown>([OLD_WAYS, OLD_SERVERS, OLD_PEOPLE]).map((row) => {
    const [way, server, [who, them]] = row as [(typeof OLD_WAYS)[number], string, readonly [string, string]];
    return {
      text: way.say(who, server, them),
      slots: { deployment: 'hybrid', homing: 'online', peerHoming: way.peerHoming, location: 'customerNetwork', peer: 'customerNetwork', callType: 'peerToPeer' },
      intents: ['ask'],
    };
  });
}
