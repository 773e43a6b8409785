// The writer who organizes keeps their own homing when the question turns to someone else (convs10 c10-9, judged
// wrong): "I'm organizing the all-hands, I'm homed online. Jenny is homed on-prem and will join from home. what's her
// path?" hosted the meeting on-premises, Jenny's homing given to the organizer. Asked about Jenny, what the writer says
// of themselves is the organizer's; never Jenny's. Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('asked about someone else, the organizing writer is the organizer', () => {
  it.each([
    "Hybrid deployment. I'm organizing the all-hands, I'm homed online. Jenny is homed on-prem and will join from home. what's her path?",
    "Hybrid. I organized the meeting; I'm homed online. Jenny is homed on-prem and joins from home. Her path?",
    "Hybrid. I set up the meeting and I'm homed online. Jenny is homed on-prem and joins from home. Her path?",
    '混合式部署。會議是我開的，我是線上使用者。Jenny 是地端帳號，在家加入，她的路徑？',
  ])('%s', (text) => {
    const read = slots(text);
    expect(read.homing).toBe('onPremises');
    expect(read.location).toBe('internet');
    // Read as the writer's (Online) or asked back; never the asked-about person's homing.
    expect(read.organizer).not.toBe('onPremises');
  });
});

describe('near misses: someone else organizes, or the writer is asked about', () => {
  it('Jenny organizes and the writer asks about themselves', () => {
    const read = slots("Hybrid. I'm homed online. Jenny organized the meeting; she is homed on-prem. I join from home. my path?");
    expect(read).toMatchObject({ homing: 'online', organizer: 'onPremises', location: 'internet' });
  });
  it('the organizing writer asks about their own path', () => {
    const read = slots("Hybrid. I'm organizing the all-hands and I'm homed online. I'll join from home. My path?");
    expect(read).toMatchObject({ homing: 'online', location: 'internet' });
    expect(read.organizer).not.toBe('onPremises');
  });
});
