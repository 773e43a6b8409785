// Someone said to be away who "could be anywhere" has no place for the call: "calling Marta, who is travelling this
// week, could be anywhere" was answered with Marta on the Internet (dev34 en53-7, a vague question answered). The
// traveller's place is asked; the writer's own place, said before anyone else is named, stays.
// Near misses: a traveller alone stays where writers mean them (the Internet), and "anywhere" said of nobody's place
// changes nothing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const recognize = (text: string) => recognizer.recognize(text);

describe('a place of someone who could be anywhere is asked', () => {
  it.each([
    "We're SfB Online. I'm at my desk in Leeds calling Marta, who is travelling this week, could be anywhere. My path?",
    "Online only. From the office I'm calling our field engineer; he's on the road all week and could be anywhere. Which way does my media go?",
    "SfB Online. I'm in the office, calling Ravi who is travelling for work and might be anywhere today. Path?",
  ])('%s', (text) => {
    const found = recognize(text);
    expect(found.slots).toMatchObject({ location: 'customerNetwork', callType: 'peerToPeer' });
    expect(found.slots.peer).toBeUndefined();
  });
});

describe('near misses', () => {
  it.each([
    ["We're SfB Online. I'm at my desk in Leeds calling Marta, who is travelling this week. My path?", 'internet'],
    ["SfB Online. I'm in the office calling Ravi at home; from home he can reach anywhere. Path?", 'internet'],
  ])('%s', (text, peer) => {
    expect(recognize(text).slots).toMatchObject({ location: 'customerNetwork', peer });
  });
});
