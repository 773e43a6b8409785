// Whom the question is about when the writer says what they already know of one person and asks about the other
// (dev31, round 34: answered for the known one, a wrong path): "Jane's signaling goes over ER, got it. What about the
// other end?", 「Ivy 那邊我大概懂了，那對方那邊呢？」. The one asked about is the user of the answer, the known one the
// other party. Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a side the writer says they know is not the one asked about', () => {
  it.each([
    // The other end of a call between two people named, after a side said to be known.
    "Hybrid. Priya (homed Online, in the office) called Tom (on-prem, at home). Priya's media I get. What about the other end?",
    "Hybrid. Priya (homed Online, in the office) called Tom (on-prem, at home). Priya's signaling goes over ER, got it. What about the other side? Tom's media?",
    "Hybrid. Priya (homed Online, in the office) called Tom (on-prem, at home). I know Priya's traffic. Tom's signaling and media?",
    '混合式。Priya（Online 帳號，在辦公室）打給 Tom（地端帳號，在家）。Priya 那邊我懂了，那對方那邊呢？',
    '混合式。Priya（Online 帳號，在辦公室）打給 Tom（地端帳號，在家）。Priya 的訊號我知道走 ER，那 Tom 那邊呢？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', homing: 'onPremises', peer: 'customerNetwork', peerHoming: 'online' });
  });

  it.each([
    "Hybrid. I'm homed Online in the office and I call Tom, who is on-prem at home. I know my signaling goes over ER. What about the other end?",
    '混合式。我是 Online 使用者，在辦公室打給小林。小林是地端帳號，在家。我知道我自己訊號走 ER，那對方那邊呢？',
  ])('the writer knows their own side: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', homing: 'onPremises', peer: 'customerNetwork', peerHoming: 'online' });
  });
});

describe('near misses: nothing known, or the knowing asks', () => {
  it.each([
    // Wanting to know, or not knowing, asks about that one.
    "Hybrid. Priya (homed Online, in the office) called Tom (on-prem, at home). I'd like to know Priya's signaling and media.",
    "Hybrid. Priya (homed Online, in the office) called Tom (on-prem, at home). I don't know Priya's path, what is it?",
    '混合式。Priya（Online 帳號，在辦公室）打給 Tom（地端帳號，在家）。我想知道 Priya 的訊號跟媒體走哪？',
    '混合式。Priya（Online 帳號，在辦公室）打給 Tom（地端帳號，在家）。我不知道 Priya 那邊怎麼走，她的媒體走哪？',
    // A knowing the sentence asks back is a question about that side.
    "Hybrid. Priya (homed Online, in the office) called Tom (on-prem, at home). I know Priya's media goes over ER, right?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', homing: 'online', peer: 'internet', peerHoming: 'onPremises' });
  });

  it('the writer asks about the other end of their own call: the one called', () => {
    expect(slots("Hybrid. I'm homed Online in the office and I call Tom, who is on-prem at home. What about the other end's media?")).toMatchObject({ location: 'internet', homing: 'onPremises' });
  });

  it('"the other person" beside three people names no one: never read as either end', () => {
    const read = slots('Hybrid. Priya (homed Online, in the office) called Tom (on-prem, at home) while Ana was on leave. What about the other person?');
    expect(read.homing).not.toBe('onPremises');
  });
});
