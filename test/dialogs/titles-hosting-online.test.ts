// A meeting one of ours organizes, in a deployment where everyone of ours is Online, is hosted Online: the organizer
// is not asked. Found in session 57's blind conversations (conv57, a dev set): a farm's 場長 (like 社長, 隊長) was no
// person word, so the meeting they opened had nobody of ours organizing it, and who organized it was asked. 記者 was
// left out: it is also a word of places ("記者席", the press seats), and as a person it put a reporter there. The
// English case uses a title the vocabulary knows, as a guard.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { afterTurns } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const ONLINE_MEETING: PartialScenario = { deployment: 'online', callType: 'conference', organizer: 'online' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['場長 opens a meeting', 'zh-TW', ['Skype Online，有 ER。場長在牧場辦公室（公司網路），小陳今天在家。場長開了一場會議，兩個人都要進來。場長的路徑？'], { ...ONLINE_MEETING, location: 'customerNetwork' }],
  ['社長 opens a meeting', 'zh-TW', ['我們全部是 Online。社長在辦公室，連公司內網，社長開了一場會議，三個編輯都要加入。社長自己的媒體怎麼走？'], { ...ONLINE_MEETING, location: 'customerNetwork' }],
  ['隊長 opens a meeting, asked the place', 'zh-TW', ['我們用 Skype Online 加 ER。隊長召開了一場會議，隊長的訊號？', '在隊部，連公司網路'], { ...ONLINE_MEETING, location: 'customerNetwork' }],
  ['a site manager sets one up', 'en', ['Skype Online with ER. The site manager set up a meeting from the site office on the corporate network. Path for the site manager?'], { ...ONLINE_MEETING, location: 'customerNetwork' }],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const { cards, session: { scenario: now } } = await afterTurns(recognizer, locale, turns);
  expect(now).toMatchObject(scenario);
  expect(cards.some((card) => kindOf(card, locale) === 'answer')).toBe(true);
});
