// A part of the organization said against the rest with 只剩 / 只有 ("only … is left"): 「全部搬上雲，只剩客服中心還在
// 地端」 says the deployment is Hybrid (KNOWLEDGE.md: at least some users homed on-premises while the rest are Online),
// whatever the part is called, and homes nobody in the call; the writer, a name or a lone person word after 只剩 is that
// person, whose homing it stays. A team named so is still its member's ("客服中心的 Kevin"). The English rule is
// organizationParts.ts onlyUnnamedTeam; its shapes are checked here beside the Chinese ones.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const PARTS = ['客服中心', 'IT', '業務部', '倉儲部門的人', '研發的同事', '我們部門'];
const ONLY = ['只剩', '只剩下', '只有'];
const HOMINGS = ['還在地端', '還在 on-prem', '還掛在舊的 Lync pool'];

describe('a part of the organization left on-premises', () => {
  const grid = ONLY.flatMap((only) => PARTS.flatMap((part) => HOMINGS.map((homing) => `全部搬上雲了，${only}${part}${homing}。我在公司要加入會議，媒體走哪？`)));
  it.each(grid)('%s is Hybrid and homes nobody', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ deployment: 'hybrid', location: 'customerNetwork', callType: 'conference' });
    expect(read).not.toHaveProperty('homing');
  });

  it.each([
    ['去年已經全部搬上雲，只剩客服中心還在地端。'],
    ['只剩 IT 還在 on-prem，'],
    ['全部搬上云，只剩客服中心还在地端。'],
    ['Everyone moved to Online, only the call center is still on-prem. Path?'],
  ])('%s alone says Hybrid, nothing more', (text) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid' });
  });

  it('gives the team\'s homing to its member named by the team', () => {
    expect(slots('去年已經全部搬上雲，只剩客服中心還在地端。今天客服中心的 Kevin 在辦公室打 Skype 給坐他隔壁排的客服同事 Iris（她也是地端帳號），這種對等通話會不會繞去雲端再回來？')).toMatchObject({
      deployment: 'hybrid',
      location: 'customerNetwork',
      peerHoming: 'onPremises',
      callType: 'peerToPeer',
    });
  });
});

describe('near misses: one person left on-premises keeps it', () => {
  it.each([
    ['其他人都上雲了，只剩我還在地端，我在公司打外線，走哪？', 'onPremises'],
    ['Everyone else moved to Online, only I am still on-prem. I am in the office dialing out, path?', 'onPremises'],
  ])('%s -> the writer is homed %s', (text, homing) => {
    expect(slots(text)).toMatchObject({ homing, deployment: 'hybrid' });
  });

  // The rest moved all the same (Hybrid); the one left is a person, never a part of ours homed elsewhere.
  it.each([['只剩 Kevin 還在地端。Kevin 在公司打外線，走哪？'], ['只剩主管還在地端。主管在公司打外線，走哪？']])('%s is Hybrid and homes nobody Online', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'hybrid', location: 'customerNetwork' });
    expect(slots(text)).not.toMatchObject({ homing: 'online' });
  });

  it('reads "only" with nothing homed as no part', () => {
    expect(slots('我只有一個問題：我在公司打外線，走哪？')).not.toHaveProperty('deployment');
  });
});

// The part's people named elsewhere by its words ("客服中心的 Kevin") are homed with it (zh43-8).
describe('someone of the part left on-premises', () => {
  it.each([
    ['只剩客服中心還在地端。客服中心的 Kevin 在辦公室打外線，走哪？', { homing: 'onPremises', deployment: 'hybrid', location: 'customerNetwork', callType: 'pstn' }],
    ['只剩客服中心還在地端。Kevin 在辦公室打給客服中心的 Amy，一對一，走哪？', { peerHoming: 'onPremises', deployment: 'hybrid', location: 'customerNetwork' }],
    [
      '去年已經全部搬上雲，只剩客服中心還在地端。今天客服中心的 Kevin 在辦公室打 Skype 給坐他隔壁排的客服同事 Iris（她也是地端帳號），這種對等通話會不會繞去雲端再回來？',
      { homing: 'onPremises', peer: 'customerNetwork', location: 'customerNetwork', deployment: 'hybrid', callType: 'peerToPeer' },
    ],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });

  it('reads someone of another team as nobody of the part', () => {
    expect(slots('只剩客服中心還在地端。業務部的 Kevin 在辦公室打外線，走哪？')).not.toHaveProperty('homing');
  });
});
