// Held-out English: "X got moved to SfBO last month", said of the other party, did not reach peerHoming. Where the
// name was first said with a place ("calls Wendy in the office"), the analyzer made the name part of the place's
// name ("the Madrid office") and nobody was Wendy. A name before a place said with a preposition is a person's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a name before where they are is a person', () => {
  it.each([
    ['Hybrid. On-prem user in the office calls Wendy in the office. Wendy got moved to SfBO last month.', 'online'],
    ['Hybrid deployment. On-prem user at HQ calls Luis at HQ 1:1. Luis got moved to SfBO last month.', 'online'],
    ['Hybrid. I am homed on SfB Online and sit at HQ; I ring Farid at HQ. Farid is still homed on the on-prem pool.', 'onPremises'],
  ])('%s', (text, peerHoming) => {
    const found = slots(text);
    expect(found.peerHoming).toBe(peerHoming);
    expect(found.peer).toBe('customerNetwork');
  });

  it('still reads a name before a place word as the place’s name', () => {
    expect(slots('I am in the Madrid office').location).toBe('customerNetwork');
    expect(slots('Hybrid. I call Ines, she is at the Lisbon site, from the Porto office.')).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });
});
