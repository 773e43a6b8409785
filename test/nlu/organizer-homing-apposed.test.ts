// The organizer's homing said in an aside right after them: "the organiser is Tomas, an Online user" (a person word
// with a homing, set off by a comma, describes the one before it, appositiveNames.ts; alone "an Online user" is the
// writer), "(organizer Mr. Osei, also an Online user)" (the name past its honorific is the one the organizer word
// names), and 「處長（帳號還在地端）發了一場預算檢核會議」 (characters the lexicon does not know before the meeting are one
// word of a set-up verb's reach). All were asked back for the organizer.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slotsOf = (text: string, locale: 'en' | 'zh-TW') => recognizer.recognize(text, locale).slots;

describe("the organizer's homing said in an aside after them", () => {
  it.each([
    ['en', "Hybrid setup. I'm on the on-prem pool and join from the plant LAN. The organiser is Tomas, an Online user. Which path for media?", 'online'],
    ['en', "Hybrid. The budget sync was set up by Ingrid, an on-prem user, and I'm homed in Online, joining from head office. Signaling path?", 'onPremises'],
    ['en', "We're hybrid and I'm homed on-prem, at my desk in the office. Planning call (organizer Mr. Osei, also an Online user). Media?", 'online'],
    ['en', "Hybrid. I'm Online-homed, working from HQ on the corporate network. Tomorrow's audit review (organiser Prof. Lindqvist, homed on-prem). Signaling?", 'onPremises'],
    ['zh-TW', '混合式部署。我是 Online 帳號，在公司內網。處長（帳號還在地端）發了一場預算檢核會議，訊號怎麼走？', 'onPremises'],
    ['zh-TW', '我們是混合式，我帳號在地端，人在辦公室。總監（Online 帳號）開了一場季度排練會議，媒體走哪？', 'online'],
  ])('%s: %s', (locale, text, organizer) => {
    const slots = slotsOf(text, locale as 'en' | 'zh-TW');
    expect(slots.organizer).toBe(organizer);
    // The writer's own homing stays theirs.
    expect(slots.homing).toBe(organizer === 'online' ? 'onPremises' : 'online');
  });
});

describe('near misses: the homing is not the organizer’s', () => {
  it.each([
    // Someone called, not organizing, described the same way.
    ['en', 'Hybrid. I call Tomas, an Online user, from the office. Path?'],
    ['zh-TW', '混合式。我在公司內網，帳號是 Online。處長（帳號在地端）發了一封排練取消的通知信。媒體走哪？'],
  ])('%s: %s', (locale, text) => {
    expect(slotsOf(text, locale as 'en' | 'zh-TW').organizer).toBeUndefined();
  });

  it('a sentence of its own after the organizer is the writer’s', () => {
    const slots = slotsOf('Hybrid. The organizer is Tomas. I am an Online user at HQ. Path?', 'en');
    expect(slots.organizer).toBeUndefined();
    expect(slots.homing).toBe('online');
  });
});
