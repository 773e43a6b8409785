// Where our ExpressRoute circuit is ("with ExpressRoute at HQ", 「ER 接在總部」) is no one's place: read as where
// everyone is, it outvoted the place the question gave the user (a player joining from her hotel was answered as in
// the office). Said alone it stays as it was; someone on it is placed there.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the place of the circuit yields to the user’s own', () => {
  it.each([
    'All our crew are on SfB Online, with ExpressRoute at the office. The drummer joins the planning meeting, which our manager set up, from his hotel.',
    'All our players are on SfB Online, with ExpressRoute at the office. The striker joins the review meeting, which our manager set up, from his hotel.',
    '全團都在 SfB Online，ER 接在辦公室。鼓手從飯店參加經理開的檢討會議，他的路徑？',
    '全團都在 SfB Online，ER 接在總部。小提琴手從飯店參加團長開的排練會議，他的路徑？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', callType: 'conference' });
  });
});

describe('someone on the circuit, or a circuit said alone, still places', () => {
  it.each([
    'We are on SfB Online. I am on ExpressRoute at HQ and join a meeting the CFO set up.',
    'We are on SfB Online with ExpressRoute at HQ. I join a meeting the CFO set up from the office.',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork' });
  });
});
