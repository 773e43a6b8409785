// Taiwanese chat's 注音文 (round 40's studied zh56 miss, in our own words): a syllable typed as its first zhuyin letter.
// ㄇ and ㄅ before a verb deny it (ㄇ有開 VPN is 沒有開: no tunnel, so the internet), ㄉ is 的, 窩們 is 我們; a closing
// particle (ㄋ, ㄇ) still ends its clause, so a place said after it is another person's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('ㄇ and ㄅ before a verb deny it: no VPN at home is the internet', () => {
  it.each([
    ['我們全部都是 Online ㄉ，我今天在家ㄇ有開VPN，打給廠商ㄉ市話，訊號走哪'],
    ['偶們公司是 SfB Online，我人在咖啡廳ㄇ連VPN，打電話給客戶ㄉ手機，媒體會走 ER 嗎'],
    ['窩們是雲端ㄉ商務用 Skype，我在家ㄇ開 vpn 打市話，這樣走哪'],
    ['公司全部 Online，我在家ㄅ是在公司，打給客戶手機，訊號走哪'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', deployment: 'online', callType: 'pstn' });
  });
});

describe('near misses: a tunnel that is on, and a closing particle, keep their reading', () => {
  it('有開 VPN at home is our network', () => {
    expect(slots('我們全部都是 Online ㄉ，我今天在家有開VPN，打給廠商ㄉ市話，訊號走哪')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
  it('a closing ㄋ ends the question: the office said after it is someone else\'s', () => {
    expect(slots('在家的那位（Amy）用 CCE 打外線，訊號走哪ㄋ 在辦公室的那位沒事')).toMatchObject({ location: 'internet', deployment: 'cloudConnector', callType: 'pstn' });
  });
  it('偶爾 is no 我', () => {
    expect(slots('我們偶爾在家開會，公司 Online，我在家有開 VPN 打市話，走哪')).toMatchObject({ location: 'customerNetwork' });
  });
});
