// "off campus" is away from the campus: the Internet, not our campus network, which "campus" alone is (vocabulary,
// place.internet). Read as the campus, a student joining from a flat off campus was answered as on our network
// (conv66v). 「校外」 was already read so; kept here as the same class in Chinese. Near miss: "on campus" stays ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

it.each([
  ['what if a lecturer joins the lecture meeting while staying off campus?', 'en', 'internet'],
  ['the postdoc joins from off-campus', 'en', 'internet'],
  ['研究助理在校外租的房間加入會議', 'zh-TW', 'internet'],
  ['near miss: the postdoc joins from the campus', 'en', 'customerNetwork'],
] as const)('%s', (text, locale, location) => {
  expect(recognizer.recognize(text.replace(/^near miss: /, ''), locale).slots.location).toBe(location);
});
