// Who organizes a meeting, said with a title of ours before the name (「會議是業務助理小琪發的」: 發 before 的 is
// sending the invitation, organizing it), is one of ours: in an all-Online company the meeting is hosted Online, not
// asked. And a pronoun right after the person who joins ("the director says he's at home", 「課長說他在家」) is that
// person: beside an organizer named, the place is where the one joining is, not the organizer's. Found on the dev
// conversations conv62v: the organizer was asked, and once it was read the joiner's place was dropped and asked.
// Near misses: another company's title (「廠商業務經理」) says no organizer of ours; a pronoun in a clause of its own
// beside the organizer named is still the organizer's.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { afterTurns } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const ONLINE_MEETING: PartialScenario = { deployment: 'online', callType: 'conference' };

const CASES: [string, Locale, string[], PartialScenario, 'answer' | 'question'][] = [
  ['職稱在名字前，發的會議', 'zh-TW', ['我們用 Skype Online。經理在辦公室參加會議，會議是業務助理小琪發的。經理的路徑？'], { ...ONLINE_MEETING, location: 'customerNetwork', organizer: 'online' }, 'answer'],
  ['說他在家的是參加的人', 'zh-TW', ['我們全公司都是 Skype Online。課長說他今天在家參加週會，週會是行政專員怡安發的，課長的路徑？'], { ...ONLINE_MEETING, location: 'internet', organizer: 'online' }, 'answer'],
  ['then a place corrected', 'zh-TW', ['我們全公司都是 Skype Online。課長說他今天在家參加週會，週會是行政專員怡安發的，課長的路徑？', '不對，他其實是在辦公室參加的'], { ...ONLINE_MEETING, location: 'customerNetwork', organizer: 'online' }, 'answer'],
  ['the joiner says where he is', 'en', ["We're all on Skype Online. The director says he's at home for the meeting Dana organized. His paths?"], { ...ONLINE_MEETING, location: 'internet' }, 'answer'],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario, reply) => {
  const { cards, session: { scenario: now } } = await afterTurns(recognizer, locale, turns);
  expect(now).toMatchObject(scenario);
  expect(kindOf(cards.at(-1)!, locale) === 'answer').toBe(reply === 'answer');
});

const READINGS: [string, string][] = [
  ['我們用 Skype Online。經理在辦公室參加會議，會議是業務助理小琪發的。', '小琪'],
  ['週會由行政專員怡安發的，我在家參加', '怡安'],
  ['我在公司參加怡安發的會議', '怡安'],
];

it.each(READINGS)('%s: organized by %s', (text, name) => {
  expect(recognizer.recognize(text).organizerParty).toMatchObject({ who: 'person', name });
});

it('near miss: 「廠商業務經理」 is no organizer of ours', async () => {
  const { session: { scenario: now } } = await afterTurns(recognizer, 'zh-TW', ['我們全公司都是 Skype Online。經理在辦公室參加會議，會議是廠商業務經理阿德發的。經理的路徑？']);
  expect(now.organizer).not.toBe('online');
});

it('near miss: a clause of its own about "he" beside the organizer named is the organizer\'s', async () => {
  const recognition = recognizer.recognize("We're hybrid. Dana organized the meeting, he is homed on-prem");
  expect(recognition.organizerParty).toMatchObject({ who: 'person', name: 'Dana', homing: 'onPremises' });
});
