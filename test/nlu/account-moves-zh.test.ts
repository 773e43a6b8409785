// Where a Chinese writer's account is homed, said as a move or a server room (issue 15, nlu44): "帳號還沒搬到雲端",
// "我屬於沒搬的那批", "IT 說我已經 move 到雲端了", "帳號還在我們自己機房"; and a team's homing given to one of its
// people named by the team ("客服部的帳號都搬到 Online 了 ... 客服人員在座位上"). Each grid crosses the shape with who
// is asked about and the call, Traditional and Simplified; the look-alikes (moving house or office, a server room
// someone sits in, a server not moved) state no homing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const CALLS: readonly { text: (who: string) => string; callType: string }[] = [
  { text: (who) => `${who}在公司撥外線給客戶，走哪？`, callType: 'pstn' },
  { text: (who) => `${who}在公司要加入一個 Skype 會議，訊號跟媒體怎麼走？`, callType: 'conference' },
];

/** `{P}`: whose account; the speaker or someone named. */
const ON_PREMISES = ['{P}的帳號還沒搬到雲端', '{P}屬於還沒搬的那批', '{P}是沒搬的那批', '{P}屬於還沒遷的那批', '{P}帳號還在我們自己機房', '{P}的帳號還在公司機房', '{P}的帳號在我們自己的機房裡'];
const ONLINE = ['IT 說{P}已經 move 到雲端了', '{P}的帳號已經搬去雲端', '{P}的帳號遷到線上了', '{P}的帳號已經 migrate 到雲端'];
const WHO: readonly { p: string; subject: string }[] = [
  { p: '我', subject: '我' },
  { p: '陳經理', subject: '陳經理' },
];
/** A few Simplified spellings of the same shapes (the recognizer converts them). */
const SIMPLIFIED: readonly [string, string][] = [
  ['混合部署，我属于还没迁的那批，我在公司拨外线，走哪？', 'onPremises'],
  ['混合部署，我属于还没搬的那批，我在公司拨外线，走哪？', 'onPremises'],
  ['混合部署，我账号还在我们自己机房，我在公司拨外线，走哪？', 'onPremises'],
  ['混合部署，IT 说我已经 move 到云端了，我在公司拨外线，走哪？', 'online'],
  ['混合部署，我的账号已经迁到线上了，我在公司拨外线，走哪？', 'online'],
];

describe('an account homed, said as a move or a server room', () => {
  const grid = [...ON_PREMISES.map((s) => [s, 'onPremises'] as const), ...ONLINE.map((s) => [s, 'online'] as const)].flatMap(([statement, homing]) =>
    WHO.flatMap((who) => CALLS.map((call) => [`混合部署，${statement.replaceAll('{P}', who.p)}。${call.text(who.subject)}`, homing, call.callType] as const)),
  );
  it.each(grid)('%s -> %s', (text, homing, callType) => {
    expect(slots(text)).toMatchObject({ homing, callType, location: 'customerNetwork', deployment: 'hybrid' });
  });
  it.each(SIMPLIFIED)('%s -> %s', (text, homing) => {
    expect(slots(text)).toMatchObject({ homing, location: 'customerNetwork' });
  });
});

describe('moves and server rooms that say no homing', () => {
  it.each([
    '混合部署，辦公室還沒搬，我在公司撥外線，走哪？',
    '混合部署，公司下個月要搬到新大樓，我還沒搬過去，我在舊辦公室撥外線，走哪？',
    '混合部署，伺服器還沒搬，我在公司撥外線，走哪？',
    '混合部署，我人在公司機房，撥外線，走哪？',
    '混合部署，我今天在機房值班，撥外線，走哪？',
    '混合部署，我们家还没搬，我在公司拨外线，走哪？',
    // A bare "還沒遷" would split "還沒遷移到 Online" (a move not made, read by the negation) into two homings.
    '混合部署，我家還沒遷，我在公司撥外線，走哪？',
  ])('%s', (text) => {
    expect(slots(text)).not.toHaveProperty('homing');
  });
});

describe("a team's homing is that of one of its people named by the team", () => {
  const TEAMS: readonly [string, string][] = [
    ['客服部', '客服人員'],
    ['客服部', '客服同仁'],
    ['業務部', '業務同仁'],
    ['客服', '客服人員'],
  ];
  const SAID: readonly [string, string][] = [
    ['{T}的帳號都搬到 Online 了', 'online'],
    ['{T}的帳號都還在地端', 'onPremises'],
    ['{T}都已經上雲了', 'online'],
  ];
  const grid = TEAMS.flatMap(([team, member]) => SAID.map(([said, homing]) => [`我們 hybrid，${said.replace('{T}', team)}。${member}在座位上撥客戶電話，走哪？`, homing] as const));
  it.each(grid)('%s -> %s', (text, homing) => {
    expect(slots(text)).toMatchObject({ homing, location: 'customerNetwork', callType: 'pstn' });
  });
  it('in Simplified', () => {
    expect(slots('我们是混合部署，客服部的账号都迁到线上了，客服同仁在公司打外线，走哪？')).toMatchObject({ homing: 'online', location: 'customerNetwork' });
  });
  it('not for one of another team, nor for a title that only starts like the team', () => {
    expect(slots('我們 hybrid，客服部的帳號都搬到 Online 了。業務同仁在座位上撥客戶電話，走哪？')).not.toHaveProperty('homing');
    expect(slots('我們 hybrid，業務的帳號都在地端。業務經理在座位上撥客戶電話，走哪？')).not.toHaveProperty('homing');
  });
});

describe('"the same as" the other one: what is said is of both ("他跟我一樣是 Online")', () => {
  const SAID: readonly [string, string][] = [
    ['是 Online', 'online'],
    ['都是地端帳號', 'onPremises'],
    ['是 Online 帳號', 'online'],
    ['都還在地端', 'onPremises'],
  ];
  const PAIRS = ['他跟我一樣', '對方跟我一樣', '我跟他一樣', '阿明和我一樣'];
  const grid = PAIRS.flatMap((pair) => SAID.map(([said, homing]) => [`混合部署，我在公司打給同事阿明，${pair}${said}，我這端走哪？`, homing] as const));
  it.each(grid)('%s -> %s', (text, homing) => {
    expect(slots(text)).toMatchObject({ homing, peerHoming: homing, location: 'customerNetwork', callType: 'peerToPeer' });
  });
  it('in Simplified, and of a place', () => {
    expect(slots('混合部署，我在公司打给同事阿明，他跟我一样都是本地账号，我这端走哪？')).toMatchObject({ homing: 'onPremises', peerHoming: 'onPremises' });
    expect(slots('全 Online，我在家沒開 VPN 打給同事阿明，他跟我一樣在家，我這端走哪？')).toMatchObject({ location: 'internet', peer: 'internet' });
  });
  it('not "the same as before", nor "not the same"', () => {
    expect(slots('混合部署，我在公司打給同事阿明，跟之前一樣是 Online 帳號，我這端走哪？')).not.toHaveProperty('peerHoming');
    expect(slots('混合部署，我是地端帳號，在公司打給同事阿明，他跟我不一樣，是 Online，我這端走哪？')).not.toHaveProperty('peerHoming', 'onPremises');
  });
});

describe('a mail\'s reply or forward mark is nobody ("Subject: Re: 遠端開會品質問題")', () => {
  it.each(['Subject: Re: 遠端開會品質問題', '主旨：RE: 在家開會卡頓', 'Subject: FW: 開會問題', '主旨：Fwd: 視訊品質'])('%s', (subject) => {
    const text = `${subject}\n全 Online。王襄理今天在家辦公，要加入主管發起的會議。走哪？`;
    expect(slots(text)).toMatchObject({ location: 'internet', organizer: 'online', callType: 'conference' });
  });
});

describe('written Cantonese 手提 (a mobile phone) is a phone call, not 手提電腦', () => {
  it('打客戶手提 is PSTN', () => {
    expect(slots('全 Online，我喺屋企用 Skype 打客戶手提，會唔會經 ER？')).toMatchObject({ location: 'internet', callType: 'pstn' });
    expect(slots('全 Online，我在公司用 Skype 打去客戶的手提，走哪？')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
  it('a laptop stays a laptop', () => {
    expect(slots('全 Online，我喺屋企用手提電腦同同事開會，走邊度？')).not.toHaveProperty('callType', 'pstn');
  });
});

describe('written Cantonese 個 after a pronoun is its possessive ("我個 account 喺 on-prem" is 我的 account)', () => {
  it.each([
    ['Hybrid。我個 account 喺 on-prem，我嘅 media 行邊？', 'onPremises'],
    ['Hybrid。我個 account 仲喺 Online，我嘅 signaling 行邊度？', 'online'],
    ['混合式，我個帳號喺地端，媒體行邊？', 'onPremises'],
  ])("is the writer's own account, not another party's: %s", (text, homing) => {
    const got = slots(text);
    expect(got).toMatchObject({ homing });
    expect(got).not.toHaveProperty('peerHoming');
  });

  it("is the called one's account when the question asks for their side", () => {
    expect(slots('Hybrid。佢個 account 喺 on-prem，我喺公司打俾佢，佢嘅 media 行邊？')).toMatchObject({ homing: 'onPremises', peer: 'customerNetwork' });
  });

  it('leaves Mandarin 我個人 ("personally") alone', () => {
    expect(slots('Hybrid，我個人覺得在家打給同事比較好')).toMatchObject({ location: 'internet', callType: 'peerToPeer' });
  });
});
