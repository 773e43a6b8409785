// A support line (like "the vendor's helpline") is a telephone number whoever runs it: calling one is a PSTN call, even
// when the line is another company's ("a customer's support line: I call it" read the customer as a federated peer).
// A person of another company is still a federated peer. Bare "hotline", "helpline", "helpdesk line" stay unread: our
// own IT's may be a Skype contact (read as PSTN, a held answer turned wrong).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  "We're Online. I'm in the office. There's a customer's support line: I call it. Path?",
  "SfB Online. I call the vendor's helpline from home. Which path?",
  "Hybrid, I am on-prem homed, in the office, calling the carrier's support line. Path?",
  'SfB Online 租戶。我在公司打給客戶的客服專線，路徑是？',
])('a line: %s', (text) => {
  expect(slots(text).callType).toBe('pstn');
  expect(slots(text).peer).toBeUndefined();
});

it.each([
  "We're Online. I'm in the office and I call a customer on Skype, he's at their office. Path?",
  'SfB Online. I call someone from the vendor on Skype, they have their own tenant. Path?',
  'SfB Online 租戶。我在公司用 Skype 打給客戶那邊的人，他們有自己的租戶，路徑是？',
])('a person of another company: %s', (text) => {
  expect(slots(text).callType).toBe('peerToPeer');
  expect(slots(text).peer).toBe('federated');
});
