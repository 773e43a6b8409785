// Two place words that say where nobody in the call is. 「買家」, 「店家」, 「玩家」: a character before 家 the lexicon
// does not know was read as the name of someone's home, so a buyer called put the caller on the Internet against 在辦公室
// and the advisor asked (round 54). 「總部的會議廣播」: a place before a broadcast says whose broadcast it is, as it does
// before a meeting; the viewers are nowhere said. Near misses: a home named by a word the lexicon knows (同事家), a
// viewer said to be somewhere.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW' = 'zh-TW') => recognizer.recognize(text, locale).slots;

describe('a word that only ends like a place is no place', () => {
  it.each([
    '我們用 CCE 接外線。我在辦公室用 Skype 撥給買家的手機。',
    '用 Cloud Connector 接 PSTN。我人在公司，打市話給賣家。',
    '我們 CCE 接 PSTN，我在公司座位上撥給店家問貨。',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });

  it('a home still is one', () => {
    expect(slots('全部 Online。我在同事家，用 Skype 撥市話給客戶。')).toMatchObject({ location: 'internet', callType: 'pstn' });
  });
});

describe("a place before a broadcast says whose it is", () => {
  it.each([
    '公司全部 Skype Online，業務同仁要看總部的會議廣播，流量怎麼走？',
    '我們是 SfB Online，大家收看總公司的廣播，會走 ExpressRoute 嗎？',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found).toMatchObject({ callType: 'broadcast' });
    expect(found.location).toBeUndefined();
  });

  it('a viewer said to be somewhere is there', () => {
    expect(slots('公司全部 Skype Online，我在家看總部的會議廣播，流量怎麼走？')).toMatchObject({ location: 'internet', callType: 'broadcast' });
  });

  it("English: the head office's broadcast", () => {
    const found = slots("All of us are on Skype Online. Store staff watch the head office's meeting broadcast: how does it flow?", 'en');
    expect(found).toMatchObject({ callType: 'broadcast' });
    expect(found.location).toBeUndefined();
  });
});
