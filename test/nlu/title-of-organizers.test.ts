// An organizer named by a title of something with "the" before what it is of ("the clerk of the course", "the head of
// the yard"): the whole title is one person, whose meeting it is, and the word after "of the" is no host of its own
// (a pronoun said next is the titled person). A title opened by a person word the vocabulary knows and ended by one it
// does not ("the chief steward", "the deputy bursar") is one person too, whose account is theirs. In Chinese the unit
// comes first ("檔案室的主任") and a title is one word ("副總幹事"), read the same way.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a title "of the" something, hosting', () => {
  it.each([
    ["Everyone here is on Skype Online. I'm joining the clerk of the course's meeting from the office on the LAN. Path?", 'online', 'online'],
    ["We are all Online. I'll join the head of the yard's briefing from my desk on the corporate network. Path?", 'online', 'online'],
  ] as const)('%s -> organizer %s', (text, organizer, deployment) => {
    expect(slots(text)).toMatchObject({ organizer, deployment, callType: 'conference', location: 'customerNetwork' });
  });

  it.each([
    ["Hybrid. I'm on the on-prem pool, at my desk on the LAN, joining the meeting the clerk of the course set up; he was moved to Skype Online. Path?", 'online'],
    ["Hybrid tenant. I'm homed Online, in the office on the LAN, joining the review the head of the yard booked; she is still homed on-prem. Path?", 'onPremises'],
  ] as const)('the pronoun after it is the titled host: %s -> organizer %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, deployment: 'hybrid', callType: 'conference', location: 'customerNetwork' });
  });
});

describe("a title's account, said before it hosts", () => {
  it.each([
    ["Hybrid tenant. The chief steward's account lives Online and she booked the hearing. I'm on the on-prem pool, at my desk on the LAN. Path?", 'online'],
    ["Hybrid. The clerk of the course's account lives on our on-prem pool and he set up the briefing. I'm homed Online, in the office on the LAN. Path?", 'onPremises'],
  ] as const)('%s -> organizer %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, deployment: 'hybrid', callType: 'conference', location: 'customerNetwork' });
  });
});

describe('a title of a unit in Chinese, hosting', () => {
  it.each([
    ['混合式部署，我的帳號在地端，在辦公室用公司網路加入檔案室的主任開的會，主任的帳號已經是 Online。路徑？', 'online'],
    ['混合式部署，副總幹事的帳號在 Online，他排了明天的會。我的帳號在地端，在辦公室用公司網路加入。路徑？', 'online'],
  ] as const)('%s -> organizer %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, deployment: 'hybrid', callType: 'conference', location: 'customerNetwork' });
  });
});
