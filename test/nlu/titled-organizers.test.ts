// An organizer said only by title, with what the message says of that person. "registrar" is also a server role's name
// (a term): it is a person only where it hosts ("the registrar's meeting", "hosted by the Registrar, whose account
// ..."), and "the registrar's office" stays a place. A title whose first word is another concept ("scrum master":
// "scrum" alone is a meeting) is a person. The same class in Chinese: a title that hosts and its homing said after.
// Also: a place taken back by "actually" plus a guess ("in the office... actually maybe from home") is asked.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a title that is also a server role, hosting', () => {
  it.each([
    ["Hybrid setup. I'm homed Online, sitting at my desk on the campus LAN, joining the registrar's meeting. The registrar is still homed on-prem. Path?", 'onPremises'],
    ["We're hybrid. Tomorrow's review is hosted by the Registrar, whose account sits on our on-prem pool. I'm an Online user in the office. Path?", 'onPremises'],
    ["Hybrid here. I'm on-prem, at my desk in the office, joining the meeting the registrar set up; she was moved to Skype Online. Path?", 'online'],
  ] as const)('%s -> organizer %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, deployment: 'hybrid', callType: 'conference', location: 'customerNetwork' });
  });

  it("keeps the registrar's office a place", () => {
    expect(slots("The registrar's office is on the LAN. We're all Online and I call Priya from there. Media path?")).toMatchObject({ location: 'customerNetwork', callType: 'peerToPeer' });
  });
});

describe('a compound title read whole', () => {
  it.each([
    "We're on SfB Online. I'm joining the retro our scrum master set up, from the office LAN. Path?",
    "All our users are Online. I'll join the planning call that the scrum master scheduled, at my desk on the corporate network. Path?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ organizer: 'online', deployment: 'online', callType: 'conference', location: 'customerNetwork' });
  });
});

describe('a place taken back by a guess', () => {
  it('asks where the writer will be', () => {
    const read = slots("We're on SfB Online. Joining the review our manager booked; I'll be at the office... actually perhaps at the hotel, can't say yet. Which path?");
    expect(read).toMatchObject({ organizer: 'online', deployment: 'online', callType: 'conference' });
    expect(read.location).toBeUndefined();
  });
});

describe('an organizer said by title in Chinese, with their homing', () => {
  it.each([
    ['我們是混合式部署，我在辦公室用公司網路加入檢驗科主任開的會，主任帳號還在地端。路徑？', 'onPremises'],
    ['混合部署，院長發的會議，她已經搬到 Online 了，我在院內網路加入，走哪？', 'online'],
    ['我們公司全部 Online，我在辦公室參加理事長找的會，會議開在對方公司自己的伺服器上。走 ER 嗎？', 'otherCompany'],
  ] as const)('%s -> organizer %s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ organizer, callType: 'conference', location: 'customerNetwork' });
  });
});
