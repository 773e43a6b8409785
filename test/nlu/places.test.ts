// Where someone is, said in everyday words: places as an open class (any name + office, plant, site, 廠, 分公司,
// rooms and studios), a VPN said down or dropped (then the Internet), a place shared by two people said once.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('places as an open class', () => {
  it.each([
    '純雲端，兩人都在新竹廠，1:1',
    '純雲端，我跟同事都在桃園廠的二樓訓練教室，1 對 1',
    'Online only. Both are in the Manila office, 1:1 call.',
    'SfB Online only. Two people in the Pune plant call each other.',
  ])('reads a named site or room of ours as our network: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });

  it('keeps booking a room out of scope', () => {
    for (const text of ['How do I book the Teams Room in building 2 for tomorrow 3pm?', '幫我預約明天下午的會議室', 'can you book the big meeting room for thursday at 2']) {
      expect(recognizer.recognize(text).slots).toEqual({});
    }
  });
});

describe('a VPN that is down', () => {
  it.each([
    'We\'re hybrid. I\'m on-prem homed and my VPN dropped, so I\'m basically on my home internet. Joining a meeting hosted by an on-prem colleague.',
    'Hybrid. I am homed on-prem, at home, the VPN is down. Joining a meeting hosted by an on-prem colleague.',
    '我們 hybrid，我帳號在地端，VPN 掉線了，現在就是直接用家裡的網路，要加入地端同事開的會',
    '混合式部署。我帳號在地端，VPN 斷線了，現在等於直接用家裡網路；要加入地端同事開的會',
  ])('is not the corporate network: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', homing: 'onPremises', organizer: 'onPremises' });
  });

  it('says nothing against a place when something else fails ("calls keep dropping at home")', () => {
    expect(slots('Online only. My calls keep dropping at home, 1:1 with a colleague in the office.')).toMatchObject({ location: 'internet' });
  });

  it('leaves a complaint about the VPN out of scope', () => {
    expect(recognizer.recognize('Our VPN is down again at the Manila site, who do I call?').slots).toEqual({});
    expect(recognizer.recognize('新竹廠的 VPN 又掛了，要找誰？').slots).toEqual({});
  });
});

describe('one place said of both people', () => {
  it.each([
    ['hybrid / 我 on-prem pool / 對方 Online / 都在 HQ / P2P', { homing: 'onPremises', peerHoming: 'online' }],
    ['Hybrid。我帳號在雲端。他在地端。我們今天都在總部。一對一。', { homing: 'online', peerHoming: 'onPremises' }],
    ['In our hybrid deployment both Kavitha and Mr. Lee are already migrated to Online. They are calling each other from the Singapore office.', { homing: 'online', peerHoming: 'online' }],
  ])('%s', (text, homings) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', ...homings });
  });
});

describe('the network someone is on says more than the room', () => {
  it.each([
    'Hybrid env. Marco\'s on the guest Wi-Fi in our London office (not the corp SSID), homed online, and he\'s joining a meeting set up by Priti, who is homed on-prem. Path for Marco?',
    '混合環境。小王在台北辦公室連的是訪客 Wi-Fi（不是公司 SSID），帳號在 Online，要加入地端帳號的經理開的會。小王的路徑？',
  ])('reads guest Wi-Fi in our office as the Internet: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', homing: 'online', organizer: 'onPremises' });
  });

  it('never lets a network said of someone else, or in another clause, overrule where a person is', () => {
    // The hotspot is said in an aside after "客戶"; the assistant is in the office: who is where is unclear.
    expect(slots('純 Online 的公司，業務在外面跑客戶（用手機熱點），打給在辦公室的助理，業務那邊的媒體走哪？').peer).not.toBe('internet');
    // An SSID named "CORP-5G" is no cellular network.
    expect(slots('Pure SfB Online. Priya is on SSID CORP-5G in the Singapore office, on a 1:1 call with Mr. Tan on level 12 of the same building.')).toMatchObject({
      location: 'customerNetwork',
    });
  });

  it('reads a VPN client said connected as the VPN ("GlobalProtect connected")', () => {
    expect(slots("We're a hybrid org. Laura's account lives on our on-prem pool; she's at home with GlobalProtect connected. She's joining a town hall hosted by the CEO, whose account is Online. What path for Laura?")).toMatchObject({
      location: 'customerNetwork',
      homing: 'onPremises',
      organizer: 'online',
    });
  });
});

describe('the front desk and reception, said as where someone is', () => {
  it.each(['at the front desk', 'from the front desk', 'at reception', 'from the reception desk', 'at the lobby desk'])('%s', (place) => {
    expect(recognizer.recognize(`Hybrid. The receptionist, homed on-prem, calls a courier's landline ${place}. Paths?`).slots).toEqual({
      deployment: 'hybrid',
      callType: 'pstn',
      homing: 'onPremises',
      location: 'customerNetwork',
    });
  });
});

describe('the network outweighs the room when nobody is named before them', () => {
  it.each([
    ['visitor wifi at our office (not on the corp network), employee with Cloud Connector calling a mobile number. internet or local?', 'internet'],
    ['guest Wi-Fi in the HQ lobby, CCE tenant, someone dialing a landline - which path?', 'internet'],
    ['own 4G hotspot at the depot; CCE; staff calling a mobile number. path?', 'internet'],
    ['wired corp LAN at a hotel conference venue, CCE, user calling a landline. path?', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn', location });
  });
});

describe('place words used as adjectives', () => {
  it.each(['outside counsel at Baker & Lowe', 'external auditors at Fabrikam'])('1:1 Skype calls to %s (federated partner)', (who) => {
    expect(slots(`CCE tenant. Tom works from home, not on VPN, and makes 1:1 Skype calls to ${who} (federated partner, their own O365 tenant). Tom's signaling?`)).toEqual({
      deployment: 'cloudConnector',
      callType: 'peerToPeer',
      location: 'internet',
      peer: 'federated',
    });
  });

  it('still reads outside as where someone is', () => {
    expect(slots('Online only. I am outside, on my phone hotspot, and call a colleague in the office. Path?')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('a call between two places of ours, said once', () => {
  it.each(['p2p between two desks at HQ', 'desk-to-desk 1:1 in the Leeds office', 'a 1:1 between two offices on our WAN', 'office to office p2p call'])('%s', (call) => {
    expect(slots(`CCE deployment, ${call} - signalling path?`)).toEqual({ deployment: 'cloudConnector', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe('a place said with a preposition before a meeting word is where someone is', () => {
  it.each([
    ['Users in the Bristol office say meeting audio breaks up. Which way should that traffic go?', { callType: 'conference', location: 'customerNetwork' }],
    ['Hybrid. Their CFO, homed on the on-prem pool, joins from the Denver office a meeting organised by an Online-homed director.', { location: 'customerNetwork', organizer: 'online' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });

  it("still reads a place right before a meeting as whose meeting it is ('the Bristol office meeting')", () => {
    expect(slots('I am at home, off VPN, and join the Bristol office meeting. Online only. Media?')).toMatchObject({ location: 'internet' });
  });
});

describe('"our net" said for our network', () => {
  it.each([
    'SfB Online only. I join the all-hands from the studio, on our net. Path?',
    "We're Online. Sitting in the archive room (on our net), I call Ines on Skype: which way does the media go?",
    'Skype Online tenant: the lab PCs are on our net and I Skype a colleague from one. Signaling?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork' });
  });
});
