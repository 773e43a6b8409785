// Job titles the lexicon lacked ("curator", "archivist", "housemaster", "sommelier"...): an unknown word is a person
// only in a few frames (see roleNounAnchor in src/nlu/people.ts), so where each of two titled people is homed went
// unread. Near miss: "consulate" is a place, kept apart from "consul" (they share a stem) by an alias in words.en.json.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'en').slots;

describe('titles of staff are people', () => {
  it.each([
    ['curator', 'archivist'],
    ['sommelier', 'concierge'],
    ['housemaster', 'bursar'],
  ])('the %s and the %s, each homed', (first, second) => {
    const text = `Hybrid. The ${first} is homed on-prem, the ${second} is Online. Both are on the office LAN and call each other on Skype. The ${first}'s signaling?`;
    expect(slots(text)).toMatchObject({ homing: 'onPremises', peerHoming: 'online', location: 'customerNetwork', peer: 'customerNetwork' });
  });

  it('near miss: the consulate is where the writer is, not a person', () => {
    expect(slots("We are at the consulate on our LAN. Hybrid, I'm homed on-prem and call a landline. Path?")).toMatchObject({
      location: 'customerNetwork', homing: 'onPremises', callType: 'pstn',
    });
  });
});
