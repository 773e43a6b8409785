// A why about an answer with two routes for one traffic ("why is the media not certain?", 「為什麼媒體會不一定？」):
// the why card, which says what decides between them. Found replaying the blind conversations: the explain card for
// "media". A question about concepts stays one.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { asksWhy } from '../../dialogs/followUpWords';
import { startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

// An on-premises user in the office calls an Online user of a federated company: media over the Internet or ExpressRoute.
const TWO_ROUTES: Record<Locale, string> = {
  en: 'Hybrid deployment, I am homed on-premises and in the office, 1:1 with a partner company user who is on SfB Online. Which paths?',
  'zh-TW': '我們是混合式部署，我這邊的使用者是地端帳號，在公司跟合作夥伴公司的人 1:1 通話，對方是 SfB Online，也有 ER。這樣路徑是怎麼走？',
};

describe.each([
  ['en', 'why is the media not certain?'],
  ['en', 'why are there two media paths?'],
  ['zh-TW', '為什麼媒體會不一定？'],
  ['zh-TW', '為什麼媒體有兩條路徑'],
  // The answer said to "depend", with a demand for the one (convs12 c12-10 t2 was "not a question about call flows").
  ['en', "how come it 'depends'? just tell me which one"],
  ['en', 'why does the media path vary?'],
  ['zh-TW', '為什麼說看情況？直接告訴我是哪一條'],
] as const)('%s: %s', (locale, text) => {
  it('gives the why card, saying what decides', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(TWO_ROUTES[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'why.title'));
    expect(said).toContain(t(locale, 'alternatives.edgeChoice'));
  });
});

describe('asksWhy: words about the answer\'s two routes', () => {
  it.each(['why two paths', '為什麼不一定', '為啥有兩條', "why does it 'depend'? just tell me which one", '為什麼不一定，到底是哪一個'])('%s', (text) => expect(asksWhy(text)).toBe(true));
  it.each(['why is signaling different from media?', 'why are there two kinds of Edge Server', '為什麼需要兩台 Edge Server', 'why does it depend on the organizer', 'why would it vary by region?', '為什麼要看主持人是誰'])('not %s', (text) => expect(asksWhy(text)).toBe(false));
});
