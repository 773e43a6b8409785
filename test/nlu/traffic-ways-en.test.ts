// "I read it goes to cloud first", "the call goes to the on-prem pool": a homing word where the traffic itself goes
// (its subject "it", or a call or traffic with no owner) is the way it takes, not anyone's homing, and does not take
// the writer into the call (the place said of the one calling still counts). Someone's own calls ("her calls go
// through the on-prem pool") and a person after the homing ("it goes to an Online user") still describe people.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const ways = [
  'I read something about it go to cloud first',
  'I read it goes to the cloud first',
  'I heard it goes to Online first',
  'someone told me it goes to the on-prem pool first',
  'I think the traffic goes to cloud before anything else',
  'my manager says the signaling goes to the on-prem servers',
  'I was told the media goes via the cloud',
  'apparently it routes through the on-prem pool',
  'I assume it travels to Office 365 first',
];
const calls: [string, Record<string, string>][] = [
  ['We use Cloud Connector for PSTN. My colleague in the office calls an external phone number', { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' }],
  ["Hybrid. I'm homed on-prem and at my desk in the office, dialling a landline", { deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing: 'onPremises' }],
  ['Hybrid. Ana is an Online user working from home and calls a customer\'s mobile', { deployment: 'hybrid', callType: 'pstn', location: 'internet', homing: 'online' }],
];

describe('where the traffic goes is no one\'s homing', () => {
  it.each(calls.flatMap(([call, want]) => ways.map((way) => [`${call}. Which path? ${way}.`, want] as const)))('%s', (text, want) => {
    expect(slots(text)).toEqual(want);
  });
});

describe('what is said of people still counts', () => {
  it.each([
    ['Hybrid. My colleague is in the office calling a landline. Her calls go through the on-prem pool. Path?', 'homing', 'onPremises'],
    ['Hybrid. I am in the office and I moved to the cloud last month. I call a landline. Path?', 'homing', 'online'],
    ["Hybrid. I'm at my desk on the LAN, on-prem homed, and my call goes to an Online user. Path?", 'peerHoming', 'online'],
    ['Hybrid. I call a colleague from the office; it goes to an on-prem user in the Leeds office. Path?', 'peerHoming', 'onPremises'],
  ])('%s', (text, slot, value) => {
    expect(slots(text)).toMatchObject({ [slot]: value });
  });
});
