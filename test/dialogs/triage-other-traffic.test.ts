// "And his signaling?", 「那他的訊號呢？」 while a triage of what was seen of the media is on screen: the path the article
// describes for the traffic nobody saw, with its reasons, and the triage kept. The blind judge of convs12 found the
// same triage card shown again (c12-20 t3). A question about the traffic that was seen, and a fact said, stay the triage's.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { allText } from './cardReading';

const recognizer = createRecognizer();

/** A triage of the media seen: an on-premises user outside joins an Online meeting, media seen through our Edge and ER. */
const MEDIA_SEEN: Record<Locale, string> = {
  en: 'Hybrid deployment. Our rep is homed on-prem and joined an Online-hosted meeting from a customer site. The capture shows his media going through our own Edge and then over ER into the cloud. Expected?',
  'zh-TW': '混合式部署，業務阿明是地端使用者，在客戶那邊參加線上使用者開的會議。監控看到他的媒體先經過我們自己的 Edge，然後走 ER 進雲端，這樣合理嗎？',
};

const whyText = (replies: unknown[], locale: Locale) => replies.map((card) => allText(card as never)).find((text) => text.includes(t(locale, 'why.title')));
const lead = (locale: Locale, traffic: 'media' | 'signaling') => t(locale, 'why.leg', { traffic: t(locale, `traffic.${traffic}.name`), server: '' }).split(/[:：]/)[0];

describe.each([
  ['en', 'and his signaling?'],
  ['en', 'what about the signaling?'],
  ['en', 'ok, and signalling?'],
  ['zh-TW', '那他的訊號呢？'],
  ['zh-TW', '訊號呢'],
  ['zh-TW', '他的訊號走哪？'],
] as const)('%s: %s in a triage of the media', (locale, text) => {
  it('gives the signaling path the article describes, with its reasons, and keeps the triage', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEDIA_SEEN[locale]);
    const before = await conversation.session();
    expect(before.triage?.observations.map((seen) => seen.traffic)).toEqual(['media']);
    const replies = await conversation.say(text);
    const why = whyText(replies, locale);
    expect(why).toContain(t(locale, 'dialog.whyExpected'));
    expect(why).toContain(lead(locale, 'signaling'));
    expect(why).not.toContain(lead(locale, 'media'));
    expect(await conversation.session()).toEqual(before);
  });
});

describe.each([
  ['en', 'and his media?'],
  ['zh-TW', '那媒體呢？'],
  ['en', 'and the signaling also went over ER'],
  ['zh-TW', '訊號也是走 ER 進雲端'],
] as const)('%s near miss: %s', (locale, text) => {
  it('is no why of the expected path', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEDIA_SEEN[locale]);
    const replies = await conversation.say(text);
    expect(whyText(replies, locale)).toBeUndefined();
  });
});
