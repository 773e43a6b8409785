// "I asked before about the phones", "I have a question about calls": a call word after "about" is what the writer
// talks of, not a call the writer makes, so the writer does not become a caller beside the one who calls (the place
// said of that one still counts). "about my call to Ana" is the writer's own call.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const asides = [
  'Hello again, sorry, I asked before about the phones.',
  'I have a question about calls.',
  'I asked about phone calls before.',
  'I read about calls on your site.',
  'I wanted to ask about the call.',
  'I am asking about calling.',
  'I posted here last week about the phones.',
  'I have a question regarding calls.',
];
const scenes: [string, Record<string, string>][] = [
  ['We have Cloud Connector. Our receptionist at the front desk rings a patient\'s landline. Does that use the internet?', { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' }],
  ['Skype Online. Our engineer at a hotel, no VPN, dials a supplier\'s mobile. Path?', { deployment: 'online', callType: 'pstn', location: 'internet' }],
];

describe('a call talked about is no call made', () => {
  it.each(scenes.flatMap(([scene, want]) => asides.map((aside) => [`${aside} ${scene}`, want] as const)))('%s', (text, want) => {
    expect(slots(text)).toEqual(want);
  });
});

describe("the writer's own call still is", () => {
  it.each([
    ["Skype Online. A question about my call to Ana: I'm at home, no VPN, and she is in the office. My path?", { location: 'internet', peer: 'customerNetwork' }],
    ["Skype Online. I'm in the office and I call Ana about the invoice; she is at home. Path?", { location: 'customerNetwork', peer: 'internet' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});
