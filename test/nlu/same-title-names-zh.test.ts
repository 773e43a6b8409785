// Two people of one title told apart by their family names: 「放射科的王醫師打給在家的林醫師，王醫師的路徑？」. A title
// said again with a family name linked back to the latest person of that title (林醫師, the one called), whatever the
// name, so the question took the callee's side and the two places came out swapped. A whole name said again is that
// person, never another with the same title.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

/** [the first person, the second, where the first is, as said before 的 or after the name]. */
const PAIRS: readonly (readonly [string, string, string])[] = [
  ['王醫師', '林醫師', '放射科的{first}'],
  ['陳經理', '李經理', '{first}在公司'],
  ['張老師', '林老師', '{first}在學校'],
  ['王組長', '李組長', '倉庫的{first}'],
  ['黃護理長', '吳護理長', '{first}在辦公室'],
];
const ASKS = ['{who}的路徑？', '{who}這端的 signaling/media？', '{who}那邊走哪？'];

const texts = (asked: 'first' | 'second') =>
  PAIRS.flatMap(([first, second, at]) =>
    ASKS.map((ask) => `純 Online。${at.replace('{first}', first)}打給在家的${second}，一對一，${ask.replace('{who}', asked === 'first' ? first : second)}`),
  );

describe('the same title with two family names', () => {
  it.each(texts('first'))('asked of the caller: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer', deployment: 'online' });
  });

  it.each(texts('second'))('asked of the one called: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer', deployment: 'online' });
  });

  it('reads the English twin by the names', () => {
    expect(slots("All Online. Dr. Shah in the lab calls Dr. Lee who is home; Dr. Shah's paths?")).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
    expect(slots("All Online. Dr. Shah in the lab calls Dr. Lee who is home; Dr. Lee's paths?")).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('a bare title after two people named by it', () => {
  // Either of the two could be meant: no side is guessed, so where the one asked about is gets asked.
  it.each([
    '純 Online。放射科的王醫師打給在家的林醫師，醫師的路徑？',
    '純 Online。陳經理在公司打給在家的李經理，一對一，經理這端的 signaling/media？',
    '純 Online。張老師在家打給在學校的林老師，老師那邊走哪？',
  ])('guesses neither: %s', (text) => {
    expect(slots(text)).not.toHaveProperty('location');
  });

  it('still reads the one a description names', () => {
    expect(slots('純 Online。王醫師在公司打給在家的林醫師，一對一，在家的醫師這端的路徑？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

describe('near misses: one person named again', () => {
  it('still reads the same family name and title as the one named before', () => {
    expect(slots('純 Online。王醫師在家，打給在公司的同事，一對一。王醫師的路徑？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it('still reads the bare title as the one named with a family name', () => {
    expect(slots('純 Online。陳經理在家，打給在公司的同事，一對一。經理這端的路徑？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it('does not read a department the vocabulary does not know as a place, so asks', () => {
    const read = slots('純 Online。會計部的陳經理打給在家的李經理，一對一，陳經理的路徑？');
    expect(read).not.toHaveProperty('location');
    expect(read).toMatchObject({ peer: 'internet' });
  });
});
