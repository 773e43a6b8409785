// Homing said with words the vocabulary lacked (blind phrase list, studied): moved off the premises, an older Lync
// version's pool. Said of the writer, with a place and a call, each is the writer's homing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('homing said with newer phrases', () => {
  it.each([
    ["I've been moved off-prem", 'online'],
    ['I was moved off prem last month', 'online'],
    ["I'm on the Lync 2010 pool", 'onPremises'],
    ["I'm still on Lync Server 2010", 'onPremises'],
  ])('%s', (said, homing) => {
    expect(slots(`Hybrid. ${said}. I'm at my desk in the office and dial a landline. Path?`)).toEqual({ deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing });
  });
});
