// Negation: "not on the corporate network" is the Internet; a denied two-valued statement means the other value;
// a denial that leaves more than one possibility leaves the slot unknown.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('negation', () => {
  it.each([
    ['not on the corporate network', { location: 'internet' }],
    ['不在公司網路', { location: 'internet' }],
    ["I'm not in the office", { location: 'internet' }],
    ['the user is not at home', { location: 'customerNetwork' }],
    ['我不是在家', { location: 'customerNetwork' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toEqual(expected);
  });

  it('turns a denied homing into the other homing', () => {
    expect(slots("the user isn't homed on-prem")).toEqual({ homing: 'online' });
    expect(slots('使用者不是位於內部部署')).toEqual({ homing: 'online' });
  });

  it('turns a denied firewall statement into its opposite', () => {
    expect(slots("the firewall doesn't block it")).toEqual({ firewall: 'allowsDirect' });
    expect(slots('沒有防火牆封鎖')).toEqual({ firewall: 'allowsDirect' });
    expect(slots("the clients can't reach each other directly")).toEqual({ firewall: 'blocksDirect' });
  });

  it('leaves a slot unknown when the denial leaves several values', () => {
    // Not on our network: on the Internet, or at another company.
    expect(slots("my colleague isn't on our network")).toEqual({});
    // Not hosted Online: on-premises, or by another company.
    expect(slots('the meeting is not hosted online')).toEqual({ callType: 'conference' });
  });

  it('drops a denied call type', () => {
    expect(slots('not a meeting, a p2p call')).toEqual({ callType: 'peerToPeer' });
  });

  it('does not reach past a break or the path being asked about', () => {
    expect(slots('no, it is online')).toEqual({ homing: 'online' });
    expect(slots("why doesn't media go over the internet from home")).toEqual({ location: 'internet' });
  });
});

describe("'nothing' denies what follows it (round 4)", () => {
  it.each(['nothing in the cloud', 'nothing in Office 365', 'nothing Online'])('a vendor on its own on-prem servers, %s', (nothing) => {
    const found = createRecognizer().recognize(`We're SfB Online. A vendor invited us to their meeting: they run their own Skype Server on-prem, ${nothing}. I join from HQ. Media path?`).slots;
    expect(found).toMatchObject({ deployment: 'online', callType: 'conference', organizer: 'otherCompany', location: 'customerNetwork' });
  });

  it('leaves a statement it does not stand before', () => {
    expect(createRecognizer().recognize('Online only. Nothing changed on our side; I am at home off VPN and call a colleague in the office. Path?').slots).toMatchObject({
      location: 'internet',
      peer: 'customerNetwork',
    });
  });
});

describe('two values joined by "or" are asked about, not said (round 4)', () => {
  it('leaves where the user is to be asked', () => {
    expect(createRecognizer().recognize('Hybrid. Is the user at home or in the office? Not sure - she calls a colleague at HQ. Path?').slots.location).toBeUndefined();
  });

  it('leaves who hosts to be asked, and keeps what is said after', () => {
    expect(createRecognizer().recognize('Hybrid. The organiser: on-prem or online? No idea. I join the meeting from home. Media?').slots).toEqual({
      deployment: 'hybrid',
      callType: 'conference',
      location: 'internet',
    });
  });
});
