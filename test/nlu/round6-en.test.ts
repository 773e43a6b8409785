// Round 6's English classes (non-native and forum English), reproduced in our own sentences: a VPN said with any
// place word, hybrid questions that never say a homing, a colleague reached on the Skype client of their handset (a
// peer-to-peer call, not PSTN), a colleague in another organization's room (the Internet, not our network), and
// the words other languages lend to English questions (meetings, titles, landlines).
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'en').slots;


const PLACES = [
  'from home', 'from his hometown', 'from her native village', 'from the hotel', 'at the airport lounge', 'from a cafe',
  "at his parents' place", 'on the train', 'from a guest house in Goa', 'from my flat', 'at the beach house', 'from the campsite',
];
const ON_VPN = ['connected through VPN', 'on the VPN', 'over the corporate VPN', 'with VPN connected', 'connected to our VPN'];

describe('the VPN outweighs any place word said with it, in every order', () => {
  it.each(product([PLACES, ON_VPN]))('%s, %s', (place, vpn) => {
    for (const text of [
      `Online only. User ${vpn} ${place} calls a landline. Path?`,
      `Online only. User ${place}, ${vpn}, calls a landline. Path?`,
      `Online only. User is ${place} and ${vpn}. He calls a landline. Path?`,
    ]) {
      expect(slots(text).location).toBe('customerNetwork');
    }
  });

  it.each(PLACES)('without the VPN, %s is the Internet', (place) => {
    expect(slots(`Online only. User ${place}, VPN not connected, calls a landline. Path?`).location).toBe('internet');
  });
});

describe('hybrid questions that never say where anyone is homed read no homing', () => {
  const OPENINGS = ['Hybrid.', 'Hybrid env.', 'We are hybrid.', 'Hybride setup.', 'Hybrid deployment, ER in place.'];
  const CALLS = [
    'From the office I call a contact at a partner company (federated), 1:1.',
    'I sit in the office and call a colleague who is at home without VPN.',
    'From my desk at HQ I dial a landline.',
    'I join a meeting from the office.',
    'A user in the Lyon branch calls her teammate in the same branch.',
  ];
  it.each(product([OPENINGS, CALLS]))('%s %s', (opening, call) => {
    const read = slots(`${opening} ${call} Which way do signaling and media go?`);
    expect(read.homing).toBeUndefined();
    expect(read.peerHoming).toBeUndefined();
    expect(read.organizer).toBeUndefined();
  });
});

describe("a colleague reached on their handset's Skype client is a peer-to-peer call", () => {
  it.each([
    ['call a colleague who is on his mobile hotspot at a trade fair', 'internet'],
    ['call a colleague on his mobile Skype app from a hotel', 'internet'],
    ["ring my colleague's Skype on her cell phone, she is at home on wifi", 'internet'],
  ])('%s', (call, peer) => {
    expect(slots(`Online only. I'm in the office and ${call}. Path?`)).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', peer });
  });

  it.each(['call a supplier on his mobile', "dial my colleague's mobile number", 'ring a customer on her cell phone'])('%s is still a phone call', (call) => {
    expect(slots(`Online only. I'm in the office and ${call}. Path?`).callType).toBe('pstn');
  });
});

describe("a colleague in another organization's room is on the Internet, not in our network", () => {
  it.each([
    'our engineer who is at the customer plant using their wifi',
    'our engineer at the Frankfurt office of a customer',
    'a colleague sitting in the offices of a supplier',
    "a colleague who is at a supplier's office",
  ])('%s', (callee) => {
    expect(slots(`Online only. From HQ I call ${callee}. Path?`)).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' });
  });
});

describe('words other languages lend to English questions', () => {
  it.each(['Festnetz number', 'Festnetznummer', 'vaste lijn', 'telefone fixo', 'teléfono fijo', 'numéro fixe'])('a %s is a landline', (word) => {
    expect(slots(`Online only. User in the office calls a ${word}. Path?`)).toMatchObject({ callType: 'pstn', location: 'customerNetwork' });
  });

  it.each([
    ['our Teamleiter', 'Besprechung'],
    ['the gerente', 'reunião'],
    ['our directeur', 'vergadering'],
    ['the bucho', 'kaigi'],
  ])('%s hosts a %s', (host, meeting) => {
    expect(slots(`Hybrid. ${host.charAt(0).toUpperCase()}${host.slice(1)} set up the ${meeting}; he is homed on-prem. I join from the office. Path?`)).toMatchObject({
      callType: 'conference',
      organizer: 'onPremises',
      location: 'customerNetwork',
    });
  });
});

describe('a meeting in another language "of" its host', () => {
  it.each(['vergadering', 'reunião', 'Besprechung', 'réunion'])('the %s of our CFO, who is Online-homed', (meeting) => {
    expect(slots(`Hybrid. I'm on the on-prem pool, in the office, joining the ${meeting} of our CFO who is Online-homed. Path?`)).toMatchObject({
      callType: 'conference',
      organizer: 'online',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
  });
});

describe('places other languages lend to English questions', () => {
  it.each(['in het kantoor in Utrecht', 'in the Büro in Köln', 'in the escritório', 'at the matriz', 'in the Zentrale', 'in the filial in Recife'])('%s is our network', (place) => {
    expect(slots(`Online only. I am ${place} and call a Festnetz number. Path?`).location).toBe('customerNetwork');
  });

  it.each(['from the Homeoffice without VPN', 'on the Baustelle with a 4G stick', 'on the trein', 'at the camping with a 4G router', 'thuis, no VPN'])('%s is the Internet', (place) => {
    expect(slots(`Online only. I am ${place} and call a vaste lijn. Path?`).location).toBe('internet');
  });
});

describe('the deployment said of the whole organization', () => {
  it.each([
    'Our organisation is solely on Skype for Business Online.',
    'Our company uses only Skype Online.',
    'Company is fully migrated to Skype Online.',
  ])('%s is Online, no homing of the user', (deployment) => {
    const read = slots(`${deployment} A user in the office calls a landline. Path?`);
    expect(read.deployment).toBe('online');
    expect(read.homing).toBeUndefined();
  });

  it.each(['Mixed environment: some users on-prem, some Online.', 'We run a coexistence setup while we migrate.'])('%s is Hybrid, no homing of the user', (deployment) => {
    const read = slots(`${deployment} A user in the office calls a landline. Path?`);
    expect(read.deployment).toBe('hybrid');
    expect(read.homing).toBeUndefined();
  });
});

describe("a place word before a person's role says whom they belong to, never outweighing where they are said to be", () => {
  const ROLE_PLACES = ['onsite', 'HQ', 'head office', 'branch', 'on-site'];
  const ROLES = ['coordinator', 'receptionist', 'engineer', 'colleague'];
  const AWAY = ['who is at home today', "who is on a customer's guest wifi today", 'who is at a hotel this week, no VPN'];

  it.each(product([ROLE_PLACES, ROLES]))('the %s %s, said to be elsewhere, is never read as on our network', (place, role) => {
    for (const away of AWAY) {
      const read = slots(`Online tenant. I'm in the office and call the ${place} ${role}, ${away}. Which path?`);
      expect(read.location).toBe('customerNetwork');
      expect(read.peer).not.toBe('customerNetwork');
    }
  });
});

describe('a set-up for phone calls says nothing of a video call', () => {
  const SETUPS = ['Our tenant uses Cloud Connector for the telephone.', 'We have CCE for telephony.', 'CCE handles our phone lines.'];
  const CALLS = ['We do a video call, just the two of us.', 'I have a video call with my colleague, only us two.', 'My colleague and I are on a video call.'];

  it.each(product([SETUPS, CALLS]))('%s %s', (setup, call) => {
    expect(slots(`${setup} I am at home without VPN. ${call} Does it go over ExpressRoute?`).callType).not.toBe('pstn');
  });

  it('"just the two of us" is a peer-to-peer call', () => {
    expect(slots('Online. I am at home, we do a video call just the two of us.').callType).toBe('peerToPeer');
  });
});
