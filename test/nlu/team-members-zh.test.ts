// A Chinese team said as a whole ("X課那群人帳號都還在地端", "X部全員…", "X部那幾個人都在…") is each of its members
// named elsewhere by the team's name (issue 15, nlu85): the team's homing or place was lost, given to a word of the
// team standing for someone else, or to the writer; a member's own place weighs more than the team's; a part of a
// team, a habit, or someone of another team takes nothing from it. A weekday said as today's is the call's day.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

/** Ways to say a team whole is homed on-premises ("全課", "整課": the whole said before the team's word for a unit). */
const WHOLE_ON_PREMISES = ['品保課那群人帳號都還在地端', '品保課全員都還在地端', '品保課全部都還在地端', '品保課的人帳號都還在地端', '品保課全課都還在地端', '品保課整課都還在地端'];
/** Ways to name one member, who calls the writer from home. */
const MEMBER_CALLS = ['品保課的阿哲在家打給我', '品保課阿哲在家打給我'];

describe('the team whole homed: its member asked about is homed so', () => {
  const grid = WHOLE_ON_PREMISES.flatMap((team) => MEMBER_CALLS.map((member) => `混合式部署。${team}，${member}，阿哲的路徑？`));
  it.each(grid)('%s', (text) => {
    const got = slots(text);
    expect(got).toMatchObject({ homing: 'onPremises', location: 'internet', deployment: 'hybrid' });
    expect(got).not.toHaveProperty('peerHoming');
  });
  it('a member said to be of the team after being named', () => {
    expect(slots('混合式部署。品保課的人帳號都還在地端，阿哲在家打給我，阿哲也是品保課的，阿哲的路徑？')).toMatchObject({ homing: 'onPremises' });
  });
});

describe('two members named by the team: each of them', () => {
  it.each([
    ['混合式部署。品保課全部都搬到 Online 了，品保課的阿哲在工廠打給同樣是品保課的 Mia，Mia 在倉庫，阿哲的路徑？', 'online'],
    ['混合式部署。客服部那群人帳號都還在地端，客服部的小安在公司打給客服部的 Lisa，Lisa 在一樓辦公室，小安的路徑？', 'onPremises'],
  ])('%s', (text, homing) => {
    expect(slots(text)).toMatchObject({ homing, peerHoming: homing, location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe('the team hosts: the meeting is hosted where the team is homed', () => {
  it.each([
    '混合式部署。法務發的會議邀請，法務部全員都還在地端。我在公司加入，我的路徑？',
    '混合式部署。我在公司加入財務部開的會，財務部全部都還在地端，我的路徑？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'onPremises', location: 'customerNetwork', callType: 'conference' });
  });
});

describe('"其中的 X": one of the group just named, where the group is', () => {
  it.each([
    ['我們全部都是 Online。行銷部那幾個人都在展場的攤位上，用展場的 Wi-Fi。我要問其中的 Leo，他加入主管開的會，路徑？', 'internet'],
    ['我們全部都是 Online。研發部那幾個人都在竹科實驗室，接公司內網。想問其中的 Zoe，她加入主管開的會，路徑？', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, organizer: 'online' });
  });
});

describe('what a member says of herself outweighs the team', () => {
  it('the team is at home, she is in the office today', () => {
    expect(slots('我們是 Online。研發部的人都在家上班，研發部的 Ivy 今天在公司加入主管開的會，Ivy 的路徑？')).toMatchObject({ location: 'customerNetwork' });
  });
});

describe('nothing of the team for someone not said to be whole of it', () => {
  it.each([
    // a part of the team
    '混合式部署。品保課有些人還在地端，品保課的阿哲在公司打給我，阿哲這通怎麼走？',
    // someone of another team
    '混合式部署。品保課全員都還在地端，業務部的阿哲在公司打給我，阿哲這通怎麼走？',
    // a member said by a pronoun that stands for nobody sure
    '混合式部署。品保課的人帳號都還在地端，阿哲在家打給我，他也是品保課的，阿哲的路徑？',
  ])('%s', (text) => {
    const got = slots(text);
    expect(got).not.toHaveProperty('homing');
    expect(got).not.toHaveProperty('peerHoming');
  });
  it('the callee of another team keeps the team; the writer does not', () => {
    const got = slots('我們是 hybrid。客服部全部都在地端，業務部的小王在公司打給客服部的阿美，小王的路徑？');
    expect(got).toMatchObject({ peerHoming: 'onPremises' });
    expect(got).not.toHaveProperty('homing');
  });
});

describe('a weekday said as today: a place of another weekday is not the call\'s', () => {
  it.each([
    ['我們是 Online。小李禮拜一都在家上班，今天禮拜四，小李在公司打給我，我在公司，小李的路徑？', { location: 'customerNetwork' }],
    ['我們是 CCE。財務部星期五都在家上班，不過今天星期二，財務的 Kate 在公司座位上打市話給廠商，Kate 的路徑？', { location: 'customerNetwork' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
  it.each([
    // today named, the place of another day: where the caller is stays a question
    '我們是 Online。小李禮拜一都在家上班，今天禮拜四，小李打給我，我在公司，小李的路徑？',
    '我們是 Online。業務部週三都在家上班，今天週五，業務部的阿德打給我，我在公司，阿德的路徑？',
  ])('%s', (text) => {
    expect(slots(text)).not.toHaveProperty('location');
  });
});
