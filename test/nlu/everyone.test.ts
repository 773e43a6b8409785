// What is said of everyone ("users are all Online", "staff are all on the on-prem pool") describes the organization,
// not one party; "both" before things ("both sites") is nobody; "their" asked about after a meeting joined "with"
// other people is the one who joins.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('users are all ...', () => {
  it.each(['users are all Online', 'our people are all homed in SfB Online', 'staff are all cloud-homed', 'everyone is on SfB Online'])(
    'Cloud Connector deployment (%s): a user at their desk calls a coworker',
    (all) => {
      expect(slots(`Cloud Connector deployment (${all}). A user at their desk calls a coworker 1:1. Media path?`)).toEqual({
        deployment: 'cloudConnector',
        callType: 'peerToPeer',
        location: 'customerNetwork',
      });
    },
  );
});

describe('both before things, and the one who joins', () => {
  it("reads neither the sites as people nor the meeting's other people as the one asked about", () => {
    expect(
      slots('Hybrid, Internet breakout in both sites, and York users are all on the on-prem pool. A York user in the office joins a meeting with external people - where does their media go?'),
    ).toEqual({ deployment: 'hybrid', callType: 'conference', homing: 'onPremises', location: 'customerNetwork' });
  });

  it('still reads both of two people named', () => {
    expect(slots('Online only. Both Kavitha and Lee are at the office, 1:1 call. Paths?')).toEqual({
      deployment: 'online',
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'customerNetwork',
    });
  });
});
