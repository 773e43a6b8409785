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
