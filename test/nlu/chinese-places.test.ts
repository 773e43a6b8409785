// Where people are, in Chinese as people write it (issue 15, round 4): what the writer does not know, what describes
// the organization rather than a party, and places said in everyday words. Each case asserts the slot the class is
// about, and that a look-alike outside the class keeps its reading.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a writer who does not know whether the VPN is up', () => {
  it.each([
    '我在家，但不確定 VPN 有沒有連上，要跟在辦公室的同事 1 對 1 通話，訊號怎麼走？',
    '我在家，VPN 不知道有沒有連，要跟在辦公室的同事通話',
    '我在家，不記得有沒有開 VPN，打給辦公室的同事',
    "I'm at home, not sure if the VPN is connected, calling a colleague in the office",
  ])('leaves the user\'s place to be asked: %s', (text) => {
    const said = slots(text);
    expect(said).not.toHaveProperty('location');
    expect(said).toMatchObject({ peer: 'customerNetwork', callType: 'peerToPeer' });
  });

  it('keeps the place when the VPN is said and only the path is unknown', () => {
    expect(slots('我在家有開 VPN，打給辦公室的同事，不知道媒體會不會走 ER')).toMatchObject({ location: 'customerNetwork' });
  });
});

describe('a place or homing right after a word asking whether', () => {
  it('is what is asked about, not what is said', () => {
    expect(slots('地端帳號打外線，有沒有上雲')).toEqual({ homing: 'onPremises', deployment: 'hybrid', callType: 'pstn' });
    expect(slots('混合部署，我跟同事都是地端帳號，也都在辦公室，視訊通話會不會上雲？')).toMatchObject({ homing: 'onPremises', peerHoming: 'onPremises' });
  });
});

describe('a pasted repair ticket', () => {
  it('reads its header and closing as saying nothing, so the problem it describes is the question', () => {
    const recognition = recognizer.recognize('申請人：總務處 陳小姐 分機 123\n狀況：在 3 樓會議室加入會議常常斷線\n已嘗試：重開電腦');
    expect(recognition.intent).toBe('ask');
    expect(recognition.slots).toEqual({ location: 'customerNetwork', callType: 'conference' });
  });

  it('stays out of scope when the problem is not a call, whatever site its header names', () => {
    const recognition = recognizer.recognize('報修人：林小姐\n部門：新竹廠 品管課\n分機：3301\n問題描述：ERP 報表匯不出來，麻煩協助，謝謝');
    expect(recognition.intent).toBe('none');
    expect(recognition.slots).toEqual({});
  });
});

describe('another organization\'s side named as the host', () => {
  it('says whose meeting it is, not where the user is', () => {
    expect(slots('我人在分公司，會議是客戶那邊發起的，加入時 signaling 走哪？')).toEqual({ location: 'customerNetwork', callType: 'conference' });
  });

  it('is still where someone is when nothing hosts after it', () => {
    expect(slots('我人在客戶那邊，要加入主管開的會議')).toMatchObject({ location: 'internet' });
  });
});

describe('doubt about someone else\'s VPN, and mobile data in the office', () => {
  it('leaves the place of the one whose VPN is doubted to be asked, and keeps the other', () => {
    const said = slots('純 Online，我在公司，同事在家，他說 VPN 應該有連但不確定，1 對 1 訊號怎麼走？');
    expect(said).toMatchObject({ location: 'customerNetwork' });
    expect(said).not.toHaveProperty('peer');
  });

  it('leaves both places to be asked when it cannot tell whose VPN is doubted', () => {
    const said = slots('純 Online，我在公司，打給在家的同事，不知道他有沒有開 VPN');
    expect(said).not.toHaveProperty('peer');
    expect(said).not.toHaveProperty('location');
  });

  it('reads 4G or LTE as the Internet, whatever room', () => {
    expect(slots('純 Online，我在公司但用手機的 4G 打給同事，同事在公司，媒體？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
    expect(slots('純 Online，我在公司用 LTE 打給同事，同事在公司')).toMatchObject({ location: 'internet' });
  });
});

describe('an inventory of the organization', () => {
  it('reads a site that has servers, and the servers it has, as nobody\'s place or homing', () => {
    expect(slots('環境說明：台中廠機房有一套 SfB Server 2015 pool，另外有 ER 到 Microsoft，已經做 hybrid。請問 P2P 通話的 signaling 怎麼走？')).toEqual({
      deployment: 'hybrid',
      callType: 'peerToPeer',
    });
  });

  it('still reads where someone is and what their account is on', () => {
    expect(slots('混合式，我在總部，帳號在地端 SfB Server，打給在家沒 VPN 的同事')).toMatchObject({ location: 'customerNetwork', homing: 'onPremises', peer: 'internet' });
  });
});

describe('a product named for a thing of its own', () => {
  it('gives no homing, so an upgrade or licence question has no slots', () => {
    expect(slots('請問 SfB Server 2019 的累積更新要去哪裡下載？')).toEqual({});
    expect(slots('我們客戶想把 SfB Server 2015 的 CU 升到最新，升級前要先備份哪些東西？')).toEqual({});
  });

  it('still reads an account on the product\'s pool as homed there', () => {
    expect(slots('混合式，我的帳號在 SfB Server 2015 的 pool 上，在家打給同事')).toMatchObject({ homing: 'onPremises' });
  });
});

describe('a question about what a component or a kind of call is', () => {
  it('stays an explain question though it names a path', () => {
    expect(recognizer.recognize('會議廣播跟一般會議有什麼不一樣？為什麼它的串流不走 ER？').intent).toBe('explain');
    expect(recognizer.recognize('Edge Server 到底在做什麼？為什麼大家說它會 relay？').intent).toBe('explain');
  });

  it('is still a triage question when it asks why the user\'s own traffic took a path', () => {
    expect(recognizer.recognize('為什麼我的媒體走網際網路？').intent).toBe('ask');
  });
});

describe('everyday places', () => {
  it.each([
    ['在竹科', 'customerNetwork'],
    ['在南科', 'customerNetwork'],
    ['在 Uber 上', 'internet'],
    ['在租屋處', 'internet'],
    ['休假中', 'internet'],
    ['在研討會會場', 'internet'],
  ])('純 Online，我%s，撥外線給客戶', (place, location) => {
    expect(slots(`純 Online，我${place}，撥外線給客戶，媒體？`)).toMatchObject({ location, callType: 'pstn' });
  });
});

describe('what was so before or usually, and what is so now', () => {
  it('takes what is said of now', () => {
    expect(slots('純 Online，我平常都在辦公室，今天在家沒開 VPN，撥客戶手機，媒體怎麼走？')).toMatchObject({ location: 'internet' });
    expect(slots('純 Online，我之前在總部，現在在家沒 VPN，打外線')).toMatchObject({ location: 'internet' });
    expect(slots('混合式，我原本在地端，上個月搬到 Online，在公司打給同事')).toMatchObject({ homing: 'online', location: 'customerNetwork' });
  });

  it('keeps the usual case when nothing else is said, and 本來就 as now', () => {
    expect(slots('純 Online，我平常在公司打外線，媒體怎麼走？')).toMatchObject({ location: 'customerNetwork' });
    expect(slots('純 Online，我本來就在公司，打外線')).toMatchObject({ location: 'customerNetwork' });
  });
});

describe('the place someone belongs to', () => {
  it.each([
    '高雄廠的同仁在家沒開 VPN，要加入會議',
    '台北辦公室的同事今天在家沒開 VPN，要加入會議',
    "the Osaka office's users are at home off VPN joining a meeting",
  ])('never outweighs where they are said to be: %s', (text) => {
    expect(slots(text).location).not.toBe('customerNetwork');
  });

  it('is where they are when nothing else is said of them', () => {
    expect(slots('分公司的同事打給我，我在公司')).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });

  it("is their own network when an MSP writes of a client's site and its people", () => {
    expect(slots('他們高雄廠的人帳號都還在 on-prem pool，人在廠區辦公室，要 join PM 開的 Skype meeting，PM 已經搬去 Online 了')).toMatchObject({
      location: 'customerNetwork',
      homing: 'onPremises',
      organizer: 'online',
    });
    expect(slots('我在他們高雄廠，要加入會議')).toMatchObject({ location: 'internet' });
  });
});

describe('a VPN said to work badly', () => {
  it.each([
    "I'm on the hotel wifi bc the VPN is slow, calling a colleague in the office. all Online",
    'at home, the VPN is slow, calling a colleague in the office. all Online',
    '在家 VPN 很慢，打給在公司的同事，全部 Online',
    '在家 VPN 很卡，打給在公司的同事，全部 Online',
  ])('leaves open whether the client is on it: %s', (text) => {
    const said = slots(text);
    expect(said).not.toHaveProperty('location');
    expect(said).toMatchObject({ peer: 'customerNetwork', callType: 'peerToPeer' });
  });

  it.each(['at home on the VPN, calling a colleague in the office. all Online', '在家有連 VPN，打給在公司的同事，全部 Online'])(
    'keeps a VPN said to be on: %s',
    (text) => {
      expect(slots(text)).toMatchObject({ location: 'customerNetwork' });
    },
  );
});

describe("a building's own network said by the building (館內, 站內: a hotel's or a station's staff)", () => {
  it.each([
    ['我們是 Online，櫃台在館內網路撥客人手機', 'pstn'],
    ['CCE 架構，櫃台人員用館內有線網路撥房客手機，訊號走哪', 'pstn'],
    ['全 Online，調度員在站內網路打外線給司機的手機', 'pstn'],
    ['全 Online，我用站內有線網路撥客戶手機，媒體走 ER 嗎', 'pstn'],
    // A venue's (場: a racecourse, a stadium) said by its staff, and 網絡 as Cantonese and Simplified writers spell it.
    ['全 Online 加 Phone System，服務台的同事在場內網路撥觀眾的手機，訊號走哪', 'pstn'],
    ['我哋全部 Online 加 Phone System，售票處嘅同事喺場內網絡打去客人手機，訊號行邊度？', 'pstn'],
    ['我哋全部 Online，調度員喺站內網絡打外線俾司機，媒體行邊度？', 'pstn'],
  ])('is our network: %s', (text, callType) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType });
  });

  it('asks where a visitor at a show is who uses the venue\'s network (two readings disagree)', () => {
    expect(slots('我出差在展場，用場內網路打 Skype 給公司的同事，我們全部 Online，訊號走哪？').location).toBeUndefined();
  });

  it.each(['我們是 Online，我在美術館裡打給客人手機', '我們是 Online，我在轉運站內打給客人手機', '我們是 Online，我在圖書館內打給客人手機'])(
    'leaves a public building without its network a place of the Internet: %s',
    (text) => {
      expect(slots(text)).toMatchObject({ location: 'internet' });
    },
  );
});
