// "對方還在地端": where the other side of the call is homed, said of "對方" alone (issue 15, nlu44). It was read as
// another company hosting on its own servers, which made a colleague federated ("打給同事，對方在地端": a wrong answer)
// or dropped the homing. With another organization named before, "對方" is still that organization.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const MINE: readonly [string, string][] = [
  ['我的帳號已經在線上', 'online'],
  ['我是地端帳號', 'onPremises'],
];
const THEIRS: readonly [string, string][] = [
  ['對方還在地端', 'onPremises'],
  ['對方還在本地伺服器上', 'onPremises'],
  ['對方是 on-prem', 'onPremises'],
  ['對方也在地端', 'onPremises'],
  ['對方已經在線上', 'online'],
];
const CALLS = ['我們都在辦公室，一對一走哪？', '兩人都在公司，我打給對方，我這端走哪？'];

describe("the other side's homing said of 對方", () => {
  const grid = MINE.flatMap(([mine, homing]) => THEIRS.flatMap(([theirs, peerHoming]) => CALLS.map((call) => [`混合部署，${mine}，${theirs}，${call}`, homing, peerHoming] as const)));
  it.each(grid)('%s -> %s / %s', (text, homing, peerHoming) => {
    expect(slots(text)).toMatchObject({ homing, peerHoming, location: 'customerNetwork', peer: 'customerNetwork', callType: 'peerToPeer' });
  });
  it('in Simplified', () => {
    expect(slots('云上和本地两套并存，我的账号已经迁到线上了，对方还在本地服务器上，我们俩都在深圳办公室，单独通话的话我的信令走哪？')).toMatchObject({
      homing: 'online',
      peerHoming: 'onPremises',
      peer: 'customerNetwork',
    });
  });
  it('a colleague called is never made another company by it', () => {
    expect(slots('混合部署，我在公司打給同事，對方在地端，我這端走哪？')).not.toHaveProperty('peer', 'federated');
  });
});

describe('對方 after another organization is still that organization', () => {
  it.each([
    '全 Online，我在公司跟客戶一對一，對方在地端，我這端走哪？',
    '全 Online，我在公司跟合作夥伴一對一，對方還在地端，我這端走哪？',
    '全 Online，我在公司跟外部公司的人 P2P，對方是 on-prem，走哪？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ peer: 'federated' });
    expect(slots(text)).not.toHaveProperty('peerHoming');
  });
  it('a customer hosting', () => {
    expect(slots('全 Online，我在公司加入客戶開的會，對方在地端，走哪？')).toMatchObject({ organizer: 'otherCompany' });
  });
});
