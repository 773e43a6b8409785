// Places said as network engineers name them: a VLAN with its number is a segment of our own LAN, wherever "on" is
// missing ("src user homed SfBO, VLAN 220 (Bldg 2)", 「我在 VLAN 20」); a guest or visitor VLAN is not ours. And a
// count of none ("zero on-prem servers") denies what it counts, as "no" does. Worded for this table, not from the
// round's questions.
import { createRecognizer } from '../../src/nlu';
import { numberedVlansAsWords } from '../../src/nlu/networkIds';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a numbered VLAN places someone in our network', () => {
  it.each([
    ['Online tenant. Caller: VLAN 112, 3rd floor. Callee: working from home, no VPN. 1:1 call, caller path?', 'customerNetwork', 'internet'],
    ['SfB Online only. My laptop sits in vlan-40 today and I ring a coworker who is at a hotel.', 'customerNetwork', 'internet'],
    ['Skype Online. Person A = VLAN20 (finance), person B = VLAN 35 (sales). A calls B. A\'s media path?', 'customerNetwork', 'customerNetwork'],
    ['Pure Online. User on wifi at the airport calls a colleague, VLAN 501 in the Leeds warehouse.', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'peerToPeer', location, peer });
  });

  it.each([
    ['我們是純 Online。我這台電腦在 VLAN 30，打 Skype 給在家沒連 VPN 的同事，我這端怎麼走？', 'customerNetwork', 'internet'],
    ['Skype Online 租用戶，我在 VLAN 120（三樓），一對一打給在飯店的同事，我這端的路徑？', 'customerNetwork', 'internet'],
    ['純 Online，我在機場用公共 wifi 打給倉庫那邊 VLAN 88 的同事，我的媒體怎麼走？', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'peerToPeer', location, peer });
  });
});

describe('near misses: VLANs that are not ours, numbers that are no VLAN', () => {
  it.each([
    'on the guest VLAN 30',
    'VLAN 99 (guest)',
    'visitor vlan 7',
    '我連到訪客 VLAN 50',
    'VLAN 60（訪客）',
    'the voice VLAN',
    'Skype 2015 CU 10',
  ])('%s stays as written', (text) => {
    expect(numberedVlansAsWords(text)).toBe(text);
  });

  it('a guest VLAN places no one in our network', () => {
    expect(slots('SfB Online only. I am on guest VLAN 30 calling a colleague at home.').location).not.toBe('customerNetwork');
    expect(slots('我們是純 Online，我連到訪客 VLAN 50，打給在家的同事').location).not.toBe('customerNetwork');
  });
});

describe('a count of none denies what it counts', () => {
  it.each([
    'Skype for Business Online, zero on-premises servers left. I am at my desk in the office calling a teammate in the office.',
    'Our tenant is SfB Online with zero on-prem pools. From the office I call a coworker who is also in the office.',
  ])('%s', (text) => {
    expect(slots(text)).toEqual({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' });
  });

  it('零台地端伺服器 reads the same', () => {
    expect(slots('純 Online，零台地端伺服器。我在公司打給也在公司的同事').deployment).toBe('online');
  });

  it('near miss: zero said of something else leaves the homing said', () => {
    expect(slots('Hybrid. I am homed on-prem, zero problems until today. In the office calling a colleague in the office who is homed Online.')).toMatchObject({
      deployment: 'hybrid',
      homing: 'onPremises',
      peerHoming: 'online',
    });
  });
});
