// Asked rows (nlu69): a ticket or list names two or three people, one row each, and the question picks one of them.
// The picked row's place and homing are the user's, the other party's row the peer's, whatever shape the rows and
// the question take:
// - one label repeated on each row ("Participant: Aminata Kamara, ... / Participant: Foday Koroma, ..."): each row is
//   its own person, not the label said again;
// - an account said right after the name ("Arash Karimi — Skype Online account — Vancouver office"): the row's
//   person's account, no one new;
// - the question's subject after its auxiliary ("Which path does Min-jun take?", "How does Neha connect?"), and a
//   given name of two hyphened syllables ("Ji-woo", "Eun-ji": one name each, not two sharing "ji") or a surname with
//   an elided article ("O'Neill");
// - "the callee" after a call between two named people ("I'm asking about the callee: signaling + media");
// - a line about the deployment that names a group ("Phone System for Online users") before the rows;
// - in Chinese, someone's leg of the call ("請問王大同那一段的訊號和媒體路徑？", "李美華這一段走哪？").
// Negatives: a question naming nobody, or the writer's own "stuff", asks no row. Written for the grid from the shapes
// of the dev13 misses, not taken from them.
import type { PartialScenario } from '../../../src/engine/types';
import { product, type GridItem } from './grid';

type Place = 'customerNetwork' | 'internet';
type Homing = 'online' | 'onPremises';

interface Row {
  name: string;
  first: string;
}

interface Facts {
  place: string;
  account: string;
  location: Place;
  homed: Homing;
}

const CAST: readonly Row[] = [
  { name: 'Aminata Kamara', first: 'Aminata' },
  { name: 'Foday Koroma', first: 'Foday' },
  { name: 'Ibrahim Sesay', first: 'Ibrahim' },
];
/** Given names of two syllables joined by a hyphen ("Min-jun"), one of them the other's syllable ("Ji-woo", "Eun-ji"). */
const HYPHENED_CAST: readonly Row[] = [
  { name: 'Ji-woo Choi', first: 'Ji-woo' },
  { name: 'Eun-ji Lee', first: 'Eun-ji' },
  { name: 'Min-jun Kim', first: 'Min-jun' },
];
/** Surnames with an elided article ("O'Neill", "D'Souza"): one word each, no contraction. */
const ELIDED_CAST: readonly Row[] = [
  { name: "Sarah O'Neill", first: 'Sarah' },
  { name: "Priya D'Souza", first: 'Priya' },
  { name: "Liam O'Brien", first: 'Liam' },
];

const FACTS: readonly Facts[] = [
  { place: 'Freetown office', account: 'homed on-premises', location: 'customerNetwork', homed: 'onPremises' },
  { place: 'home, not on VPN', account: 'Online homed', location: 'internet', homed: 'online' },
  { place: 'hotel wifi, no VPN', account: 'on-prem homed', location: 'internet', homed: 'onPremises' },
  { place: 'Bo branch office', account: 'homed Online', location: 'customerNetwork', homed: 'online' },
];

/** Questions about one person by name: the subject after an auxiliary, after "for", or owning the traffic. */
const QUESTIONS: readonly ((name: string) => string)[] = [
  (name) => `Which path does ${name} take? (signaling + media)`,
  (name) => `How does ${name} connect, signaling and media?`,
  (name) => `What route would ${name} use?`,
  (name) => `Which path for ${name}?`,
  (name) => `Q: ${name}'s signaling and media?`,
];

/** How the meeting's people are listed: the same label on each row, or rows after a bullet. */
const MEETING_ROWS: readonly { tag: string; row: (label: string, person: Row, facts: Facts) => string }[] = [
  { tag: 'labelled', row: (label, person, facts) => `${label}: ${person.name}, ${facts.account}, ${facts.place}` },
  { tag: 'labelledAside', row: (label, person, facts) => `${label}: ${person.name} (${facts.account}, ${facts.place})` },
];

/**
 * A meeting's rows, each under the same label, then a question about one attendee: their row is the user's, the
 * organizer's field the organizer's.
 */
function repeatedLabelGrid(): GridItem[] {
  const items: GridItem[] = [];
  for (const [cast, shape, label, rotation, asked, question] of product<unknown>([[CAST, HYPHENED_CAST, ELIDED_CAST], MEETING_ROWS, ['Participant', 'Attendee'], [0, 1, 2, 3], [0, 1], QUESTIONS]) as [
    readonly Row[],
    (typeof MEETING_ROWS)[number],
    string,
    number,
    number,
    (typeof QUESTIONS)[number],
  ][]) {
    const of = (k: number) => FACTS[(k + rotation) % FACTS.length];
    const host = of(2);
    const lines = [
      `Organizer: ${cast[2].name}, ${host.account}`,
      shape.row(label, cast[0], of(0)),
      shape.row(label, cast[1], of(1)),
      'Deployment: Hybrid, ExpressRoute',
      question(cast[asked].first),
    ];
    const slots: PartialScenario = { deployment: 'hybrid', callType: 'conference', organizer: host.homed, location: of(asked).location, homing: of(asked).homed };
    items.push({ text: lines.join('\n'), slots, tags: [cast === CAST ? 'names' : cast === HYPHENED_CAST ? 'hyphened' : 'elided', shape.tag, label, `asked${asked}`] });
  }
  return items;
}

/** Where an account may be said right after a name, and what it says. */
const ACCOUNTS: readonly { written: string; homed: Homing }[] = [
  { written: 'Skype Online account', homed: 'online' },
  { written: 'account on our on-prem Skype Server pool', homed: 'onPremises' },
  { written: 'Online account', homed: 'online' },
  { written: 'account on-prem', homed: 'onPremises' },
];
const SEPARATORS: readonly { tag: string; row: (name: string, account: string, place: string) => string }[] = [
  { tag: 'commas', row: (name, account, place) => `${name}, ${account}, ${place}` },
  { tag: 'dashes', row: (name, account, place) => `${name} — ${account} — ${place}` },
];
const PLACES: readonly { written: string; location: Place }[] = [
  { written: 'Vancouver office', location: 'customerNetwork' },
  { written: 'at home, no VPN', location: 'internet' },
];

/**
 * A caller's and a callee's fields, each with the account said after the name; the question is about one of them by
 * name.
 */
function accountFieldsGrid(): GridItem[] {
  const items: GridItem[] = [];
  const asks = [
    (caller: string) => `Q: expected path for ${caller} specifically (signaling and media).`,
    () => 'Q: which path does Meghan take?',
  ];
  for (const [separator, callerAccount, calleeAccount, [callerPlace, calleePlace], ask] of product<unknown>([SEPARATORS, ACCOUNTS, ACCOUNTS.slice(0, 2), [[PLACES[0], PLACES[1]], [PLACES[1], PLACES[0]]], [0, 1]]) as [
    (typeof SEPARATORS)[number],
    (typeof ACCOUNTS)[number],
    (typeof ACCOUNTS)[number],
    [(typeof PLACES)[number], (typeof PLACES)[number]],
    number,
  ][]) {
    // The callee's account is the other of the caller's, so the two rows never say the same.
    const callee = calleeAccount.homed === callerAccount.homed ? ACCOUNTS.find((a) => a.homed !== callerAccount.homed && a.written.includes('account on')) ?? calleeAccount : calleeAccount;
    const lines = [
      'Short description: Skype 1:1 quality',
      `Caller: ${separator.row('Arash Karimi', callerAccount.written, callerPlace.written)}`,
      `Callee: ${separator.row('Meghan Doyle', callee.written, calleePlace.written)}`,
      'Deployment: Hybrid',
      asks[ask]('Arash'),
    ];
    const user = ask === 0 ? { place: callerPlace, homed: callerAccount.homed } : { place: calleePlace, homed: callee.homed };
    const peer = ask === 0 ? { place: calleePlace, homed: callee.homed } : { place: callerPlace, homed: callerAccount.homed };
    const slots: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', location: user.place.location, homing: user.homed, peer: peer.place.location, peerHoming: peer.homed };
    items.push({ text: lines.join('\n'), slots, tags: [separator.tag, ask === 0 ? 'caller' : 'callee'] });
  }
  return items;
}

/**
 * A list after a line about the deployment that names a group, then a one-to-one call between two of the rows and a
 * question about the callee or by name.
 */
function calleeGrid(): GridItem[] {
  const items: GridItem[] = [];
  const intros = ['Hybrid deployment.', 'Hybrid, Enterprise Voice plus Phone System for Online users.'];
  const questions = [
    () => "I'm asking about the callee: signaling + media.",
    () => "What is the callee's path?",
    (callee: string) => `Which path does ${callee} take?`,
  ];
  for (const [intro, rotation, question] of product<unknown>([intros, [0, 1, 2, 3], questions]) as [string, number, (typeof questions)[number]][]) {
    const of = (k: number) => FACTS[(k + rotation) % FACTS.length];
    const rows = [0, 1, 2].map((k) => `${k + 1}. ${CAST[k].first}: ${of(k).account}, ${of(k).place}`);
    const text = [intro, ...rows, `${CAST[0].first} called ${CAST[1].first} (1:1). ${question(CAST[1].first)}`].join('\n');
    const slots: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', location: of(1).location, homing: of(1).homed, peer: of(0).location, peerHoming: of(0).homed };
    items.push({ text, slots, tags: [intro.length > 20 ? 'group' : 'plain'] });
  }
  return items;
}

/**
 * Negatives: rows of a list (quiet rows: a question naming nobody in a one-to-one call is asked back, see rosters.ts)
 * with a question naming no row ("Which path does the traffic take?", "what path did my
 * stuff take?"): no row is the user's, so none of their places or homings may be read.
 */
function noRowAskedGrid(): GridItem[] {
  const items: GridItem[] = [];
  const questions = ['Which path does the traffic take?', 'How does the call connect?', 'What path did my stuff take?', 'What route would the call use?'];
  for (const [rotation, question] of product<unknown>([[0, 1, 2, 3], questions]) as [number, string][]) {
    const of = (k: number) => FACTS[(k + rotation) % FACTS.length];
    const rows = [0, 1].map((k) => `- ${CAST[k].name}: ${of(k).account}, ${of(k).place}`);
    const text = ['Deployment: Hybrid', ...rows, `${CAST[0].first} called ${CAST[1].first} on Skype (1:1), nobody else on the call. ${question}`].join('\n');
    items.push({ text, slots: { deployment: 'hybrid', callType: 'peerToPeer' }, tags: ['nobody'] });
  }
  return items;
}

const FACTS_ZH: readonly Facts[] = [
  { place: '新竹廠區', account: '帳號Online', location: 'customerNetwork', homed: 'online' },
  { place: '在家，用手機熱點', account: '帳號地端', location: 'internet', homed: 'onPremises' },
  { place: '高雄客戶那邊，沒開 VPN', account: '帳號Online', location: 'internet', homed: 'online' },
  { place: '總部', account: '帳號地端', location: 'customerNetwork', homed: 'onPremises' },
];
const CAST_ZH: readonly string[] = ['王大同', '李美華', '周經理'];

/**
 * A table of three people, a one-to-one call between two of them, and a question about one's leg of it ("那一段",
 * "這一段"), or naming no one (then the rows are no one's and the question is asked back, as in rosters.ts).
 */
function legGridZh(): GridItem[] {
  const items: GridItem[] = [];
  const questions = [
    (name: string) => `請問${name}那一段的訊號和媒體路徑？`,
    (name: string) => `${name}這一段走哪？`,
    (name: string) => `${name}那一段會走 ER 嗎？`,
  ];
  for (const [rotation, asked, question] of product<unknown>([[0, 1, 2, 3], [0, 1, undefined], questions]) as [number, number | undefined, (typeof questions)[number]][]) {
    const of = (k: number) => FACTS_ZH[(k + rotation) % FACTS_ZH.length];
    const rows = ['姓名｜位置｜帳號', ...CAST_ZH.map((name, k) => `${name}｜${of(k).place.replace('，', ' ')}｜${of(k).account.replace('帳號', '')}`)];
    const ask = asked === undefined ? '訊號和媒體路徑？' : question(CAST_ZH[asked]);
    const text = ['我們是混合式（Hybrid），有 ER。', ...rows, `${CAST_ZH[0]}要打給${CAST_ZH[1]}（一對一），${CAST_ZH[2]}沒參與。${ask}`].join('\n');
    const slots: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer' };
    if (asked !== undefined) Object.assign(slots, { location: of(asked).location, homing: of(asked).homed, peer: of(1 - asked).location, peerHoming: of(1 - asked).homed });
    // A question naming no one is said three times over the same rows: one item for it.
    if (asked === undefined && question !== questions[0]) continue;
    items.push({ text, slots, tags: [asked === undefined ? 'nobody' : `asked${asked}`] });
  }
  return items;
}

export { repeatedLabelGrid, accountFieldsGrid, calleeGrid, noRowAskedGrid, legGridZh };
