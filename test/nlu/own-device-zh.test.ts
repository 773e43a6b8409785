// Someone's own computer said for them: 「我的筆電接在總部的 dock 上，Amy 在家裡」 (zh44-5). 我的 was a filler, so where
// the laptop was plugged in went to the person named before (Amy) and the two places clashed: both were asked. The
// writer's or a pronoun's computer (我的筆電, 我的電腦, 她的筆電) stands for its owner, as 我的帳號 does.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const MINE: readonly (readonly [string, string])[] = [
  ['我的筆電接在總部的 dock 上', 'customerNetwork'],
  ['我的電腦接在公司網路上', 'customerNetwork'],
  ['我的筆電在家裡連家用網路', 'internet'],
];

describe('the writer\'s own computer', () => {
  it.each(MINE.map(([mine, location]) => [`我跟 Amy 1:1：${mine}，Amy 在${location === 'internet' ? '公司' : '家'}。全部 SfB Online。我這一端的路徑是？`, location] as const))('%s -> %s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, peer: location === 'internet' ? 'customerNetwork' : 'internet', callType: 'peerToPeer' });
  });

  it('reads the other party\'s computer as theirs', () => {
    expect(slots('全部 SfB Online。我在公司打給 Amy，她的筆電接在家裡的網路。我這一端的路徑是？')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('near misses', () => {
  it('asks where the writer is when the computer and the writer are apart', () => {
    expect(slots('全部 SfB Online。我的電腦在公司，我人在家，撥外線給客戶，路徑是？')).not.toHaveProperty('location');
  });

  it('reads a computer with no owner as nobody', () => {
    expect(slots('全部 SfB Online。公司的電腦都在機房，我在家撥外線給客戶，路徑是？')).toMatchObject({ location: 'internet' });
  });
});
