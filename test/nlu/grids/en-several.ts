// Round 12's English grids for messages that name several people, each with their own facts, in the shapes staff
// paste (invented for the grids; no blind text): ticket fields, bullet lists, chat logs with timestamps, a partner's
// meeting in meeting notes. What is said of another organization ("Northwind runs Skype Online", "hosted on
// Fabrikam's on-prem servers") is theirs: never our meeting's host, nor our deployment.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';
import { PLACES, type Place } from './en-places';

/** Another organization, and one of its people. */
const ORGS = [
  { org: 'Northwind', person: 'Tom Baker' },
  { org: 'Litware', person: 'Ana Sousa' },
  { org: 'Tailspin', person: 'Kenji Mori' },
  { org: 'Adatum', person: 'Olu Okafor' },
] as const;

/** Our own people, by name. */
const OURS = ['Priya', 'Mateo Garcia', 'Ingrid', 'Wanjiru Kamau'] as const;

/** The product another organization runs, said as staff write it. */
const PRODUCTS = [
  { said: 'Skype Online', homing: 'online' },
  { said: 'SfB Online', homing: 'online' },
  { said: 'Skype for Business Online', homing: 'online' },
  { said: 'Skype for Business Server', homing: 'onPremises' },
  { said: 'Lync on-prem', homing: 'onPremises' },
] as const;

/** A few places of each kind (the grid's size grows with the product of its tables). */
const SOME_PLACES: readonly Place[] = PLACES.filter((_, i) => i % 7 === 0);

/**
 * A 1:1 call with someone of another organization that is said to run a product ("Contoso runs Skype Online"):
 * federated, homed where their organization is, a call between two, and our deployment as we say it; no meeting,
 * no host.
 */
export function theirProductGrid(): GridItem[] {
  const frames = [
    (me: string, at: Place, them: string, org: string, runs: string) =>
      `Caller: ${me} (${at.field}) | Callee: ${them} @ ${org} (external, federated, ${org} runs ${runs}) | Type: IM + audio | Our tenant: SfB Online\nHow is ${me}'s side routed?`,
    (me: string, at: Place, them: string, org: string, runs: string) =>
      `- caller: ${me}, ${at.field}\n- callee: ${them} from ${org} (federated; ${org} runs ${runs})\n- us: Skype Online only\nWhat's ${me}'s signaling path?`,
    (me: string, at: Place, them: string, org: string, runs: string) =>
      `${org} runs ${runs} and we're federated with them. ${me} is ${at.said} and calls ${them} there, 1:1. We're on SfB Online. Path for ${me}?`,
  ];
  return product({ frame: frames, org: ORGS, runs: PRODUCTS, at: SOME_PLACES }).map(({ frame, org, runs, at }, n) => ({
    text: frame(nth(OURS, n), at, org.person, org.org, runs.said),
    slots: { location: at.value, peer: 'federated', peerHoming: runs.homing, deployment: 'online', callType: 'peerToPeer' },
    tags: [`frame:${frames.indexOf(frame)}`, `runs:${runs.said}`],
  }));
}

/** How another organization is named before its own name ("Partner Fabrikam", "our supplier Contoso"). */
const OUTSIDER_WORDS = ['Partner', 'Our partner', 'Supplier', 'Our vendor', 'Federated partner'] as const;

/**
 * A meeting another organization hosts on its own on-premises servers, with our people joining from their own
 * places, in meeting notes and chat logs: the host is another company, not one of our on-premises users.
 */
export function partnerMeetingGrid(): GridItem[] {
  const frames = [
    (who: string, org: string, me: string, at: Place, homing: string) =>
      `Hybrid deployment, ExpressRoute.\n08:58 ${who} ${org}'s Skype meeting starts (hosted on ${org}'s on-premises servers)\n09:00 our user ${me} (${homing}, ${at.field}) joins\n09:01 our user Adam (on-prem homed, home) joins\nWhat was ${me}'s signaling/media path?`,
    (who: string, org: string, me: string, at: Place, homing: string) =>
      `${who} ${org} (on-prem Skype Server) invited ${me} to their meeting; ${me} is ${at.said}. We're hybrid and ${me} is ${homing}. ${me}'s path?`,
    (who: string, org: string, me: string, at: Place, homing: string) =>
      `Meeting notes\n- ${who} ${org}'s review, hosted on ${org}'s own on-prem servers\n- attending from us: ${me} (${homing}; ${at.field})\nWe are hybrid. Which way does ${me}'s media go?`,
  ];
  const homings = [
    { said: 'Online-homed', value: 'online' },
    { said: 'homed Online', value: 'online' },
    { said: 'on-prem homed', value: 'onPremises' },
  ] as const;
  return product({ frame: frames, who: OUTSIDER_WORDS, homing: homings, at: SOME_PLACES }).map(({ frame, who, homing, at }, n) => ({
    text: frame(who, nth(ORGS, n).org, nth(OURS, n), at, homing.said),
    slots: { location: at.value, homing: homing.value, organizer: 'otherCompany', deployment: 'hybrid', callType: 'conference' },
    tags: [`frame:${frames.indexOf(frame)}`, `who:${who}`],
  }));
}

/** How a line of a pasted chat log opens, with its writer and time. */
const LOG_LINES = [
  (who: string, time: string) => `[${time}] ${who}: `,
  (who: string, time: string) => `${time} ${who}: `,
  (who: string, time: string) => `${who} ${time}: `,
] as const;

/**
 * A pasted chat log where each writer says where they are as "I" ("[09:01] Kojo: I'm at home"), then a question
 * about one of them by name: each "I" is the writer of its line, so the one asked about is where their own line says.
 */
export function chatLogGrid(): GridItem[] {
  const writers = [
    ['Priscilla', 'Kojo'],
    ['Yuki Tanaka', 'Ben Archer'],
    ['Nasser', 'Huda'],
  ] as const;
  const calls = [
    { say: (other: string) => `calling ${other} on Skype now`, callType: 'peerToPeer', peer: true },
    { say: () => 'about to dial a customer\'s mobile from Skype', callType: 'pstn', peer: false },
  ] as const;
  const asks = [(who: string) => `what's ${who}'s signaling path?`, (who: string) => `${who}'s media path?`] as const;
  const places = PLACES.filter((_, i) => i % 9 === 0);
  return product({ line: LOG_LINES, pair: writers, call: calls, ask: asks, at: places }).map(({ line, pair, call, ask, at }, n) => {
    const [asked, other] = pair;
    const otherAt = nth(places, n + 3);
    const first = asked.split(' ')[0];
    const text = [
      `${line(asked, '11:01')}I'm ${at.said}`,
      `${line(other, '11:01')}I'm ${otherAt.said}`,
      `${line(asked, '11:02')}${call.say(other.split(' ')[0])}`,
      `we're all on Skype Online. ${ask(first)}`,
    ].join('\n');
    return {
      text,
      slots: { location: at.value, ...(call.peer && { peer: otherAt.value }), deployment: 'online', callType: call.callType },
      tags: [`line:${LOG_LINES.indexOf(line)}`, `call:${call.callType}`],
    };
  });
}

/**
 * The side asked about said against the other ("about Ben's leg, not Anna's", "I don't care about my side"), after a
 * ticket that quotes the caller's own words: the quoted "I" is the caller, and the question is about the other one.
 */
export function contrastGrid(): GridItem[] {
  const pairs = [
    ['Anna', 'Ben', 'he'],
    ['Mr Okafor', 'Grace', 'she'],
    ['Lena Weber', 'Tomasz', 'he'],
  ] as const;
  const focuses = [
    (asked: string, other: string) => `My question is about ${asked}'s leg, not ${other}'s.`,
    (asked: string, other: string) => `Asking about ${asked}'s side only, not ${other}'s.`,
    (asked: string, other: string) => `For ${asked}, not for ${other}: which path?`,
    (asked: string) => `What about ${asked}'s end?`,
  ] as const;
  const places = PLACES.filter((_, i) => i % 11 === 0);
  const quoted = product({ pair: pairs, focus: focuses, at: places }).map(({ pair, focus, at }, n): GridItem => {
    const [caller, asked, pronoun] = pair;
    const callerAt = nth(places, n + 5);
    return {
      text: `Caller: ${caller} (EA). Quote: "${asked} is ${at.said} and ${pronoun} rings me on Skype, I'm ${callerAt.said}." We're Online. ${focus(asked, caller)}`,
      slots: { location: at.value, peer: callerAt.value, deployment: 'online', callType: 'peerToPeer' },
      tags: [`focus:${focuses.indexOf(focus)}`],
    };
  });
  const dismissals = [
    'I don\'t care about my side: what path does HER traffic take?',
    'I don\'t care about my side - which path does her media take?',
    'Not my side: which way does it go for her?',
    'Not mine, her side: which path?',
  ];
  const ours = PLACES.filter((p) => p.value === 'customerNetwork').filter((_, i) => i % 4 === 0);
  const boss = product({ dismissal: dismissals, at: ours }).map(({ dismissal, at }): GridItem => ({
    text: `My boss (already Online) calls me (still on-prem) - we're both ${at.said}. ${dismissal}`,
    slots: { location: at.value, peer: at.value, homing: 'online', peerHoming: 'onPremises', deployment: 'hybrid', callType: 'peerToPeer' },
    tags: [`dismissal:${dismissals.indexOf(dismissal)}`],
  }));
  return [...quoted, ...boss];
}

/**
 * People listed beside a 1:1 call but not in it ("(Luca, Online-homed, CC'd only)", "Watcher: ...", "..., not on the
 * call"), homed the other way: what is said of them is nobody's in the call.
 */
export function listedNotInCallGrid(): GridItem[] {
  const marks = [
    (who: string, facts: string) => `- (${who}, ${facts}, CC'd only)`,
    (who: string, facts: string) => `Watcher: ${who} (${facts}, not in the call)`,
    (who: string, facts: string) => `• Copied – ${who} (${facts})`,
    (who: string, facts: string) => `3) ${who} — ${facts} — not on the call`,
    (who: string, facts: string) => `- ${who}: ${facts}, on the cc list only`,
  ] as const;
  const homings = [
    { said: 'on-prem homed', value: 'onPremises', other: 'Online-homed' },
    { said: 'homed Online', value: 'online', other: 'on-prem homed' },
  ] as const;
  const frames = [
    (a: string, b: string, listed: string, h: string) =>
      `Scenario: 1:1 Skype call, hybrid deployment\n- ${a}: ${h}, Naples office\n- ${b}: ${h}, Naples office\n${listed}\nAsk: which path for ${a}? signaling/media`,
    (a: string, b: string, listed: string, h: string) =>
      `Caller: ${a} (${h}, Leeds office)\nCallee: ${b} (${h}, Leeds office)\n${listed}\nWe're hybrid. ${a}'s media path?`,
  ];
  return product({ frame: frames, mark: marks, homing: homings }).map(({ frame, mark, homing }, n): GridItem => ({
    text: frame(nth(OURS, n), nth(OURS, n + 1), mark(nth(['Luca Moretti', 'Wang Fang', 'Krzysztof'], n), `${homing.other}, home`), homing.said),
    slots: { location: 'customerNetwork', peer: 'customerNetwork', homing: homing.value, peerHoming: homing.value, deployment: 'hybrid', callType: 'peerToPeer' },
    tags: [`mark:${marks.indexOf(mark)}`],
  }));
}

/**
 * A chat log where one writer asks where the other is ("are u in the office?"), the other replies ("no, at a hotel")
 * and then asks the advisor in their own line, over several sentences ("I will join Priya's meeting from the hotel.
 * My media goes which way?"): a question states nothing; the reply and the writer's own line say where they are.
 */
export function chatReplyGrid(): GridItem[] {
  const writers = [
    ['Priya', 'Tom'],
    ['Yuki Tanaka', 'Ben Archer'],
    ['Nasser', 'Huda'],
  ] as const;
  const questions = [
    (place: string) => `are u ${place}?`,
    (place: string) => `you ${place} today?`,
    (place: string) => `r u ${place} or not`,
  ] as const;
  // The joiner's own words, over several sentences, with where they join from said again or not.
  const joins = [
    (host: string) => `@advisor quick one, I will join ${host}'s meeting from there. My media goes which way?`,
    (host: string) => `@advisor I'm joining the meeting ${host} organizes. Which path does my signaling take?`,
    (host: string) => `ok. I join ${host}'s meeting like this. What's my media path?`,
  ] as const;
  const places = PLACES.filter((_, i) => i % 5 === 0);
  return product({ line: LOG_LINES, pair: writers, question: questions, join: joins, at: places }).map(({ line, pair, question, join, at }, n): GridItem => {
    const [host, joiner] = pair;
    const first = host.split(' ')[0];
    // The place asked about is the other kind than where the joiner is: read from the question, it would be wrong.
    const asked = nth(PLACES.filter((p) => p.value !== at.value), n).said;
    const text = [
      `${line(host, '10:02')}${question(asked)}`,
      `${line(joiner, '10:02')}no, ${at.said}`,
      `${line(host, '10:03')}ok I send u invite for the meeting I organize`,
      `${line(joiner, '10:05')}${join(first)}`,
    ].join('\n');
    return { text, slots: { location: at.value, callType: 'conference' }, tags: [`line:${LOG_LINES.indexOf(line)}`, `join:${joins.indexOf(join)}`] };
  });
}

/**
 * A consultant's letter ("Dear Mr. Weber, ... Best regards, Julia Hartmann") asking about someone it describes ("a
 * member of your finance team, working from the Zurich office") joining a meeting their manager hosts: the
 * salutation's name and the signature are nobody in the call; the one described is the one asked about.
 */
export function letterGrid(): GridItem[] {
  const salutations = ['Dear Mr. Weber,', 'Dear Ms Chen,', 'Dear Dr. Okafor,', 'Hello Anil,'] as const;
  const signatures = ['Best regards,\nJulia Hartmann', 'Kind regards,\nPeter Novak\nSenior Consultant', 'Thanks,\nRavi', 'Yours sincerely,\nTomás Ruiz, Contoso Consulting'] as const;
  const members = [
    { who: 'a member of your finance team', her: 'her' },
    { who: 'one of your engineers', her: 'his' },
    { who: 'someone from your sales team', her: 'her' },
  ] as const;
  const hosts = [
    { said: 'an Online user homed in Skype for Business Online', value: 'online' },
    { said: 'already homed Online', value: 'online' },
  ] as const;
  const places = PLACES.filter((_, i) => i % 6 === 0);
  return product({ salutation: salutations, member: members, host: hosts, at: places }).map(({ salutation, member, host, at }, n): GridItem => ({
    text: `${salutation}\n\nthank you for your time yesterday. When ${member.who}, ${at.said}, joins a meeting arranged by ${member.her} line manager (${host.said}), which path do ${member.her} signalling and media follow?\n\n${nth(signatures, n)}`,
    slots: { location: at.value, organizer: host.value, callType: 'conference' },
    tags: [`salutation:${salutations.indexOf(salutation)}`],
  }));
}
