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

// "今天要參加 Contoso 那邊的會議，他們是用自己公司的 on-prem Skype 伺服器辦的" (og1zh-7, a wrong answer): "是" between
// the owner and what they use, and the words of 自己公司 before the thing, must not put the owner out of reach.
describe('the owner before "是" and a long own company', () => {
  const openings = ['他們是用', '對方是用', '廠商也是用'];
  const things = ['自己公司的 on-prem Skype 伺服器', '自己公司內部的地端 SfB 伺服器', '自己的 Skype 伺服器'];
  const grid = openings.flatMap((opening) => things.map((thing) => `我們是 Hybrid，我的帳號還在地端。今天要參加外部的會議，${opening}${thing}辦的，不是 Office 365。我在公司用內網連，走 ER 嗎`));
  it.each(grid)('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'otherCompany', homing: 'onPremises', deployment: 'hybrid', location: 'customerNetwork' });
  });
  it.each([
    '混合部署，協理的會議是用自己公司的 Skype 伺服器開的，我在總部參加，我是 Online 帳號，走 ER 嗎？',
    '混合部署，經理是用我們自己公司的地端 Skype 伺服器開的會，我在總部參加，我是 Online 帳號，走 ER 嗎？',
  ])('ours stays ours: %s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'onPremises', homing: 'online', deployment: 'hybrid' });
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
