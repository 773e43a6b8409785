// A correction that moves a meeting from another company to one of our own people, said by a title of any trade
// (session 62's dev conversations: "hosted by our own chief of medicine", 「會議是我們總部的區經理發的」 kept the other
// company's meeting, and its Internet paths were given):
// - "by our own <title>": "our own" says one of ours, whatever the title (titles of more than one word too);
// - 「會議是我們…的<title>發的」: the meeting first, a title of ours after where they work, 發 for sending its invite.
// The organizer is then homed as our users are: Online in an Online deployment.
// Near misses: someone of another company (「我們客戶的經理」, "our client's own director") is no one of ours.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const OPENING: Record<Locale, string> = {
  en: "We're on Skype for Business Online. Our planner joins a site meeting hosted by the contractor on their own on-prem Skype servers, from our office network. Paths?",
  'zh-TW': '我們用 Skype Online。企劃在公司網路上參加包商的會議，包商是在他們自己的地端伺服器上開的。路徑？',
};

const CORRECTIONS: Array<[Locale, string]> = [
  ['en', 'correction: the site meeting is hosted by our own head of facilities, not the contractor'],
  ['en', 'sorry, it was organized by our own quality lead'],
  ['zh-TW', '更正一下，那場會議是我們總部的工務主任發的'],
  ['zh-TW', '不好意思，會議是我們自己的專案經理開的'],
  // A new organizer in a what-if or a correction (conv64v, conv66v, dev sets: nothing changed, or not understood): named
  // after "by" with a title, team or side of ours beside the name; "our own <title>" before the verb; 我們 right
  // before the title, 的 left out.
  ['en', 'my mistake, the site meeting is hosted by Teresa, our head of facilities, not the contractor'],
  ['en', "actually it's set up by Marek in our planning team"],
  ['en', 'and if our own surveyor had set it up instead?'],
  ['zh-TW', '那如果換成我們廠長召集的會議呢？'],
];

describe.each(CORRECTIONS)('%s: %s after another company\'s meeting', (locale, text) => {
  it('makes it our meeting, hosted Online', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(OPENING[locale]);
    expect(kindOf(first, locale)).toBe('answer');
    expect((await conversation.session()).scenario.organizer).toBe('otherCompany');
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'conference', organizer: 'online', location: 'customerNetwork' });
  });
});

describe('near misses: another company\'s people', () => {
  it.each(['the meeting is hosted by our client’s own director', '會議是我們客戶的經理發的', '那場會議是我們廠商的主任開的'])('%s names no one of ours', (text) => {
    expect(recognizer.recognize(text).organizerParty?.who).not.toBe('ours');
  });
});

describe('near misses: a name after "by" that is not one of ours', () => {
  it.each(['what if it is hosted by Dana, our vendor contact?', 'the meeting is organized by Dana'])('%s: a person, not described as ours', (text) => {
    expect(recognizer.recognize(text).organizerParty).toMatchObject({ who: 'person', name: 'Dana' });
    expect(recognizer.recognize(text).organizerParty).not.toHaveProperty('described');
  });
  it.each(['the meeting is hosted by Microsoft in the cloud', 'our own pool hosts the meeting'])('%s: no person', (text) => {
    expect(recognizer.recognize(text).organizerParty).toBeUndefined();
  });
});
