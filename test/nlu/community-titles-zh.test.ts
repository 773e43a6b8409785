// Titles of community bodies (a temple's or an association's 主委 or 主任委員, a borough's 里長) are people, as 經理 or
// 督導 are: the one who hosts a meeting named by one of them is one of ours, so with everyone Online the meeting is
// hosted Online (round 60: dev48). A school's 註冊組長 is a title too, not registration (註冊, signaling) and a 組長.
// Trades the lexicon did not know (志工, 監工, 看護, 導遊 ...) are people too: unknown, the place said after 跟 before one
// of them went to the one who talks to them (「主任在辦公室，跟在外面用手機 4G 的志工」 put 主任 outside).
// 里長 typed in Traditional reaches the lexicon as 裡長 (the Simplified-to-Traditional converter turns every 里 into
// 裡), which is how the vocabulary holds it: 里長 and 里长 are both read as the title.
// And written Cantonese 同 before 喺, 佢 or 我哋 is 跟 ("我同喺屋企嘅同事打": with the colleague at home), so the
// place before it stays the writer's and the place after it the other party's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale?: 'en' | 'zh-TW') => recognizer.recognize(text, locale).slots;

describe('a meeting hosted by a community title, everyone Online', () => {
  const titles = ['主委', '副主委', '主任委員', '里長', '里长', '註冊組長'];
  const openings = ['我們這邊帳號全部都是 Skype Online。', '我们全部都是 SfB Online 帐号。', '整個單位都在 Skype for Business Online 上。'];
  const cases = titles.map((title, i) => [`${openings[i % openings.length]}等一下我在辦公室用內網加入${title}開的會議，訊號走哪？`] as const);
  it.each(cases)('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', organizer: 'online', deployment: 'online', callType: 'conference' });
  });

  it('the host\'s own homing said beside a Hybrid deployment', () => {
    expect(slots('協會是混合式部署，我的帳號還在地端，人在協會辦公室內網。主委排了一場 Skype 會議，他的帳號已經在 Online。我這邊怎麼走？')).toMatchObject({
      location: 'customerNetwork',
      homing: 'onPremises',
      organizer: 'online',
      deployment: 'hybrid',
      callType: 'conference',
    });
  });

  it('the same in English', () => {
    expect(slots('Our whole association is on Skype Online. From the office network I join the meeting our general secretary set up: which path?', 'en')).toMatchObject({
      location: 'customerNetwork',
      organizer: 'online',
      deployment: 'online',
      callType: 'conference',
    });
  });
});

describe('a trade called by someone at the office', () => {
  it.each(['志工', '義工', '監工', '看護', '導遊', '巡邏員', '保育員'])('%s', (trade) => {
    expect(slots(`協會全部是 SfB Online。主任在協會辦公室，跟在外面用手機 4G 的${trade}一對一通話，主任這端走哪？`)).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });
});

describe('Cantonese 同 as 跟', () => {
  it('the writer at the office calls a colleague at home', () => {
    expect(slots('我哋全部都係 Skype Online。我喺倉庫（公司網絡）同喺屋企嘅同事傾 Skype，我呢邊點行？')).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
      deployment: 'online',
      callType: 'peerToPeer',
    });
  });
  it('Mandarin 同 stays itself: 同事 and 同一間 are no "with"', () => {
    expect(slots('我們全部 Online。我跟同事在同一間辦公室用 Skype 一對一，走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });
});
