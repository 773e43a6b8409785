// Two wrong answers of the round-4 English tickets: "we've got Cloud Connector for our phone lines, but this is a
// normal Skype to Skype call ... calling a coworker" was answered as a PSTN call, and "calling a vendor's office line
// with the Skype dialpad" as a federated peer-to-peer call. A Skype-to-Skype call is peer-to-peer whatever the
// telephony set-up; a line or number of an office or a desk, and the dial pad, are the phone network.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a Skype-to-Skype call beside the telephony set-up', () => {
  it.each([
    'We run Cloud Connector for our phone lines, but this is a plain Skype to Skype call: I am at the Leeds branch and call a coworker at HQ, both on the WAN.',
    'CCE handles our phone lines. This one is skype-to-skype though - me at the Leeds branch, calling a coworker at HQ, both on the WAN.',
    'Calling Plan for the phone lines here; the question is about an SfB to SfB call: I am at the Leeds branch and my coworker at HQ, both on the WAN. Cloud Connector deployment.',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

// Someone Skyped beside the set-up ("CCE for our phone lines ... the scheduler skypes a pilot") is a call between two
// clients whoever they are; the set-up says nothing of it (session 59's conversations answered it as a phone call). A
// number Skyped is still dialled.
describe('someone Skyped beside the telephony set-up', () => {
  it.each([
    'We run CCE for our phone lines. A lab tech skypes a courier, both on the campus network. Paths?',
    'Cloud Connector handles our phone lines; the foreman skyped a surveyor at the site office, both on our LAN.',
  ])('%s', (text) => {
    expect(slots(text).callType).not.toBe('pstn');
  });

  it('a number Skyped is a phone call', () => {
    expect(slots("Cloud Connector handles our phone lines; the foreman skyped a surveyor's mobile number from the site office.").callType).toBe('pstn');
  });
});

describe("an office's line is a phone call, whoever's office it is", () => {
  it.each(['office line', 'main line', 'direct line', 'office number', 'main number'])("calling a supplier's %s", (line) => {
    const found = slots(`I'm home on the VPN, calling a supplier's ${line} from Skype. We are Online with CCE for PSTN. Does it stay on our network?`);
    expect(found).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' });
    expect(found.peer).toBeUndefined();
  });

  it.each(['dialpad', 'dial pad'])('dialing on the Skype %s', (pad) => {
    expect(slots(`SfB Online only. At my desk I use the Skype ${pad} to reach the pharmacy. Paths?`)).toMatchObject({ callType: 'pstn', location: 'customerNetwork' });
  });
});
