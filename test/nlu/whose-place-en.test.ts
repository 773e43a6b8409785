// English: whose place is whose. A place said in a question is read, but it must also be attached to the person the
// question asks about (the user), not left to the other people named around them. Each block is one class of
// wording, written as a grid of names, roles, places and question shapes, not as any studied sentence.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

type Place = 'customerNetwork' | 'internet';
const PLACES: readonly [string, Place][] = [
  ['home office, DSL, VPN off', 'internet'],
  ['in a hotel in Jakarta, hotel wifi, no VPN', 'internet'],
  ['Madrid office', 'customerNetwork'],
  ['at her desk at HQ, corp LAN', 'customerNetwork'],
];
const OTHER: Record<Place, string> = { internet: 'Singapore office', customerNetwork: 'home, VPN off' };

describe('the person asked about by their traffic ("What route does Rachel\'s traffic take?")', () => {
  const lists = [
    (who: string, place: string, other: string) => `Skype Meeting Broadcast, SfB Online tenant.\nProducer: Tan Wei, ${other}\nViewer: ${who}, ${place}\n`,
    (who: string, place: string, other: string) => `Skype meeting, all of us Online.\n- Karim: ${other}\n- ${who}: ${place}\n- Nathan: ${other}\n`,
    (who: string, place: string, other: string) => `SfB Online tenant, weekly Skype meeting. Attendees: Mario (${other}), ${who} (${place}).\n`,
  ];
  const questions = [
    (who: string) => `What path does ${who}'s traffic take?`,
    (who: string) => `What route does ${who}'s meeting traffic take?`,
    (who: string) => `Which way does ${who}'s audio go?`,
    (who: string) => `How does ${who}'s media get there?`,
  ];
  const cases = lists.flatMap((list) => PLACES.flatMap(([place, value]) => questions.map((question) => [list('Elodie', place, OTHER[value]) + question('Elodie'), value] as const)));
  it.each(cases)('%s', (text, value) => {
    expect(slots(text).location).toBe(value);
  });

  it.each([
    'Skype meeting, all of us Online.\n- Karim: Singapore office\n- Elodie: home, VPN off\nElodie\'s traffic was fine yesterday.',
    'Skype meeting, all of us Online. Karim is in the Singapore office and Elodie is at home. Elodie\'s traffic looks normal in the report.',
  ])('a traffic described, not asked about, chooses nobody: %s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });
});

describe('a first name said again after the full name, whatever words come before it ("any of Samir\'s traffic")', () => {
  const people: readonly [string, string, string, Place][] = [
    ['Samir Khoury', 'Samir', 'airport lounge, on 4G', 'internet'],
    ['Ingrid Larsen', 'Ingrid', 'at home, home broadband', 'internet'],
    ['Ji-woo Park', 'Ji-woo', 'Busan office, corp LAN', 'customerNetwork'],
    ['Pieter de Vries', 'Pieter', 'at his desk in the Amsterdam office', 'customerNetwork'],
  ];
  const questions = [
    (who: string) => `Does any of ${who}'s traffic go via ExpressRoute?`,
    (who: string) => `Will some of ${who}'s media cross ER?`,
    (who: string) => `Is any of ${who}'s audio going over the ExpressRoute circuit?`,
  ];
  const cases = people.flatMap(([full, first, place, value]) =>
    questions.map((question) => [`Skype 1:1 between two of our people, SfB Online only.\n• Marta Lopez – ${value === 'internet' ? 'Madrid office' : 'home, no VPN'}\n• ${full} – ${place}\n${question(first)}`, value] as const),
  );
  it.each(cases)('%s', (text, value) => {
    expect(slots(text).location).toBe(value);
  });
});

describe('"our user" is ours, not one said to be at a federated partner, and "any of our user\'s" goes back to them', () => {
  const ours: readonly [string, Place][] = [
    ['at head office', 'customerNetwork'],
    ['on our LAN', 'customerNetwork'],
    ['in the Leeds office', 'customerNetwork'],
    ['working from home, no VPN', 'internet'],
  ];
  const others = ['a {noun} at a federated partner', 'a contact at a federated company', 'someone at a partner organisation that is federated with us'];
  const questions = [
    (noun: string) => `What's our ${noun}'s signaling path?`,
    (noun: string) => `Does any of our ${noun}'s media cross the internet?`,
    (noun: string) => `Which way does our ${noun}'s audio go?`,
  ];
  const cases = ['user', 'employee'].flatMap((noun) =>
    ours.flatMap(([place, value]) =>
      others.flatMap((other) => questions.map((question) => [`Skype Online tenant. A ${noun} ${place} has a 1:1 Skype call with ${other.replace('{noun}', noun)}. ${question(noun)}`, value] as const)),
    ),
  );
  it.each(cases)('%s', (text, value) => {
    const found = slots(text);
    expect(found.location).toBe(value);
    expect(found.peer).toBe('federated');
  });
});

describe('a role in brackets after a name is the same person ("Tom (site manager)", "Tanaka-san (on-premise user)")', () => {
  const names = ['Tom', 'Tanaka-san', 'Priya', 'Olu'];
  const roles = ['site manager', 'on-premise user', 'night-shift supervisor', 'senior field engineer'];
  const places: readonly [string, Place, string][] = [
    ['works from the site office on our WAN', 'customerNetwork', 'at home on broadband, no VPN'],
    ['is in office', 'customerNetwork', 'on a train with tethering from his phone'],
    ['is working from a hotel on the hotel wifi', 'internet', 'in the Leeds office'],
  ];
  const cases = names.flatMap((name) =>
    roles.flatMap((role) =>
      places.map(([place, value, other]) => [`Hybrid. ${name} (${role}) ${place}; they call 1:1 a colleague who is ${other}. What path for ${name}?`, value] as const),
    ),
  );
  it.each(cases)('%s', (text, value) => {
    expect(slots(text).location).toBe(value);
  });
});

describe('a place opening the text with no subject, before someone with a place of their own, is the writer\'s', () => {
  const openings: readonly [string, Place][] = [
    ['in a starbucks', 'internet'],
    ['At the airport', 'internet'],
    ['At home today', 'internet'],
    ['In the office', 'customerNetwork'],
    ['at HQ on the LAN', 'customerNetwork'],
  ];
  const others: readonly [string, Place][] = [
    ['teammate at his desk in our Lisbon office', 'customerNetwork'],
    ['Priya on the LAN at HQ', 'customerNetwork'],
    ['my manager at home on broadband', 'internet'],
    ['colleague in a hotel on the guest wifi', 'internet'],
  ];
  const tails = ['skype p2p, all Online. which way does my media go', 'We are on a Skype 1:1, SfB Online. What path does my audio take?'];
  const cases = openings.flatMap(([opening, location]) => others.flatMap(([other, peer]) => tails.map((tail) => [`${opening}, ${other}. ${tail}`, location, peer] as const)));
  it.each(cases)('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });

  it.each(['At home, Priya rings a customer from Skype. Which way does her call go?', 'Working from home, Tanaka-san phones a landline on Skype Online. Path?'])(
    'still the subject\'s when they have no place of their own: %s',
    (text) => {
      expect(slots(text).location).toBe('internet');
    },
  );
});

describe('a ticket\'s fields on one line between pipes are read as its lines ("| Caller: X (...) | Callee: Y (...) |")', () => {
  const callers: readonly [string, Place][] = [
    ['homed Online, at desk in HQ, corp LAN', 'customerNetwork'],
    ['Online, working from home, no VPN', 'internet'],
    ['at the Leeds branch on the WAN', 'customerNetwork'],
  ];
  const callees: readonly [string, Place][] = [
    ['homed on the on-prem pool, also at HQ on corp LAN', 'customerNetwork'],
    ['in a hotel, guest wifi', 'internet'],
  ];
  const asks = ['Please state expected signaling and media path for the caller.', 'Q: caller\'s path?', 'Which way does the caller\'s media go?'];
  const cases = callers.flatMap(([caller, location]) =>
    callees.flatMap(([callee, peer]) => asks.map((ask) => [`TKT-20931 | Hybrid SfB | Caller: R. Gunawardena (${caller}) | Callee: M. Fischer (${callee}) | Type: 1:1 audio. ${ask}`, location, peer] as const)),
  );
  it.each(cases)('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });

  it.each([
    ['REQ-20931 | Site: Bristol office | User: M. Patel (homed on on-prem pool) | Joining: review meeting set up by the Sales Director (Online) | Question from the user\'s line manager: does this go via ER?', 'customerNetwork'],
    ['REQ-1187 | Site: WFH | User: Ana Ruiz (Online) | Joining: all-hands set up by the CEO (Online) | Question from Ana\'s manager: ER or internet for her?', 'internet'],
  ])('the site field is the user\'s, whoever writes for them: %s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });

  it.each([
    ['INC-5512 | user: Owen Price | loc: home (Cardiff), Virgin Media, VPN: disconnected | call: P2P to Rhian Evans | Rhian loc: Swansea office, LAN | Q: media path for Owen?', 'internet', 'customerNetwork'],
    ['INC-77 | user: Ana Ruiz | loc: Madrid office, LAN | call: 1:1 to Luis Gil | Luis loc: hotel, guest wifi | Q: media path for Ana?', 'customerNetwork', 'internet'],
  ])('a short "loc:" field is the place of whom its line names, or the user field above it: %s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });

  it('a pipe inside a sentence splits nothing', () => {
    expect(slots('I am at home on my own broadband, Skype Online user, joining a meeting. ER | internet?').location).toBe('internet');
  });
});

describe('"his Skype video is fine, mine isn\'t": the other one\'s call described asks nothing of them', () => {
  const pairs: readonly [string, Place, string, Place][] = [
    ['My teammate is on the office Wi-Fi', 'customerNetwork', "I'm at home", 'internet'],
    ['My colleague is at home on broadband', 'internet', "I'm at my desk in the office", 'customerNetwork'],
    ['The other guy is in the Leeds office', 'customerNetwork', "I'm in a hotel on the guest wifi", 'internet'],
  ];
  const tails = ['his Skype video is fine, mine isn\'t.', 'her Skype audio is fine but mine keeps dropping.', 'his Skype call quality is great, mine is choppy. Why?'];
  const cases = pairs.flatMap(([other, peer, me, location]) => tails.map((tail) => [`${other}, ${me}; ${tail}`, location, peer] as const));
  it.each(cases)('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});

describe('a room after "at the client\'s" is the client\'s: on the Internet ("I\'m at the client\'s office")', () => {
  const owners = ['client', 'customer', 'supplier', 'vendor'];
  const rooms = ['office', 'plant', 'warehouse', 'headquarters'];
  const shapes = [
    (owner: string, room: string) => `I'm at the ${owner}'s ${room} today, joining our Skype meeting. Which path?`,
    (owner: string, room: string) => `My colleague is at the ${owner}'s ${room} and joins the Skype meeting from there. What path does her media take?`,
  ];
  const cases = owners.flatMap((owner) => rooms.flatMap((room) => shapes.map((shape) => shape(owner, room))));
  it.each(cases)('%s', (text) => {
    expect(slots(text).location).toBe('internet');
  });
});
