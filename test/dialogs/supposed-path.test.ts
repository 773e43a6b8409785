// A path asked about or assumed ("media goes via ER, right?", 「所以要擔心的是網際網路頻寬不是 ER？」, "so on-prem users
// never use ER?") is no path seen: the blind judge of convs8 found such questions turned into an observed path and a
// troubleshooting card (c8-12 t4, c8-15 t4, c8-18 t1-t3). The question is answered with the path the article gives
// for the call, and said to be that; a path someone saw (a capture, a report, what should be against what is, a why
// about it) still starts a triage.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

// A conclusion drawn from the answer ("so …?", 「所以…」) naming one path is answered yes or no from the answer's paths
// (path-asked.test.ts): still no triage, nothing changed.
describe.each([
  ['en', 'so the media goes over ER, right?', 'yes'],
  ['en', 'so signaling never uses the Internet?', 'yes'],
  ['zh-TW', '所以媒體是走 ER 對吧？', 'yes'],
  // One path set against another asks of the first (path-asked.test.ts): the Internet, which this call does not take.
  ['zh-TW', '所以要擔心的是網際網路頻寬不是 ER？', 'no'],
] as const)('%s after an answer: %s', (locale: Locale, text, verdict) => {
  it('says yes or no from the path the article gives, no triage', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(locale, `dialog.pathAsked.${verdict}`, { paths: '' }).trim());
    const after = await conversation.session();
    expect(after.triage).toBeUndefined();
    expect(after.scenario).toEqual(before);
  });
});

describe.each([
  ['en', 'media goes via ExpressRoute, correct?'],
  ['zh-TW', '所以訊號也是走 ER 吧'],
] as const)('%s after an answer: %s', (locale: Locale, text) => {
  it('answers with the path the article gives, no triage', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect(saidIn(replies)).toContain(t(locale, 'dialog.supposedPath'));
    const after = await conversation.session();
    expect(after.triage).toBeUndefined();
    expect(after.scenario).toEqual(before);
  });
});

describe.each([
  ['en', 'our capture shows the media going over the Internet?'],
  ['en', 'it should go over ER but the audio takes the Internet?'],
  ['en', 'users report the audio goes over the Internet, is that expected?'],
  ['zh-TW', '抓包看到媒體走網際網路？'],
  ['zh-TW', '應該走 ER，但語音卻走網際網路？'],
] as const)('%s near miss, a path seen: %s', (locale: Locale, text) => {
  it('still starts a triage', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const replies = await conversation.say(text);
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.supposedPath'));
    expect((await conversation.session()).triage).toBeDefined();
  });
});

describe.each([
  ['en', 'two colleagues in the office on a 1:1 Skype call, media goes over ER to Microsoft and back, right?'],
  ['zh-TW', '兩個同事都在辦公室用 Skype 一對一通話，媒體一定是走 ER 到微軟再回來吧？'],
] as const)('%s first message: %s', (locale: Locale, text) => {
  it('answers it (media between two clients in the office stays local), with no path observed', async () => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect(saidIn(replies)).toContain(t(locale, 'dialog.supposedPath'));
    expect((await conversation.session()).triage).toBeUndefined();
  });
});
