// Terse chat and non-native English (issue 15, nlu82): chat shorthand for call types, "scheduled from" for who set a
// meeting up, a call "later" that is still the call asked about, and "on his internet" as the connection someone is on.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('chat shorthand for a call to a phone number', () => {
  it.each(['ext call', 'external call', 'ext calls'])('%s', (call) => {
    expect(slots(`hybrid. ${call} from the office, does it go over ER?`)).toEqual({ deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork' });
  });
});

describe('chat shorthand for another company', () => {
  it.each(['an ext partner', 'someone at an ext company', 'a contact at an ext org'])('1:1 with %s', (who) => {
    expect(slots(`SfBO. 1:1 w/ ${who}, me in the office. ER?`)).toMatchObject({ peer: 'federated', callType: 'peerToPeer', location: 'customerNetwork' });
  });
});

describe('a meeting scheduled from someone is hosted by them', () => {
  it.each(['which is scheduled from', 'that was scheduled from', 'scheduled from'])('a meeting %s a user homed Online', (by) => {
    expect(slots(`We are hybrid. I am homed on-prem and sit in office. I join a meeting ${by} a colleague who is homed Online. Which path?`)).toMatchObject({
      callType: 'conference',
      organizer: 'online',
      homing: 'onPremises',
    });
  });
});

describe('a meeting set up from a place is no host', () => {
  it.each(['scheduled from home', 'set up from the London office'])('a meeting her manager %s', (by) => {
    const r = recognizer.recognize(`We are all on SfB Online. I join a meeting my manager ${by}. Which path?`);
    expect(r.slots).toMatchObject({ deployment: 'online', callType: 'conference', organizer: 'online' });
    // The place stays a place, not read as a host's marker.
    expect(r.slots.location).toBeDefined();
  });
});

describe('a call "later" is the call asked about', () => {
  it.each(['a one-to-one call later', 'a 1:1 call later today', 'a peer to peer call later'])('has %s', (call) => {
    expect(slots(`Ravi works from home today and has ${call}. We use Cloud Connector Edition. Would his call go over ExpressRoute?`)).toEqual({
      location: 'internet',
      deployment: 'cloudConnector',
      callType: 'peerToPeer',
    });
  });

  it('a call after a meeting, said with "later", is still the later call', () => {
    expect(slots('Online only. Had the team meeting, later I called a colleague, both at the office. What path did the call take?').callType).toBe('peerToPeer');
  });
});

// "on his internet" is the connection someone is on, not their side asked about: read as a side, it swapped the
// caller's and the callee's places, a wrong answer.
describe('on his internet', () => {
  it.each(['he is at home on his internet', 'he works from home using his internet', 'she is at home now on her own internet'])('%s', (clause) => {
    expect(slots(`Hybrid company. I am homed on-premises and sit in the office. I call my colleague but ${clause}. Which path?`)).toMatchObject({
      location: 'customerNetwork',
      peer: 'internet',
    });
  });
});
