// A thanks or a closing remark after a triage card (the helpdesk path: "we expect X but see Y") gets the short
// acknowledgement, never the card again (a blind judge saw the whole card repeated after "thanks" in four
// conversations). Near misses: a remark that adds a fact of the call, or asks something, is still a triage turn.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { TRIAGED, startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const EXPECTED_BUT_SEEN: Record<Locale, string> = {
  en: 'Online user at the branch office calls a PSTN number; we expect the media over ExpressRoute but we see it on the Internet. Why?',
  'zh-TW': '我們全部 Skype Online，分公司的使用者打 PSTN 電話，我們預期媒體走 ExpressRoute，但看到是走網際網路。為什麼？',
};

const TRACERT_SEEN: Record<Locale, string> = {
  en: 'Online deployment, PSTN call from the office, but tracert shows the media going out the ISP, not ER. normal?',
  'zh-TW': '全部都是 Online，在辦公室打 PSTN 電話，可是 tracert 看到媒體走 ISP 出去，不是 ER。正常嗎',
};

const OPENINGS = [
  ['a tracert seen', TRACERT_SEEN],
  ['an expectation and a sighting', EXPECTED_BUT_SEEN],
] as const;

describe.each([
  ['en', 'thanks', 'dialog.thanks'],
  ['en', 'ok thank you, that helps a lot', 'dialog.thanks'],
  ['en', "cheers, I'll pass this to the network team", 'dialog.thanks'],
  ['en', 'ok', 'dialog.ok'],
  ['zh-TW', '謝謝', 'dialog.thanks'],
  ['zh-TW', '了解，感謝', 'dialog.thanks'],
  ['zh-TW', '好，我再去問網管', 'dialog.ok'],
] as const)('%s: %s', (locale, text, key) => {
  it.each(OPENINGS)('after a triage card (%s): a short reply, no card again, nothing changes', async (_on, opening) => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(opening[locale]);
    expect(kindOf(card, locale)).toBe('triage');
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(locale, key));
    expect(replies.map((reply) => kindOf(reply, locale))).not.toContain('triage');
    expect(await conversation.session()).toEqual(before);
  });
});

// Near misses: a triage still asking keeps its question on screen; a thanks that adds a fact of the call moves it.
const TRIAGE_ASKING: Record<Locale, string> = {
  en: TRIAGED.en,
  'zh-TW': '使用者在辦公室加入會議，我們全部 Skype Online，可是 tracert 看到走 ISP 出去，不是 ER。正常嗎',
};

it.each([
  ['en', 'thanks'],
  ['zh-TW', '謝謝'],
] as const)('%s: %s with a triage question on screen asks the question again', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  const [question] = await conversation.say(TRIAGE_ASKING[locale]);
  expect(kindOf(question, locale)).toBe('question');
  const replies = await conversation.say(text);
  expect(saidIn(replies)).toContain(t(locale, 'dialog.thanks'));
  expect(kindOf(replies.at(-1)!, locale)).toBe('question');
});

it.each([
  ['en', "thanks, I'll tell him he was at home that day"],
  ['zh-TW', '謝謝，其實那天使用者在家'],
] as const)('%s: a thanks that adds a fact after a triage card is no mere acknowledgement: %s', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(TRACERT_SEEN[locale]);
  const before = await conversation.session();
  const replies = await conversation.say(text);
  expect(saidIn(replies)).not.toContain(t(locale, 'dialog.thanks'));
  expect(await conversation.session()).not.toEqual(before);
});
