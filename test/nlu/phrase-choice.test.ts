// Which phrases a text is read as, when two readings have as many items: the one that leaves fewer words of meaning
// outside any phrase. "the cloud connector" is "the" + "cloud connector" (Cloud Connector Edition), not "the cloud"
// (Online) + a stray "connector"; and what an access medium says of where someone is: nothing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('two readings of as many phrases', () => {
  it.each([
    'we have the cloud connector thing; someone at the office calls a regular phone number',
    'someone here at the office calls out to a landline (we have the Cloud Connector, everyone is in Skype Online)',
    'the cloud connector edition handles our PSTN; a user at her desk dials a mobile',
  ])('takes the phrase that leaves no word of meaning out: %s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' });
  });

  it('still reads "the cloud" alone as Online', () => {
    expect(slots('all our users are in the cloud, I am in the office calling a landline')).toMatchObject({ deployment: 'online' });
  });
});

describe('a wired connection, ethernet, being plugged in', () => {
  it.each([
    ['Online tenant. user at home on a wired connection calls a coworker at HQ', { location: 'internet', peer: 'customerNetwork' }],
    ['Online only: she works from home plugged in via ethernet and calls a colleague in the office', { location: 'internet', peer: 'customerNetwork' }],
    ['Amy 在家（沒開 VPN）跟出差住飯店的主任一對一。已處理：請 Amy 改用有線網路。', { location: 'internet', peer: 'internet' }],
  ])('leaves the place said with it: %s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });

  it.each(['online only, a user on ethernet calls a colleague in the office', '使用者用有線網路跟在辦公室的同事通話'])(
    'is no place of its own: %s',
    (text) => {
      expect(slots(text)).not.toHaveProperty('location');
    },
  );

  it('keeps the company\'s own wired network ours', () => {
    expect(slots('我在公司有線網路上打給同事')).toMatchObject({ location: 'customerNetwork' });
  });
});
