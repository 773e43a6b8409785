// Round 42 (dev39) classes. (1) A shared network said of two sites ("the plant and HQ are on one WAN", 「工廠跟總部同一個
// 內網」) links the sites; it is no place both parties of the call share. (2) A place the writer does not know between
// two (「不確定會在分公司還是飯店打」) leaves their place asked, even beside a looser one of the week (a city on a trip).
// (3) "home" written for "homed" (「對方 home 在 on-prem」) is no place, and the homing is the person's before it. (4) The
// English front desk or reception after 在 is one of our places.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a network two sites share places nobody', () => {
  it.each([
    '我在工廠，工廠和總部是同一個內網，用 Skype 打給課長，我們是 Skype Online，我的訊號走哪？',
    '業務在分行（分行跟總部同一個 WAN）用 Skype 打給襄理，我們是 Online 加 CCE，業務那端的路徑？',
    "I'm at the depot (the depot and head office are on the same WAN) and Skype the ops manager. We're Skype Online. My signaling path?",
    "I'm at the warehouse, which is on the same network as HQ, and I call the buyer on Skype. Online tenant. Where does my media go?",
  ])('%s', (text) => {
    const got = slots(text);
    expect(got.location).toBe('customerNetwork');
    expect(got.peer).toBeUndefined();
  });

  it.each([
    '我跟課長在同一個辦公室，我用 Skype 打給他，我們是 Skype Online，我的訊號走哪？',
    "I call my manager on Skype, we're on the same WAN, both at HQ. Skype Online. Where does my signaling go?",
  ])('near miss, two people share it: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe('a place in doubt between two leaves the writer unplaced', () => {
  it.each([
    '這週我在台中出差，待會用 Skype 打客戶市話，不知道會在台中辦公室還是在飯店打，我們是 Online 加 CCE，訊號走哪？',
    '我本週在新竹出差，晚點要撥廠商電話，還不確定在新竹廠還是在旅館打，Online 加 CCE，媒體走哪？',
    "I'm on a trip this week and will dial a customer's landline from Skype later, not sure yet whether from our branch office or from my hotel. We're Online with CCE. Where does my media go?",
  ])('%s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });

  it('near miss, a doubt about someone else keeps the writer placed', () => {
    expect(slots('我在家，不確定同事在公司還是在家，我用 Skype 打給他，我們是 Online，我的訊號走哪？').location).toBe('internet');
  });

  // A sentence with no subject after one that named the other party is about that party (Chinese drops the subject):
  // the writer's own place, said before, stands.
  it.each([
    '我在公司，用 Skype 打給業務小林，他今天外出。不確定在客戶那邊還是已經回家了。我們是混合式，我 home 在地端，我的路徑？',
    '我人在辦公室要跟阿德一對一通話，阿德這週出差。不知道會在飯店還是高鐵上接。我們是混合式部署，我的帳號在地端伺服器，我的訊號走哪？',
  ])('near miss, a doubt with its subject dropped after someone named: %s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });
});

describe('"home" written for "homed"', () => {
  it.each([
    ['我 home 在 Online，同事 home 在 on-prem，我們都在公司，Hybrid，我打給他，我這端走哪', 'online', 'onPremises'],
    ['我帳號 home 在地端，對方 home 在 Online，兩個人都在辦公室，混合式部署，P2P 我這端路徑？', 'onPremises', 'online'],
  ])('%s', (text, homing, peerHoming) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', homing, peerHoming });
  });

  it('near miss, at home is a place', () => {
    expect(slots('我在 home 用 Skype 打給同事，他在公司，我們是 Online，我的訊號走哪？').location).toBe('internet');
  });
});

describe('the English front desk or reception after 在', () => {
  it.each([
    '櫃檯的 Amy 在 reception 用 Skype 撥訪客的手機，我們是 Online 加 CCE，她的媒體走哪？',
    '小陳在 front desk 幫客人打外線，我們是 Online 加 CCE，小陳的訊號走哪？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});
