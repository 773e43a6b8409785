// Chinese helpdesk tickets and terse chat (round 25's studied zh37 misses, in our own words): whose side a pronoun in a
// ticket's description asks about, a field label's "使用者" and a caller's name counted as one person, two people
// placed together as they call each other, a colleague asked about who calls no one, a customer who uses Skype too,
// chat's short "還" between two ways, and Taiwanese 嘛 (也).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a ticket\'s pronoun is not the other party\'s field when the name there says another gender', () => {
  const peers = ['同事 Kevin', 'Tom', '業務 Jason', '同事 Mark'];
  const asks = ['她這端走哪？', '她的媒體走 ER 嗎？', '想確認她這端的訊號跟媒體'];
  const tickets = peers.flatMap((peer) =>
    asks.map((ask) => [`來電者：王雅婷\n部署：SfB Online\n使用者位置：新竹辦公室 3F\n通話類型：一對一\n對方：${peer}，今天在家\n問題描述：${ask}`]),
  );
  it.each(tickets)('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });
  it('a he named in the other party\'s field is still whom "他" may stand for', () => {
    expect(slots('來電者：王雅婷\n部署：SfB Online\n使用者位置：新竹辦公室\n對方：Tom，在家\n問題描述：一對一，他這端走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('a ticket\'s caller named once, and its "使用者位置：" label, are one person: no call is implied', () => {
  const callers = ['來電者：Kevin', '來電者：業務 Kevin', '來電者：設計部 Howard', '報修人：業務 Kevin'];
  const problems = ['Skype 常常斷線', 'Skype 品質很差，聲音斷斷續續', 'Skype 有回音'];
  it.each(callers.flatMap((caller) => problems.map((problem) => [`${caller}\n部署：Hybrid\n帳號：Online\n使用者位置：台南辦公室\n問題描述：${problem}，是不是沒走 ER？`])))('%s', (text) => {
    const got = slots(text);
    expect(got).toMatchObject({ location: 'customerNetwork', homing: 'online', deployment: 'hybrid' });
    expect(got.callType).toBeUndefined();
  });
  it('a callee field left unknown says no call type either', () => {
    expect(slots('來電者：採購 Amy\n受話者：（不清楚）\n部署：CCE\n使用者位置：倉庫辦公室\n問題描述：Skype 講話有延遲').callType).toBeUndefined();
  });
});

describe('"我跟 X 在 P 互打": both are in P', () => {
  const pairs = ['小林', '業務部小林', '業務部的小林', '阿德'];
  const calls = ['互打 Skype', '互相通話', '互 call', '彼此視訊'];
  it.each(pairs.flatMap((who) => calls.map((call) => [`全公司 SfB Online，我跟${who}在辦公室${call}，會走 ER 嗎`])))('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', callType: 'peerToPeer' });
  });
  it.each([
    ['全公司 SfB Online，我在公司，我跟在家的小林互打，會走 ER 嗎', { location: 'customerNetwork', peer: 'internet' }],
    ['全公司 SfB Online，我跟小林在家互打，會走 ER 嗎', { location: 'internet', peer: 'internet' }],
  ] as [string, Record<string, string>][])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});

describe('a colleague whose side is asked about, calling no one named, is the user', () => {
  it.each([
    ['全公司都是 SfB Online，同事阿明在辦公室用 Skype，他的媒體會走 ER 嗎'],
    ['全公司 SfB Online，同事在辦公室用 Skype，她的媒體走 ER 嗎'],
  ])('%s', (text) => {
    const got = slots(text);
    expect(got).toMatchObject({ location: 'customerNetwork', deployment: 'online' });
    expect(got.callType).toBeUndefined();
    expect(got.peer).toBeUndefined();
  });
  it('one who calls someone still makes a call', () => {
    expect(slots('全公司 SfB Online，同事在辦公室用 Skype 打給在家的主管，她的媒體走 ER 嗎')).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });
});

describe('a customer who uses Skype too is federated; chat\'s "還" offers a way, no place', () => {
  it.each([
    ['我在公司跟客戶一對一，客戶也是用 SfB，全公司 Online，走哪'],
    ['我在公司跟客戶 P2P，客戶也有用商務用 Skype，全公司 Online，走 ER 還外網'],
    ['欸 我在辦公室跟客戶互打 客戶嘛是用 Skype for Business 齁 全公司 Online 走ER還外網'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'federated', callType: 'peerToPeer' });
  });
  it.each([
    ['我在公司跟客戶一對一，全公司 Online，走哪'],
    ['我在公司跟同事 P2P，全公司 Online，這樣走 ER 還外網'],
  ])('nothing said of the other side: %s', (text) => {
    expect(slots(text).peer).toBeUndefined();
  });
  it('a customer dialled at their phone is still a phone call', () => {
    expect(slots('我在公司打給客戶的手機，客戶也是用 Skype，全公司 Online，走哪')).toMatchObject({ callType: 'pstn' });
  });
});

describe('Taiwanese 嘛 before a verb is 也; 幹嘛 stays "why"', () => {
  it('嘛佇', () => {
    expect(slots('我在家 伊嘛佇厝 阮攏是 SfB Online 互打 走佗位')).toMatchObject({ location: 'internet', peer: 'internet', deployment: 'online' });
  });
  it('幹嘛', () => {
    expect(recognizer.recognize('P2P 的媒體幹嘛會走 ER？').intent).not.toBe('none');
  });
});

describe('a deployment field whose whole value is Online is the deployment, not the user\'s homing', () => {
  const labels = ['部署', '環境', '架構'];
  const calls = ['通話：撥外線', '通話：打市話給廠商'];
  it.each(labels.flatMap((label) => calls.map((call) => [`${label}：Online\n使用者：Ivy\n位置：新竹分公司\n${call}\n問：Ivy 的路徑`])))('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', location: 'customerNetwork', callType: 'pstn' });
  });
  it('an Online account said of one user in a Hybrid field set stays hers', () => {
    expect(slots('部署：Hybrid\n帳號：Online\n位置：新竹分公司\n通話：撥外線\n問：路徑')).toMatchObject({ deployment: 'hybrid', homing: 'online' });
  });
});

describe('"與會者：" alone is a ticket\'s attendee, not meeting minutes: the place field below it is theirs', () => {
  const places: [string, string][] = [['台中分公司', 'customerNetwork'], ['在家', 'internet'], ['高鐵上', 'internet']];
  it.each(places.map(([place, value]) => [`部署：Hybrid\n與會者：Ivy（Online）\n位置：${place}\n召集人：處長（地端）\n問：Ivy 的路徑`, value]))('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, homing: 'online', organizer: 'onPremises', callType: 'conference' });
  });
  it('minutes with a chair keep their room as no one\'s place', () => {
    expect(slots('主席：處長\n與會者：Ivy、Ken\n地點：3F 大會議室\n決議：下週再議\n問：Ivy 開會的媒體走哪').location).toBeUndefined();
  });
});

describe('Cloud Connector weighed against Microsoft\'s own telephony leaves the deployment unknown', () => {
  it.each([
    ['部署：SfB Online，外線不確定是雲端電話系統還是 Cloud Connector\n使用者：Ivy\n地點：總部\n通話：撥外線\n問 Ivy 的路徑'],
    ['我們是 Online，打外線不知道是通話方案還是 CCE，Ivy 在總部撥外線，路徑？'],
    ['我們是 Online，不知道是 Calling Plan 還是 CCE，Ivy 在總部撥外線，路徑？'],
  ])('%s', (text) => {
    const got = slots(text);
    expect(got).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
    expect(got.deployment).toBeUndefined();
  });
  it.each([
    ['我們是 Online + Calling Plan，Ivy 在總部撥外線，路徑？', 'online'],
    ['我們是 CCE，不是通話方案，Ivy 在總部撥外線，路徑？', 'cloudConnector'],
    ['我們是 hybrid，外線不確定是通話方案還是 CCE，Ivy 在總部撥外線，路徑？', 'hybrid'],
  ])('said: %s', (text, deployment) => {
    expect(slots(text).deployment).toBe(deployment);
  });
});
