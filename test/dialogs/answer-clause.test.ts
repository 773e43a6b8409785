// A bare clause answers the question on screen, the rest of the message is the writer's own. Found by the blind judge
// of convs7 (c7-13): asked who organized the meeting, 「Online，我在辦公室」 made "Online" the writer's homing and the
// organizer was asked again. Near misses: the writer saying it of themselves ("I'm Online"), and a clause whose value
// the question does not offer, keep their reading.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { questionOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const MEETING: Record<Locale, string> = {
  en: 'does the audio of a meeting go over ER?',
  'zh-TW': '開會的時候音訊會走 ER 嗎？',
};

const CASES: [Locale, string, PartialScenario][] = [
  ['zh-TW', 'Online，我在辦公室', { organizer: 'online', location: 'customerNetwork' }],
  ['zh-TW', '地端，我在家', { organizer: 'onPremises', location: 'internet' }],
  ['en', "online, I'm in the office", { organizer: 'online', location: 'customerNetwork' }],
  ['en', "on-prem. I'm at home today", { organizer: 'onPremises', location: 'internet' }],
  // Near misses: said of the writer, it is the writer's homing.
  ['zh-TW', '我是 Online，在辦公室', { homing: 'online', location: 'customerNetwork' }],
  ['en', "I'm homed online and in the office", { homing: 'online', location: 'customerNetwork' }],
];

describe.each(CASES)('%s: asked who organized the meeting, %s', (locale, text, expected) => {
  it(`reads ${JSON.stringify(expected)}`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [asked] = await conversation.say(MEETING[locale]);
    expect(questionOf(asked).slot).toBe('organizer');
    await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject(expected);
    if (expected.organizer === undefined) expect((await conversation.session()).scenario.organizer).toBeUndefined();
    else expect((await conversation.session()).scenario.homing).toBeUndefined();
  });
});

// After a clause about the writer, a bare clause goes on about the writer: asked where the colleague called is,
// 「我在排班室，公司內網」 puts the writer on our network and still asks where the colleague is.
const PEER_CALL: Record<Locale, string> = {
  en: 'I skype a colleague, which way does the call go? we are on Skype Online',
  'zh-TW': '我用 Skype 打給同事，會怎麼走？我們是 Skype Online',
};

const AFTER_THE_WRITER: [Locale, string][] = [
  ['zh-TW', '我在值班室，公司內網'],
  ['en', "I'm in the control room, corporate LAN"],
];

describe.each(AFTER_THE_WRITER)('%s: asked where the colleague is, %s', (locale, text) => {
  it("is the writer's place, and the colleague is asked again", async () => {
    const conversation = startConversation({ recognizer, locale });
    const [asked] = await conversation.say(PEER_CALL[locale]);
    expect(questionOf(asked).slot).toBe('peer');
    const [next] = await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject({ location: 'customerNetwork' });
    expect((await conversation.session()).scenario.peer).toBeUndefined();
    expect(questionOf(next).slot).toBe('peer');
  });
});
