// "send me the bk_Figure5 one pls": the article's anchor, or a figure's number written onto its word ("figure6",
// "example_2"), was one token naming no figure, and the request got "didn't understand" (convs12 c12-10 t5). Apart, the
// number is the figure's, as "figure 5" always was. Near misses: numbers glued to other words ("Server2019",
// "Windows10", "config5") stay what they were.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

it.each([
  ['send me the bk_Figure5 one pls', 'onPremEdge'],
  ['and #bk_Figure2?', 'p2p'],
  ['link for figure6 please', 'cceePstn'],
  ['給我 bk_Figure5 的連結', 'onPremEdge'],
  ['bk_Figure3 那張圖可以再給我一次嗎', 'onlineConference'],
])('%s: the example of that figure', (text, example) => {
  expect(recognizer.recognize(text).topic).toEqual({ kind: 'example', example });
});

it.each([
  ['we run SfB Server2019 on Windows10, I call a colleague from the office', { location: 'customerNetwork', callType: 'peerToPeer' }],
  ['我們的 Server2019 在機房，我在公司打給同事', { location: 'customerNetwork', callType: 'peerToPeer' }],
])('%s: no figure', (text, slots) => {
  const r = recognizer.recognize(text);
  expect(r.topic).toBeUndefined();
  expect(r.slots).toMatchObject(slots);
});
