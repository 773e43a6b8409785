// Rooms and networks of our own organization said in ways nobody had written yet: a device "wired to the corp LAN"
// is on our network (the "to" is the cable's, not a call going somewhere), and the rooms a workforce keeps ("the ops
// room", "the dispatch office", "a ranger station") are our rooms, wherever the site around them is. Before, these complete
// questions asked back where the writer was.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a device joined to our network by a cable is on it', () => {
  it.each([
    ["I'm wired to the corp LAN and call a supplier's landline. Which way does media go?"],
    ['her desktop is wired to corp LAN, she dials an external number, path?'],
    ['Online tenant. the dock is attached to the office LAN and I call a PSTN number, media path?'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });

  it('a call to a place is still the other party there', () => {
    expect(slots('All Online. From home I call a colleague in the office, which path?')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});
