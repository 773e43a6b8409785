// Locale: detected from the text (Chinese characters: zh-TW, unless the sentences are English with Chinese words in
// them), and the caller's locale wins.
import { createRecognizer } from '../../src/nlu';
import { detectLocale } from '../../src/nlu/text';

const recognizer = createRecognizer();

describe('locale detection', () => {
  it.each([
    ['where does media go for a hybrid conference?', 'en'],
    ['混合式部署的會議，媒體會走哪裡？', 'zh-TW'],
    ['混合部署的会议，媒体走哪里？', 'zh-TW'],
    ['Hybrid 部署下 PSTN call 的 media path？', 'zh-TW'],
    ['PSTN', 'en'],
    // Chinese sentences with English terms, however many terms: Chinese.
    ['我們是 hybrid，user 在 home office 沒有 VPN，join 一個 on-prem 的 meeting，media 會不會 go through ER？', 'zh-TW'],
    ['PSTN call 走 ER 還是 Internet?', 'zh-TW'],
    ['user 在 home office, media 是 going through ER 還是 the Internet?', 'zh-TW'],
    // English sentences with Chinese words (a name, a title, a place): English.
    ['Our 經理 is at the 台中 branch on the LAN and calls a customer on his mobile; what is the path for the media?', 'en'],
    ['is the media going over ER? 在家', 'en'],
    ['Can you check where the signaling goes when 小陳 joins from home? We are hybrid.', 'en'],
    ['', 'en'],
  ])('%s -> %s', (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
    expect(recognizer.recognize(text).locale).toBe(locale);
  });

  it('lets an explicit locale win', () => {
    expect(recognizer.recognize('where does media go?', 'zh-TW').locale).toBe('zh-TW');
    expect(recognizer.recognize('媒體會走哪裡？', 'en').locale).toBe('en');
  });

  it('understands the text whatever locale is given', () => {
    expect(recognizer.recognize('從家裡加入會議', 'en').slots).toEqual({ location: 'internet', callType: 'conference' });
  });
});

describe('a locale that is not supported', () => {
  it('is ignored and the text decides', () => {
    const untyped = recognizer.recognize as (text: string, locale: unknown) => { locale: string };
    expect(untyped.call(recognizer, '從家裡加入會議', 'fr').locale).toBe('zh-TW');
    expect(untyped.call(recognizer, 'from home', 42).locale).toBe('en');
  });
});
