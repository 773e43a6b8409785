// "他們用自己公司的地端 Skype Server 開的": a company said after "自己" (自己公司, 自己公司內部) is the owner's own, and the
// owner stands before it (issue 15, nlu59). "自己公司的" split the owner from the server, so another company's meeting
// read as one hosted on our own servers: a Hybrid answer to an Online organization (a wrong answer). Our own people's
// own company ("經理用公司自己的 Skype Server") stays ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const OWNERS = ['合作夥伴', '供應商', '客戶公司', '他們', '對方公司', 'Northwind 他們'];
const SERVERS = ['自己公司的 Skype Server', '自己公司的地端 Skype Server', '自己公司內部 on-prem Skype Server', '自己公司的伺服器', '自己公司內部的伺服器', '自己公司的 SfB 伺服器'];
const SHAPES = [
  (owner: string, server: string) => `我們是 Skype Online，我在總部加入${owner}用${server}開的會，走 ER 嗎？`,
  (owner: string, server: string) => `全公司都是 SfB Online。我在辦公室參加一場外部會議，是${owner}用${server}開的，訊號跟媒體走哪？`,
];

describe("another company's own company's servers host its meeting", () => {
  const grid = OWNERS.flatMap((owner) => SERVERS.flatMap((server) => SHAPES.map((shape) => shape(owner, server))));
  it.each(grid)('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'otherCompany', deployment: 'online', location: 'customerNetwork', callType: 'conference' });
  });
});

describe("our own people's own company is ours", () => {
  it.each([
    '混合部署，經理用我們自己公司的 Skype Server 開的會，我在總部參加，我是 Online 帳號，走 ER 嗎？',
    '混合部署，經理用公司自己的 Skype Server 開的會，我在總部參加，我是 Online 帳號，走 ER 嗎？',
    '混合部署，經理用自己公司的 Skype Server 開的會，我在總部參加，我是 Online 帳號，走 ER 嗎？',
    '混合部署，處長用公司自己的伺服器開的會，我在總部參加，我是 Online 帳號，走 ER 嗎？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'onPremises', homing: 'online', deployment: 'hybrid' });
  });
  it('my account on our company\'s own server', () => {
    expect(slots('混合部署，我的帳號在公司自己的 Skype Server，我在總部打給在家的同事，他是 Online 帳號，我這端走哪？')).toMatchObject({ homing: 'onPremises', peerHoming: 'online' });
  });
});
