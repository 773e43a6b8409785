// The one called described by whom they sit next to: 「Kevin 在辦公室打給坐他隔壁的 Iris」, 「坐他隔壁排的客服同事 Iris」,
// 「陳經理要跟坐他隔壁的小林打 Skype」 (zh44-1, zh43-8). 他 there is whom they sit by (the caller), not the one called:
// read as the callee it made the caller the other party and dropped the caller's place. Sitting next to someone, or in
// the next row (隔壁排, where 排的 had read as "scheduled by"), is a seat of ours. A colleague named right after 同事 is
// that colleague ("客服同事 Iris"); someone's colleague ("他的同事 Grace") is another person.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

// 「坐在他對面的 Iris」: the lexicon cuts 對面 into 對 and 面 after 他, which had made 他 the one called (the caller's
// place went to Iris, the caller's own was asked back).
const SEATS = ['坐他隔壁的 Iris', '坐他旁邊的同事 Iris', '坐他隔壁排的同事 Iris', '坐隔壁排的 Iris', '坐在他對面的 Iris', '坐他對面的 Iris', '他對面的同事'];

// Sitting next to "him" or "her" (坐他隔壁, 坐在她對面) is where someone's desk is, not where they are today: as a
// place of ours, 「Eric 跟坐他隔壁的小林都在家」 put 小林 in the office although both were at home, a wrong answer
// (pair-shapes-zh.test.ts, found merging). Those seats say no place; the caller's is kept and the other party's asked.
// A seat shared with the writer (坐我隔壁) and the next row (隔壁排) are still ours.
const SHARED_SEATS = new Set(['坐他隔壁排的同事 Iris', '坐隔壁排的 Iris']);

describe('the one called sits next to the caller', () => {
  it.each(SEATS.map((seat) => [seat, `全部 Online。Kevin 在辦公室打給${seat}，一對一，走哪？`]))('%s: the caller is the writer of the place', (seat, text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'peerToPeer', ...(SHARED_SEATS.has(seat) && { peer: 'customerNetwork' }) });
  });

  it('says no place of the one sitting by someone who is elsewhere today', () => {
    expect(slots('環境：商務用 Skype Online。Eric 跟坐他隔壁的小林都在家，打一對一通話。請問 Eric 的訊號和媒體路徑？')).toMatchObject({ location: 'internet', peer: 'internet' });
  });

  it('keeps the caller\'s place when 他 stands before 隔壁的', () => {
    expect(slots('全部 Online。Kevin 在辦公室打給他隔壁的同事，一對一，走哪？')).toMatchObject({ location: 'customerNetwork', callType: 'peerToPeer' });
  });

  it('reads a colleague named after 同事 as that colleague (her aside is hers, not the caller\'s)', () => {
    expect(slots('混合部署。Kevin 在辦公室打給坐他隔壁排的同事 Iris（她也是地端帳號），一對一，走哪？')).toMatchObject({
      location: 'customerNetwork',
      peer: 'customerNetwork',
      peerHoming: 'onPremises',
    });
  });
});

describe('near misses', () => {
  it('reads 他 alone after the call word as the one called', () => {
    expect(slots('全部 Online。Amy 在家。我在辦公室打給她，一對一，走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });

  it('reads a meeting scheduled by the next team as hosted, not a seat', () => {
    expect(slots('全部 Online，我要加入隔壁組排的會議，我在家，走哪？')).toMatchObject({ location: 'internet', callType: 'conference' });
  });

  it('reads someone\'s colleague as another person', () => {
    expect(slots('Both me and my colleague Sara are working from home today, neither of us on VPN. SfB Online tenant. We have a quick 1:1 call, path?')).toMatchObject({ location: 'internet', peer: 'internet' });
  });
});
