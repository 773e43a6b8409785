// A pasted ticket's fields (issue 15, nlu82): a field filled with a placeholder says nothing ("Organizer: N/A" is no
// meeting hosted by one of ours, "Callee: various" is no one the next field's homing belongs to), and "Account:" is
// the ticket's user's account, not a person of its own.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text.replace(/ \/ /g, '\n')).slots;

describe('an organizer field with a placeholder makes no meeting', () => {
  it.each(['N/A', 'n/a', 'none', 'NA', 'TBD', '(blank)', 'unknown', 'not applicable', '-'])('Organizer: %s', (value) => {
    expect(slots(`Caller: Tomas Berg / Callee: Ines Ruiz / Organizer: ${value} / Deployment: Skype for Business Online / User location: both at the Lisbon site / Description: a two-person video call, what path does it use?`)).toEqual({
      deployment: 'online',
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'customerNetwork',
    });
  });

  it('an organizer field with a name still hosts the meeting', () => {
    expect(slots('Caller: Tomas Berg / Organizer: Ines Ruiz (Online) / Deployment: Hybrid / User location: Lisbon office / Description: joining her weekly meeting, path?')).toMatchObject({
      callType: 'conference',
      organizer: 'online',
    });
  });
});

describe('a callee field naming no one person leaves the next fields to the caller', () => {
  it.each(['various', 'multiple', 'several', 'N/A'])('Callee: %s', (value) => {
    expect(slots(`Caller: Oskar Lind / Callee: ${value} / Account: homed on-premises / Deployment: Hybrid / User location: Malmo office / Description: audio cuts out. Which path should his traffic take?`)).toEqual({
      deployment: 'hybrid',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
  });
});

describe('a VPN field with a placeholder', () => {
  it('VPN: none is no VPN (read before as the VPN named, on)', () => {
    const withField = recognizer.recognize('Caller: Ana Silva\nLocation: hotel in Porto\nVPN: none\nDeployment: Hybrid\nQ: path of her 1:1 to a colleague at HQ?');
    expect(withField.slots).toMatchObject({ location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' });
  });
});

describe('a label whose value is on the next line is not empty', () => {
  it('Question: then the question', () => {
    expect(slots('Deployment: Hybrid / Question: / I am at home, homed on-prem, calling a colleague in the office. Path?')).toMatchObject({
      deployment: 'hybrid',
      location: 'internet',
      peer: 'customerNetwork',
    });
  });
});

describe("an account field is the ticket's user's", () => {
  it.each(['Account: homed on-premises', 'Account: on the on-prem pool', 'Account: SfB Server pool (on-prem)'])('%s', (account) => {
    expect(slots(`Caller: Greta Holm / ${account} / Deployment: Hybrid / User location: Bergen office / Description: echo on calls. Which path?`)).toEqual({
      deployment: 'hybrid',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
  });
});

describe('"both" closing a location field places both parties', () => {
  it.each(['Oslo office, both', 'home (both)', 'HQ - both'])('User location: %s', (where) => {
    const r = slots(`Caller: Nils Dahl / Callee: Kari Moe / Deployment: Online / User location: ${where} / Description: 1:1 video call. Which path?`);
    expect(r.peer).toBeDefined();
    expect(r.peer).toBe(r.location);
  });

  it('"both" starting more words is not the pair', () => {
    expect(slots('Online. I am at home, both my laptop and phone on wifi. 1:1 with Sam who is at HQ. path?')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe("the user of a ticket with a caller field is the caller", () => {
  it.each(['User location: Turku branch', 'User site: Turku branch'])('%s', (field) => {
    expect(slots(`Caller: Aino Virtanen / Deployment: SfB Online / ${field} / Description: Skype is choppy, nothing more from user. Is her traffic meant to use ExpressRoute?`)).toEqual({
      deployment: 'online',
      location: 'customerNetwork',
    });
  });

  it('two users told apart by their homing are still the call between two', () => {
    expect(slots('Short description: Online user calling on-prem user / Caller: Jon Berg (Online), Oslo office / Callee: Siri Lie, on-prem pool, Oslo office / Deployment: Hybrid / Q: path for Jon?')).toMatchObject({
      callType: 'peerToPeer',
      homing: 'online',
      peerHoming: 'onPremises',
    });
  });
});
