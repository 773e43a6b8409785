// Two people said together with 都 ("both") in shapes that placed only one of them (pl1zh-46, pl1zh-50, zh42-17):
// the writer second ("Eric 跟我都在總部": a Latin name opening the sentence was nobody, and "我都" read as "I always"),
// an aside after the first ("我（Online 帳號）跟 Kate（地端帳號）都"), a pronoun inside the second's description ("Eric
// 跟坐他隔壁的小林都"), and the pair in an aside after the words that count them ("我們兩個（我跟 Eric）都"). Near misses:
// "跟我說" (told me), "我都在家" (I always), a pair whose call is with a third person, and the same shapes in English.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW' = 'zh-TW') => recognizer.recognize(text, locale).slots;

describe('both of a pair are placed', () => {
  it.each([
    ['Skype 全部 Online。Eric 跟我都在總部，互打一對一，我這邊的訊號跟 media？', 'customerNetwork'],
    ['Skype 全部 Online。Eric 和我都在家，我打給他，我這邊的訊號跟 media？', 'internet'],
    ['Skype 全部 Online。我們兩個（我跟 Eric）都在總部，互打一對一，我這邊的訊號跟 media？', 'customerNetwork'],
    ['環境：商務用 Skype Online。研發部的 Eric 跟坐他隔壁的小林都在 5 樓，用公司網路打一對一通話。請問 Eric 的訊號和媒體路徑？', 'customerNetwork'],
    ['環境：商務用 Skype Online。Eric 跟坐他隔壁的小林都在家，打一對一通話。請問 Eric 的訊號和媒體路徑？', 'internet'],
  ])('%s', (text, place) => {
    expect(slots(text)).toMatchObject({ location: place, peer: place, callType: 'peerToPeer' });
  });

  it('an aside after each of the pair says each one\'s homing, and 都 places both', () => {
    expect(slots('Hybrid：我（Online 帳號）跟 Kate（地端帳號）都在總部。我們 P2P 講話，我這邊的 signaling 跟 media？')).toMatchObject({
      location: 'customerNetwork', peer: 'customerNetwork', homing: 'online', peerHoming: 'onPremises',
    });
  });

  it('the writer second in the pair shares the homing said with 都是', () => {
    expect(slots('Hybrid。Kate 跟我都是地端帳號，都在總部，互打一對一，我這邊的訊號跟 media？')).toMatchObject({
      location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'onPremises',
    });
  });

  it.each([
    'All Skype Online. Eric and I are both at HQ, we call each other 1:1, my signaling and media?',
    'All Skype Online. The two of us (Eric and I) are both at HQ, 1:1 call, my path?',
  ])('English: %s', (text) => {
    expect(slots(text, 'en')).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe('near misses: no pair, or the pair is not the call', () => {
  it.each([
    ['Skype 全部 Online。Eric 跟我說他在家，我在總部打給他，我這邊的訊號跟 media？', 'customerNetwork', 'internet'],
    ['Skype 全部 Online。我都在家上班，我打給在總部的 Eric，我這邊的訊號跟 media？', 'internet', 'customerNetwork'],
    ['Skype 全部 Online。Eric 跟我都在總部，他打給在家的小林，Eric 的訊號跟 media？', 'customerNetwork', 'internet'],
    ['Skype 全部 Online。Eric 跟坐他隔壁的小林都在總部，小林打給在家的我，我的訊號跟 media？', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});

// own2-zh-4: 「阿明 on-prem、小芳 Online」 gave 阿明's homing to 小芳 (a description may run past an enumeration comma to
// its statement, "在總部 8 樓、有接內網的助理", but not past a person named after the comma). Near miss: the description
// across the comma (grids: zh-rows-and-modifiers).
describe('homings listed one per name', () => {
  it.each([
    ['hybrid，阿明跟小芳都在竹北辦公室，阿明 on-prem、小芳 Online，阿明打給小芳，阿明的路徑？', 'onPremises', 'online'],
    ['hybrid，阿明跟小芳都在竹北辦公室，阿明 Online、小芳 on-prem，阿明打給小芳，阿明的路徑？', 'online', 'onPremises'],
  ])('%s', (text, homing, peerHoming) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', homing, peerHoming });
  });
});
