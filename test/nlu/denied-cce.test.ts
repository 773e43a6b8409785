// "Online user in the office calls a mobile using Phone System + Calling Plan, no Cloud Connector": someone homed
// Online, Cloud Connector denied and nothing on-premises named leaves one deployment, Online.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('Cloud Connector denied beside an Online user', () => {
  it.each([
    'Online user in the office dials a mobile number with Calling Plan, no Cloud Connector. Paths?',
    'user homed in SfB Online at her desk on the LAN calls a landline; calling plans, no CCE. media?',
    'we do not have Cloud Connector; my account is Online and I am in the office calling a supplier landline. path?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'pstn', location: 'customerNetwork' });
  });

  it.each([
    'Hybrid. Online user in the office dials a mobile number, no Cloud Connector. Paths?',
    'Online user in the office calls an on-prem colleague at home, no Cloud Connector. Paths?',
  ])('keeps Hybrid when it is said or implied: %s', (text) => {
    expect(slots(text).deployment).toBe('hybrid');
  });

  it('does not make the deployment Online without anyone homed Online', () => {
    expect(slots('User in the office dials a mobile number, no Cloud Connector. Paths?').deployment).toBeUndefined();
  });
});

// Round 30 (dev27): "not sure if we have Cloud Connector" was read as "no Cloud Connector", and the Online said beside
// it made the deployment Online: a phone call was answered by the Online rows although the writer had just said they
// do not know whether their calls go out through Cloud Connector. Not knowing is not denying.
describe('Cloud Connector the writer does not know they have', () => {
  it.each([
    "we're all Online, not sure if we have Cloud Connector. calling a mobile from the office, media path?",
    "everyone's homed Online but I don't know whether our outside calls go through CCE. I'm in the office calling a landline, path?",
    '我們全 Online，不確定有沒有 CCE，我在公司撥手機，媒體走哪？',
    '帳號都在 Online，外線有沒有走 CCE 我不清楚，我在公司撥手機，媒體走哪？',
  ])('leaves the deployment to ask: %s', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'pstn', location: 'customerNetwork' });
    expect(slots(text).deployment).toBeUndefined();
  });

  it.each([
    ["we're all Online and we don't have Cloud Connector. calling a mobile from the office, media path?", 'online'],
    ['我們全 Online，沒有 CCE，我在公司撥手機，媒體走哪？', 'online'],
    ["I'm not sure where Ken is. We're on Cloud Connector, I'm calling a mobile from the office, path?", 'cloudConnector'],
    ['不確定 Ken 在哪。我們是 CCE，我在公司撥手機，媒體走哪？', 'cloudConnector'],
  ])('keeps what is said plainly: %s', (text, deployment) => {
    expect(slots(text).deployment).toBe(deployment);
  });
});
