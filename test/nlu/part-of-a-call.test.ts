// "Which parts of a Skype for Business Online conference go over ExpressRoute?": a share of a call or of its traffic,
// not of the organization (src/nlu/organizationParts.ts). Read as a part of us, the deployment's "Online" made the
// organization split, so Hybrid, and the user's homing was asked. A part of the staff still splits it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a part of a call or of its traffic', () => {
  it.each([
    'Which parts of an SfB Online meeting that I join from my desk at work use the ExpressRoute circuit?',
    'What part of the traffic of a Skype for Business Online conference, joined from our office LAN, rides ExpressRoute?',
    'Which part of the call goes over ER? We are on Skype for Business Online, I join a conference from the office.',
  ])('keeps the deployment Online: %s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'conference', location: 'customerNetwork' });
  });
});

describe('a part of the organization', () => {
  it.each([
    'Part of our staff still sits on the on-prem pool, the rest moved Online. I am homed Online and join a meeting from the office. Path?',
    'Some of our people are still on the on-prem servers; I am homed Online, joining a conference from the office.',
  ])('still makes the deployment Hybrid: %s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'hybrid', homing: 'online' });
  });
});
