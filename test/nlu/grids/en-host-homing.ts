// Where the host of a meeting is homed, said of whom (the host, not the user joining): who hosts (a name, a role,
// "my boss", a colleague) x how hosting is said (organised by, set up, X's meeting, the meeting of X, X hosts, X
// invited me, X scheduled, X sent the invite, non-native "the meeting is from X", "X is making the meeting") x where
// the host is homed (in an aside or a relative clause), with the user joining from a place; the organizer slot is the
// host's homing. The organizer's own grids (more hosts, ways, orders, distractors) are nlu10's en-organizer*.ts.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';

const HOSTS = [
  { tag: 'host:name', name: 'Ingrid', pronoun: 'she' },
  { tag: 'host:role', name: 'the CFO', pronoun: 'she' },
  { tag: 'host:boss', name: 'my boss', pronoun: 'he' },
  { tag: 'host:vp', name: 'our VP of Sales', pronoun: 'he' },
  { tag: 'host:colleague', name: 'a colleague from finance', pronoun: 'she' },
];

const HOMED = [
  { value: 'onPremises', aside: 'homed on-prem', clause: 'still on the on-prem pool' },
  { value: 'online', aside: 'Online-homed', clause: 'an Online user' },
] as const;

type Host = (typeof HOSTS)[number];
type Homed = (typeof HOMED)[number];

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How hosting is said; `h` is the host already described by where they are homed. */
const HOSTING = [
  { tag: 'hosting:organised-by', say: (h: string) => `I join a meeting organised by ${h}.` },
  { tag: 'hosting:set-up', say: (h: string) => `I join a meeting ${h} set up.` },
  { tag: 'hosting:possessive', say: (h: string) => `I join ${h}'s weekly meeting.` },
  { tag: 'hosting:of', say: (h: string) => `I join the weekly meeting of ${h}.` },
  { tag: 'hosting:hosts', say: (h: string) => `${cap(h)} hosts the meeting and I join it.` },
  { tag: 'hosting:invited', say: (h: string) => `${cap(h)} invited me to a meeting and I join.` },
  { tag: 'hosting:scheduled', say: (h: string) => `I am joining the review ${h} scheduled.` },
  { tag: 'hosting:sent-invite', say: (h: string) => `${cap(h)} sent the meeting invite; I join it.` },
  { tag: 'hosting:is-from', say: (h: string) => `The meeting is from ${h}, I join.` },
  { tag: 'hosting:making', say: (h: string) => `${cap(h)} is making the meeting and I will join.` },
];

const DESCRIBE = [
  { tag: 'homing:aside', say: (host: Host, homed: Homed) => `${host.name} (${homed.aside})` },
  { tag: 'homing:relative', say: (host: Host, homed: Homed) => `${host.name}, who is ${homed.clause},` },
];

const HEADERS = ['Hybrid deployment.', 'We are hybrid SfB.', 'Env: hybrid, ER in place.'];
const PLACES = [
  { said: 'I am in the office.', value: 'customerNetwork' },
  { said: 'I am at home without VPN.', value: 'internet' },
] as const;

export function organizerGrid(): GridItem[] {
  const items: GridItem[] = [];
  product({ host: HOSTS, homed: HOMED, hosting: HOSTING, describe: DESCRIBE }).forEach(({ host, homed, hosting, describe }, n) => {
    const place = nth(PLACES, n);
    const sentence = hosting.say(describe.say(host, homed)).replace(/,\.$/, '.').replace(/,'s/, '\'s').replace(/,,/g, ',');
    const text = `${nth(HEADERS, n)} ${place.said} ${sentence} Which path does my media take?`;
    items.push({ text, slots: { location: place.value, organizer: homed.value }, tags: [host.tag, hosting.tag, describe.tag, `homed:${homed.value}`] });
  });
  return items;
}
