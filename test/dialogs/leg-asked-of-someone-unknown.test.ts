// One leg asked of someone whose side is not known ("just the media for the lab tech", "only his signaling then")
// is no question about the paths on screen: in a call between two people whom it means is asked, and after the
// writer's own meeting answer (the writer is the user) someone else's leg is not answered with the writer's paths
// (conv66v, conv68v, dev sets: the other one's paths were shown). Near misses: the writer's own leg, and a leg asked
// of someone known, are still answered.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { allText, kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CALL: Record<Locale, string> = {
  en: 'We are on Skype for Business Online. The courier at a café on public wifi calls the warehouse; the stock clerk there is on our LAN.',
  'zh-TW': '我們是 Skype for Business Online。外送員在咖啡店用公共 wifi 打給倉庫，倉庫的理貨員在我們內網。',
};

const MEETING: Record<Locale, string> = {
  en: 'Everyone here is on Skype Online. I am joining one of our meetings from a hotel in Lisbon. My paths?',
  'zh-TW': '我們全部都是 Skype Online。我在里斯本的飯店加入公司的會議，我的路徑怎麼走？',
};

const LEG_OF_UNKNOWN: [Locale, string, string][] = [
  ['en', 'call', 'just the media for the stock clerk'],
  ['en', 'call', 'only the signaling for the night porter?'],
  ['en', 'meeting', 'just his media then?'],
  ['en', 'meeting', 'only her signaling - ER?'],
  ['zh-TW', 'meeting', '那他的媒體呢？'],
];

describe.each(LEG_OF_UNKNOWN)('%s: after the %s answer, %s', (locale, kind, text) => {
  it('is not answered with the paths on screen', async () => {
    const conversation = startConversation({ recognizer, locale });
    const first = await conversation.say(kind === 'call' ? CALL[locale] : MEETING[locale]);
    expect(first.map((card) => kindOf(card, locale))).toContain('answer');
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    expect(replies.map((card) => kindOf(card, locale))).not.toContain('answer');
    if (kind === 'call') expect(replies.map(allText).join(' ')).toContain(t(locale, 'dialog.whichParty'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

const STILL_ANSWERED: [Locale, string, string][] = [
  ['en', 'meeting', 'just my media then?'],
  ['en', 'meeting', 'only the media for me'],
  ['zh-TW', 'meeting', '那我的媒體呢？'],
  ['en', 'call', 'just the media for the call'],
];

describe.each(STILL_ANSWERED)('%s: after the %s answer, %s', (locale, kind, text) => {
  it('is answered', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(kind === 'call' ? CALL[locale] : MEETING[locale]);
    const replies = await conversation.say(text);
    expect(replies.map((card) => kindOf(card, locale))).toContain('answer');
  });
});
