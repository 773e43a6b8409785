// A correction or what-if about the organizer after a meeting card, the organizer named in a relative clause ("a
// meeting Priya set up", "the sync Priya is running", 「小美排的會議」): the organizer's homing changes, never the
// user's. Two blind judges saw "Priya is on the on-prem pool" after "a meeting Priya set up" read as the user's
// homing, the user already on-prem: "That doesn't change anything". Near misses: the writer's own homing said again
// is still the user's; "Priya is running late" runs no meeting. Where the organizer is, said by the role ("the
// organizer is at home", 「主辦人在家」: was not understood), shows the organizer's own paths and leaves the user's.
import type { PartialScenario } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { saidIn } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const HYBRID_MEETING: PartialScenario = { deployment: 'hybrid', callType: 'conference', location: 'customerNetwork' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['set up, a correction', 'en', ["Hybrid. I'm homed on-prem, in the office, joining a meeting Priya set up, she's an Online user. Paths?", 'correction: Priya is on the on-prem pool'], { ...HYBRID_MEETING, homing: 'onPremises', organizer: 'onPremises' }],
  ['booked, a what-if', 'en', ["We're hybrid. I'm on an on-prem account, in the office, joining a review Kenji booked; Kenji is homed Online. Which paths?", 'what if Kenji is still on the on-prem servers?'], { ...HYBRID_MEETING, homing: 'onPremises', organizer: 'onPremises' }],
  ['is running, said as actually', 'en', ["Hybrid tenant. I'm on-prem, at my desk in HQ, joining the sync Priya is running; she's an Online user. Paths?", 'Priya is on-prem actually'], { ...HYBRID_MEETING, homing: 'onPremises', organizer: 'onPremises' }],
  ['arranged, moved to Online', 'en', ["Hybrid. I'm homed online, in the office, joining the call Marek arranged. Marek is on-prem. Paths?", "what if he's been moved to Online"], { ...HYBRID_MEETING, homing: 'online', organizer: 'online' }],
  ['near miss: the writer said again', 'en', ["Hybrid. I'm homed on-prem, in the office, joining a meeting Priya set up, she's an Online user. Paths?", "correction: I'm actually homed Online"], { ...HYBRID_MEETING, homing: 'online', organizer: 'online' }],
  ['near miss: running late', 'en', ["Hybrid. I'm homed on-prem, in the office, joining a meeting organized by an Online user; Priya is running late. Paths?", 'what if the organizer is on-prem?'], { ...HYBRID_MEETING, homing: 'onPremises', organizer: 'onPremises' }],
  ['排的會議，她', 'zh-TW', ['混合式部署。我是地端帳號，在辦公室參加小美排的會議，她是線上使用者。路徑？', '如果她其實在地端呢？'], { ...HYBRID_MEETING, homing: 'onPremises', organizer: 'onPremises' }],
  ['約的會，名字', 'zh-TW', ['混合式部署。我是線上帳號，在公司參加 Amy 約的會，Amy 是地端帳號。路徑？', 'Amy 其實已經搬到線上了'], { ...HYBRID_MEETING, homing: 'online', organizer: 'online' }],
  ['near miss：說的是自己', 'zh-TW', ['混合式部署。我是地端帳號，在辦公室參加小美排的會議，她是線上使用者。路徑？', '更正：我其實是線上帳號'], { ...HYBRID_MEETING, homing: 'online', organizer: 'online' }],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns) await conversation.say(text);
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});

const ONLINE_MEETING: Record<Locale, string> = {
  en: "All Online. I'm in the office joining a meeting organized by an Online user. Paths?",
  'zh-TW': '全部都是 Online。我在公司參加線上使用者開的會。路徑？',
};

describe.each([
  ['en', 'the organizer is at home', true],
  ['en', 'what if the organiser is working from a hotel?', true],
  ['zh-TW', '主辦人在家', true],
  ['zh-TW', '如果召集人在咖啡廳呢？', true],
  ['en', 'what if I am at home?', false],
  ['zh-TW', '如果我在家呢？', false],
] as [Locale, string, boolean][])('%s: %s after a meeting card', (locale, text, organizers) => {
  it(organizers ? "shows the organizer's own paths, the user's unchanged" : 'moves the user', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ONLINE_MEETING[locale]);
    const replies = await conversation.say(text);
    expect(saidIn(replies).includes(t(locale, 'dialog.organizersPaths'))).toBe(organizers);
    expect((await conversation.session()).scenario.location).toBe(organizers ? 'customerNetwork' : 'internet');
  });
});
