// "our CFO, Dana Whitfield, is homed on-prem": a name between commas after a title is the titled person, so what is
// said of either (and of "she" after them) is one person's, as without the commas. A list ("my manager, Fiona, and
// Ian") stays several people.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

/** Openings that name one person by a title and a name between commas, and say where they are homed. */
const titled = ['My boss, Fiona, is', 'Our head of legal, Priya Shah, is', 'Our COO, Hans Becker, is', 'I write for my director, Mei Tan. She is'];

describe('a name set off by commas after a title is that person', () => {
  it.each(titled.map((who) => [`${who} homed on-prem (we are hybrid) and works from the Leeds office today, joining a meeting Tom set up. Tom is Online.`]))('%s', (text) => {
    expect(slots(text)).toEqual({ location: 'customerNetwork', homing: 'onPremises', organizer: 'online', deployment: 'hybrid', callType: 'conference' });
  });
  it.each([
    ["I'm asking for my manager, Ravi Kumar. He is on the on-prem pool, we're hybrid, and he'll sit in our Pune office for a meeting organized by Anna, who is also on-prem.", { homing: 'onPremises', organizer: 'onPremises', location: 'customerNetwork' }],
    ['Our CFO, Dana, is homed on-prem (hybrid org). She joins from the head office a meeting set up by Tom (Online).', { homing: 'onPremises', location: 'customerNetwork' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});

describe('a list of names is several people', () => {
  it('a title, a name and another name with "and"', () => {
    expect(slots('My manager, Fiona, and Ian are both at the office; Fiona is on-prem and Ian is Online, we are hybrid. Fiona calls Ian.')).toEqual({
      location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'online', deployment: 'hybrid', callType: 'peerToPeer',
    });
  });
});

// "PSTN goes out through Cloud Connector at HQ": the appliance's place, not the caller's.
describe('a place right after Cloud Connector is where the appliance stands', () => {
  it.each([
    ['Ana was at an airport lounge and phoned a customer on his mobile through Skype. We use CCE at our main office. Which route did her call take?', 'internet'],
    ['We have Cloud Connector at HQ and I call a mobile number from home.', 'internet'],
    ['We use CCE at the head office. I am at the head office and call a landline.', 'customerNetwork'],
    // A place someone calls from stays theirs.
    ['Our Cloud Connector handles phone numbers; a landline call with Cloud Connector from the branch office.', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn', location });
  });
});
