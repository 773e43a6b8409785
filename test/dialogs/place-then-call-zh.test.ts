// 「在家打呢？」「那在公司打呢」「在飯店打的話」 after an answer: the bare verb of calling (打, 撥) right after a place says
// where the one there calls from, which a place in a call question already says: a what-if of the writer's place when
// nobody else is named. Session 53's blind conversations got "not a question about call flows": 打 was a word the
// vocabulary did not know, so the place was dropped with it. 打 there is no call type and no call with anyone: the
// colleague who calls out from a hotel is still on the PSTN call (pstn-caller-named.test.ts), and someone never named
// who calls from somewhere never moves the writer.
import { createRecognizer } from '../../src/nlu';
import type { Location, PartialScenario } from '../../src/engine';
import { ANSWERED, startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();
const FROM_HOME = '我們全部用 Skype Online，我在家撥外線電話，路徑怎麼走？';

describe.each([
  [ANSWERED['zh-TW'], '在家打呢？', 'internet'],
  [ANSWERED['zh-TW'], '那如果在機場打的話呢？', 'internet'],
  [ANSWERED['zh-TW'], '那在捷運上撥的話呢？', 'internet'],
  [ANSWERED['zh-TW'], '那我在飯店打的時候呢？', 'internet'],
  [FROM_HOME, '在公司打呢？', 'customerNetwork'],
  [FROM_HOME, '那回辦公室打的話', 'customerNetwork'],
  [FROM_HOME, '改成在公司打呢', 'customerNetwork'],
  // Going back to a place that could be anyone's is going back to work (session 57, callzh57): 回 before it.
  [FROM_HOME, '那回補習班打的話呢？', 'customerNetwork'],
  [FROM_HOME, '如果回安親班打呢', 'customerNetwork'],
  [FROM_HOME, '改成回到診所打呢？', 'customerNetwork'],
] as [string, string, Location][])('after %s: %s', (opening, followUp, location) => {
  it('answers again with the writer there', async () => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    const [first] = await conversation.say(opening);
    expect(kindOf(first, 'zh-TW')).toBe('answer');
    const before = (await conversation.session()).scenario;
    expect(before.location).not.toBe(location);
    const [card] = await conversation.say(followUp);
    expect(kindOf(card, 'zh-TW')).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, location });
  });
});

describe('near misses', () => {
  const CCE_PSTN: PartialScenario = { deployment: 'cloudConnector', callType: 'pstn' };
  it.each([
    // The colleague who calls out is the one the answer is for: still a PSTN call, from the hotel.
    ['the colleague who called out, from a hotel', ['我們是 CCE 雲端連接器，採購部同事在總公司打外線給供應商，路徑？', '那同事出差在旅館打呢'], { ...CCE_PSTN, location: 'internet' }],
    // Someone never named: the writer stays where they were.
    ['someone never named, from a hotel', ['我們是 CCE 雲端連接器，採購部同事在總公司打外線給供應商，路徑？', '那如果阿明在旅館打呢'], { ...CCE_PSTN, location: 'customerNetwork' }],
    // The one called, calling back from home: the other party's place, the call still peer-to-peer.
    ['the colleague called, from home', ['全部都是 Online，我在公司打給同事，路徑怎麼走？', '那同事在家打呢？'], { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' }],
  ] as [string, string[], PartialScenario][])('%s', async (_name, turns, scenario) => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    for (const text of turns) await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject(scenario);
  });

  it('「打呢？」 alone names no place and changes nothing', async () => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    await conversation.say(ANSWERED['zh-TW']);
    const before = (await conversation.session()).scenario;
    await conversation.say('打呢？');
    expect((await conversation.session()).scenario).toEqual(before);
  });

  it.each(['在家打電動呢', '我在公司打卡呢'])('%s: another verb after the place is no call', (text) => {
    expect(recognizer.recognize(text).slots.callType).toBeUndefined();
  });
});
