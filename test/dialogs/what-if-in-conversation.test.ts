// What-ifs put later in a conversation that were read as nothing or lost a fact (session 56's dev conversations):
// - a condition that is the whole sentence, in the subjunctive ("and if she were back at the depot on our network?"):
//   no other clause weighs it, so it puts the case to answer as "what if she were ..." does;
// - a place of ours said of someone going back to it (「如果他回到館內網路呢」): where that person is, not the segment
//   "your network" asked about (read so, the place was dropped and the message not understood);
// - a what-if that turns a meeting into a call with its organizer, both in one place ("what if I called the director
//   directly instead, both of us on the LAN?"): the organizer is the other party, homed as the organizer was; their
//   place was dropped and asked, and with the writer named too their homing was asked.
// Near misses: a subjunctive condition weighed by a clause of its own is still only asked about
// (subjunctive-what-if.test.ts); "what is your network?" still asks what the segment is.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

/** Someone of ours calling out from a hotel, Cloud Connector: the PSTN case answered. */
const CALLING_OUT: Record<Locale, string[]> = {
  en: ['We run Cloud Connector. Our courier rings a customer\'s landline from a hotel on its wifi. Which paths?'],
  'zh-TW': ['我們用 Cloud Connector。我們的快遞員在飯店連 Wi-Fi 打客戶的市話，路徑？'],
};

const BACK_IN: Array<[Locale, string]> = [
  ['en', 'and if he were back at the depot on our network?'],
  ['en', 'so if he were in the office again?'],
  ['en', 'but if he were back on the corporate LAN?'],
  ['zh-TW', '如果他回到館內網路呢'],
  ['zh-TW', '那如果他回到所裡用館內網路呢？'],
];

describe.each(BACK_IN)('%s: %s after a call out from a hotel', (locale, text) => {
  it('answers for him back on our network, the rest kept', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(CALLING_OUT[locale][0]);
    expect(kindOf(first, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    expect(before.location).toBe('internet');
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, location: 'customerNetwork' });
  });
});

describe('near misses', () => {
  it.each([
    'so if he were at home, would anything change?',
    'if she were in the office, would the media still go over the internet?',
  ])('%s: weighed by a clause of its own, no place read', (text) => {
    expect(recognizer.recognize(text).slots.location).toBeUndefined();
  });
  it.each(['what is your network?', '「您的網路」是指什麼？'])('%s still asks what the segment is', (text) => {
    expect(recognizer.recognize(text).intent).toBe('explain');
  });
});

/** Someone of ours joining a meeting organized by someone Online; then the call with that organizer instead. */
const MEETINGS: Array<[Locale, string, string]> = [
  ['en', "We're hybrid, I'm an on-prem user joining a meeting from the office network. Dana organized it; Dana is an online user. Which paths?", 'what if I called Dana directly instead, both of us on the LAN?'],
  ['en', "We're hybrid, I'm an on-prem user joining a meeting from the office network. Dana organized it; Dana is an online user. Which paths?", 'and if I rang Dana one to one, both in the office?'],
  ['en', 'Hybrid here. Our buyer is homed on-prem and joins a meeting from the warehouse LAN. The meeting was set up by our director, who is an online user. Paths?', 'what if she called the director directly instead, both on the LAN?'],
  ['zh-TW', '混合式部署。我的帳號在地端，從辦公室連公司網路參加 Dana 召開的會議，Dana 是線上帳號。路徑？', '如果我改成直接打給 Dana，兩個人都在辦公室呢'],
  ['zh-TW', '混合式部署。採購員是地端帳號，在倉庫連公司網路加入一場會議，會議是總部的處長安排的，處長是線上帳號。路徑？', '如果採購員改成直接打給處長，兩人都在倉庫'],
];

describe.each(MEETINGS)('%s: after %s, %s', (locale, opening, text) => {
  it('makes the organizer the other party, in the place both share, homed as the organizer', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(opening);
    expect(kindOf(first, locale)).toBe('answer');
    const replies = await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork', peerHoming: 'online' });
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
  });
});

describe.each([
  ['en', MEETINGS[0][1], 'what if I phoned Dana directly instead, both of us in the office?', 'and for Dana?'],
  ['zh-TW', MEETINGS[3][1], '那如果改成我直接打給 Dana，兩人都在辦公室', '那 Dana 呢'],
] as const)('%s: the organizer called instead, then asked after', (locale, opening, whatIf, followUp) => {
  it('answers for the organizer as the other party', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(opening);
    await conversation.say(whatIf);
    const replies = await conversation.say(followUp);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).people).toMatchObject({ Dana: 'peer' });
  });
});
