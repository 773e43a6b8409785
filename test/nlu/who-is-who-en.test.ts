// English "who is who" across clauses (issue 15): a place must attach to the person it is said of, and the question
// must be about the person it names, or nothing is guessed (a question back, never a wrong answer). Each block is one
// class of wording, a grid of people, places and question shapes, with near misses it must not read.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

type Place = 'customerNetwork' | 'internet';
const OPPOSITE: Record<Place, Place> = { customerNetwork: 'internet', internet: 'customerNetwork' };

describe('a pronoun with nobody named before it is the one its possessive asks about, not the one it calls', () => {
  // The first person is a role noun the vocabulary reads as something else ("registrar" is also a SIP role), so
  // "she" stands for nobody named; "her media" is still hers.
  const places: readonly [string, string, Place][] = [
    ['is working from home today, no VPN', 'who is in his office on campus', 'internet'],
    ['is at home, off VPN', 'who is in his office at HQ', 'internet'],
    ['is in the office on the LAN', 'who is at home on his own broadband', 'customerNetwork'],
  ];
  const questions = ['Her media?', 'What about her signaling?', 'Which way does her call go?'];
  const cases = places.flatMap(([hers, his, value]) => questions.map((q) => [`Online tenant. Our registrar ${hers}. She calls the dean ${his}. ${q}`, value] as const));
  it.each(cases)('%s', (text, value) => {
    expect(slots(text)).toMatchObject({ location: value, peer: OPPOSITE[value], callType: 'peerToPeer' });
  });

  it.each(places.map(([hers, his, value]) => [`Online tenant. Our registrar ${hers}. She calls the dean ${his}. His media?`, value] as const))(
    'near miss, the callee asked about ("his media") never gets her place: %s',
    (text, value) => {
      expect(slots(text).location).not.toBe(value);
      expect(slots(text).peer).not.toBe(OPPOSITE[value]);
    },
  );

  it('near miss: with someone named before it, "she" is that one ("The CFO is in the office. She calls ...")', () => {
    expect(slots('Online tenant. The CFO is in the office. She calls a colleague who is at home. Her media?')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('"my half of the call" is my side; "his phone\'s mobile data" is his device, not his call asked about', () => {
  const setups: readonly [string, string, Place][] = [
    ["I'm at the office on the firm network", "he's at the county court using his phone's mobile data", 'customerNetwork'],
    ["I'm in the office", "he's at a client site using his phone's mobile data", 'customerNetwork'],
    ["I'm at home on my own broadband", "she's at HQ using her laptop's wired connection", 'internet'],
  ];
  const questions = ['How does my half of the call route?', 'What about my half of the call?', 'Which path for my side?'];
  const cases = setups.flatMap(([mine, theirs, value]) => questions.map((q) => [`We're all on SfB Online. ${mine} and need to ring our trainee - ${theirs}. ${q}`, value] as const));
  it.each(cases)('%s', (text, value) => {
    expect(slots(text)).toMatchObject({ location: value, peer: OPPOSITE[value], callType: 'peerToPeer' });
  });

  it('near miss: "his half of the call" asks about him, never gives him my place', () => {
    const read = slots("We're all on SfB Online. I'm in the office and will call our intern - he's at home using his phone's mobile data. How does his half of the call route?");
    expect(read.location).not.toBe('customerNetwork');
    expect(read.peer).not.toBe('internet');
  });

  it('near miss: "half of our calls" names no side', () => {
    expect(slots("Half of our calls go over the internet. Online tenant, I'm in the office calling a colleague at home.")).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('"I manage IT for a hotel group": the verb is no manager, the business no hotel', () => {
  const businesses = ['a hotel group', 'a hotel chain', 'the hotel group'];
  const cases = businesses.flatMap((business) => [
    [`I manage IT for ${business}. We are all Online. I am in the office and call a colleague at home. My media path?`, 'customerNetwork'],
    [`I manage the network at ${business}. We are all Online. I'm at home and call a colleague in the office. My media path?`, 'internet'],
  ] as const);
  it.each(cases)('%s', (text, value) => {
    expect(slots(text)).toMatchObject({ location: value, peer: OPPOSITE[value] });
  });

  it('near miss: a hotel someone is at is still the Internet, a manager still a person', () => {
    expect(slots('I manage the network for a hotel chain. We are all Online. I am at a hotel and call a colleague in the office. My media path?')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
    expect(slots('We are all Online. My manager is at home and calls me; I am in the office. Her media path?')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('a title in the plural, then one of them ("Our GMs are homed on-prem ... the GM\'s call")', () => {
  const sentences = [
    "We're hybrid. Our GMs are homed on-prem and they have a weekly 1:1 with the area director, also on-prem. Both of them are in the regional office on our network for this. Which path for the GM's call?",
    "I manage IT for a hotel group. Our GMs are homed on our on-prem Skype pool (we're hybrid) and they have a weekly 1:1 with the area director, who is also on-prem homed. Both of them are usually in the regional office on our network for this. Which path for the GM's call - signalling and media?",
  ];
  it.each(sentences)('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'onPremises', deployment: 'hybrid' });
  });
});

describe('parties named by a letter ("A-party: head office / B-party: at home ... for the A-party")', () => {
  const sides: readonly [string, Place][] = [
    ['head office, docked laptop', 'customerNetwork'],
    ['at home on her own broadband', 'internet'],
    ['Paris office, on the LAN', 'customerNetwork'],
    ['hotel wifi, no VPN', 'internet'],
  ];
  const other: Record<Place, string> = { customerNetwork: 'at home, no VPN', internet: 'HQ, wired' };
  const labels: readonly [string, string, (letter: string) => string][] = [
    ['A-party', 'B-party', (letter) => `the ${letter}-party`],
    ['A party', 'B party', (letter) => `the ${letter} party`],
    ['Party A', 'Party B', (letter) => `party ${letter}`],
  ];
  const cases = labels.flatMap(([a, b, asked]) =>
    sides.flatMap(([place, value]) => [
      [`Env: Skype Online / ${a}: ${place} / ${b}: ${other[value]} / Call type: peer to peer / Ask: media path for ${asked('A')}`, value],
      [`Env: Skype Online / ${a}: ${other[value]} / ${b}: ${place} / Call type: P2P / Ask: signaling path for ${asked('B')}`, value],
    ] as const),
  );
  it.each(cases)('%s', (text, value) => {
    expect(slots(text)).toMatchObject({ location: value, peer: OPPOSITE[value], callType: 'peerToPeer' });
  });
});

describe('a letter that told two people apart names that one alone again ("user B ... B\'s media path?")', () => {
  const setups: readonly [string, string][] = [
    ['User A is in the office, user B is at home without VPN', 'They call each other'],
    ['Agent A: contact centre, on the LAN. Agent B: home broadband, no VPN', 'A calls B'],
    ['Nurse A works on the ward; nurse B is at home, VPN off', 'B rings A'],
  ];
  const questions: readonly [string, Place][] = [
    ["B's media path?", 'internet'],
    ['Media path for B?', 'internet'],
    ["What is A's path?", 'customerNetwork'],
    ["Which way does B's signaling go?", 'internet'],
  ];
  const cases = setups.flatMap(([said, call]) => questions.map(([q, value]) => [`Online tenant. ${said}. ${call}. ${q}`, value] as const));
  it.each(cases)('%s', (text, value) => {
    expect(slots(text)).toMatchObject({ location: value, peer: OPPOSITE[value] });
  });

  it.each([
    'Online tenant. User B is in the office, user A is at home without VPN. B calls a colleague at home. Media path?',
    'Online tenant. User A is in the office, user B is at home without VPN. User A calls a colleague. Media path?',
  ])('near miss: the article "a" is nobody\'s letter: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('"the one at home": the one said before to be there is the one asked about', () => {
  const pairs: readonly [string, Place, string][] = [
    ['Two colleagues call each other, one in the office and one at home', 'internet', 'at home'],
    ['Two colleagues call each other, one at home and one in the office', 'customerNetwork', 'in the office'],
    ['A colleague in the office calls a colleague at home', 'internet', 'at home'],
    ['A colleague at home calls a colleague in the office', 'customerNetwork', 'in the office'],
  ];
  const questions = [(one: string) => `Which path does the one ${one} take?`, (one: string) => `Media path for the one ${one}?`];
  const cases = pairs.flatMap(([said, value, one]) => questions.map((q) => [`Online only. ${said}. ${q(one)}`, value] as const));
  it.each(cases)('%s', (text, value) => {
    expect(slots(text)).toMatchObject({ location: value, peer: OPPOSITE[value] });
  });

  it('near miss: "the one" at a place nobody was said to be at is nobody named; the first is the user', () => {
    expect(slots('Online only. A colleague in the office calls a colleague at home. Which path does the one on the VPN take?')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('"inside" a network someone outside the organization owns is theirs, not ours', () => {
  const theirs = ["inside the client's LAN", "inside the vendor's network", 'at a customer, inside their firewall', "at the supplier's plant, inside their network"];
  const ours = ['inside our firewall', 'in the office, inside the corporate network', 'inside our network'];
  const call = (where: string) => `We're SfB Online. I'm ${where}, and call my manager at home. My media path?`;
  it.each(theirs)('theirs: %s', (where) => {
    expect(slots(call(where)).location).toBe('internet');
  });
  it.each(ours)('near miss, ours: %s', (where) => {
    expect(slots(call(where)).location).toBe('customerNetwork');
  });
  it('near miss: "their" with nobody outside named before is not another company\'s', () => {
    expect(slots("We're SfB Online. Our users are inside their firewall and call the helpdesk. My media path?").location).not.toBe('internet');
  });
});

describe('"Sarah from HQ booked it": where the host is from is hers, not the writer\'s', () => {
  const hosts = ['Sarah from HQ booked it', 'Priya from the Leeds office set up the meeting', 'Tom from HQ scheduled the review'];
  const mine: readonly [string, Place][] = [
    ["I'll be joining from home", 'internet'],
    ["I'm joining from a hotel, no VPN", 'internet'],
    ["I'm at the Lisbon branch on the office network", 'customerNetwork'],
  ];
  const cases = hosts.flatMap((host) => mine.map(([me, value]) => [`${host}. We're all on Skype Online. ${me}. Path for me?`, value] as const));
  it.each(cases)('%s', (text, value) => {
    expect(slots(text).location).toBe(value);
  });
});

describe('"Short description: Choppy audio ...": a field\'s value opening with how the call goes names nobody', () => {
  const ticket = (opening: string) =>
    `INC0098812 / Short description: ${opening} in on-prem hosted meeting / User: r.kowalski (homed: SfB Server 2015 pool, on-prem) / Meeting organizer: m.nowak (homed: same on-prem pool) / User location: Warsaw office, wired / Environment: SfB hybrid with O365, ExpressRoute / Ask: confirm expected media/signaling path for r.kowalski`;
  it.each(['Choppy audio', 'Laggy video', 'Robotic audio'])('%s', (opening) => {
    expect(slots(ticket(opening)).homing).not.toBe('online');
  });
});

describe('"organized by me", "meeting by my manager": who hosts, said after a bare or hosting "by"', () => {
  it.each([
    ['The meeting is organized by me. We are hybrid and I am homed on-prem. I am in the office. My audio path?', 'onPremises'],
    ['The review was set up by me. We are hybrid and I am homed Online. I am in the office. My audio path?', 'online'],
  ] as const)('the writer hosts: %s', (text, organizer) => {
    expect(slots(text).organizer).toBe(organizer);
  });

  it.each([
    'CCE env, everyone online. meeting by my manager. me in office. sig/media?',
    'We are all on Skype Online. A meeting by our CFO. I am in the office. Media path?',
  ])('one of ours hosts, everyone Online: %s', (text) => {
    expect(slots(text).organizer).toBe('online');
  });

  it.each([
    'Hybrid. I am homed Online, in the office, joining a meeting hosted by Contoso, not by me. Path?',
    'We are all Online. Meeting by phone with a customer. I am in the office. Path?',
  ])('near miss, nobody of ours said to host: %s', (text) => {
    expect(slots(text).organizer).not.toBe('online');
  });
});
