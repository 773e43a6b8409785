// Someone who dials into the meeting on screen by phone ("what about the guy dialing in from his mobile?", 「那用手機
// 撥號進會議的那位呢？」): the article has no flow for joining a conference from a phone (its PSTN rows are calls a
// Skype for Business user places), so that is said and no path guessed; the user's meeting answer stays. The blind
// class set class-followup-A (fu-en-14 t3) saw the meeting turned into the user's PSTN call. Near misses: a PSTN call
// the user places instead of the meeting, and joining the meeting in the Skype app on a phone (a place), still change
// the call as before.
import { t } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { meetingAnswered } from './harness';
import { allText } from './cardReading';

const recognizer = createRecognizer();


describe.each([
  ['en', 'what about the guy dialing in from his mobile?'],
  ['en', 'and someone who phones into the meeting from his cell?'],
  ['en', 'one attendee calls in from a landline, what is his path?'],
  ['en', 'what if a participant dials into the conference by phone?'],
  ['zh-TW', '那用手機撥號進會議的那位呢？'],
  ['zh-TW', '有一位同事用市話撥入會議，他的路徑呢？'],
  ['zh-TW', '如果有人打電話進來參加會議呢？'],
] as const)('%s: someone dialing into the meeting by phone: %s', (locale, text) => {
  it('says the article has no flow for it and keeps the meeting', async () => {
    const { conversation, before } = await meetingAnswered(recognizer, locale);
    const [reply] = await conversation.say(text);
    expect(allText(reply)).toContain(t(locale, 'dialog.phoneDialIn'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

describe.each([
  ['en', 'what if I call a mobile number instead?'],
  ['en', 'and if she joins the meeting from her mobile on 4G?'],
  ['zh-TW', '如果改成我打外線給客戶的手機呢？'],
  ['zh-TW', '如果她在家用手機 app 參加會議呢？'],
] as const)('%s near miss: %s', (locale, text) => {
  it('is read as before, no dial-in notice', async () => {
    const { conversation } = await meetingAnswered(recognizer, locale);
    const [reply] = await conversation.say(text);
    expect(allText(reply)).not.toContain(t(locale, 'dialog.phoneDialIn'));
  });
});
