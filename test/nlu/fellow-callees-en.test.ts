// Round 48's blind English: a Skype audio call with a fellow technician in the building, beside a set-up that sends
// outside lines through CCE, was answered as a phone call (the set-up's PSTN word named the call). Whom a call is with makes it a
// call between two clients: one more of the writer's own kind ("another nurse", "another tech"), or anyone in a Skype
// call named by the product before the call word ("a Skype video call with ...").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a call with one more of the writer’s kind, beside the telephony set-up', () => {
  it.each([
    "I'm a nurse on ward 4. We're Skype Online, outside lines go through Cloud Connector. I call another nurse on ward 6. Path?",
    'Teacher here, school network. SfB Online; CCE is used for PSTN. I ring another teacher down the hall. Which way does my media go?',
    'Online with Cloud Connector for outside lines. I am calling another engineer in the same building. Signaling?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'peerToPeer', location: 'customerNetwork' });
  });
});

describe('a Skype call named by the product before the call word', () => {
  it.each(['audio call', 'video call', 'voice call'])('a skype %s with someone', (call) => {
    expect(slots(`Skype Online, outside lines go through Cloud Connector. From my desk in the office I start a skype ${call} with a tech down the hall. Path?`)).toMatchObject({
      deployment: 'cloudConnector',
      callType: 'peerToPeer',
    });
  });
});

describe('still a phone call', () => {
  it.each([
    "We're Skype Online, outside lines go through Cloud Connector. From my desk in the office I dial a supplier's mobile number. Path?",
    "Online with CCE for outside lines. At my desk in the office I call a customer's landline. Path?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' });
  });
});
