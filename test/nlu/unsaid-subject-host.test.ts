// The writer hosting a meeting with the subject left unsaid (src/nlu/unsaidSubjectHost.ts): a sentence opening with a
// hosting verb has the writer for subject, as "I'm hosting ..." has. Read as a meeting nobody hosts, the organizer was
// asked (class-meetings-A en-17). Near misses: another subject governs the verb, the meeting is what is said of
// someone, the meeting is only supposed, or the verb is one that also means going to a meeting (「開會」). Inputs written
// for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a sentence opening with the writer hosting: the writer hosts', () => {
  it.each([
    ['Hosting a Skype meeting from the office tomorrow. We are all on Skype Online. Does it use ER?', 'online'],
    ['Organising the quarterly review meeting from home; Contoso folks join as guests. Everyone here is homed in SfB Online. Internet or ER?', 'online'],
    ['Chairing the board meeting from HQ. Our users are all homed online, we run Cloud Connector. ER?', 'online'],
    ["Hybrid. Hosting a Skype meeting from the branch office, I'm homed on-prem. path?", 'onPremises'],
    ["Setting up the weekly team meeting from my desk at HQ. I'm on the on-prem pool (hybrid). Does it stay local?", 'onPremises'],
  ])('%s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ callType: 'conference', organizer });
  });
});

describe('中文：句首省略主詞的主持：寫的人主持', () => {
  it.each([
    ['明天在總部主持季度會議，我們全部 Online，走 ER 嗎？', 'online'],
    ['下午在公司召開說明會，全公司都用 SfB Online，流量走哪？', 'online'],
    ['混合式。明天在公司主持部門會議，我的帳號在地端，走哪？', 'onPremises'],
  ])('%s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ callType: 'conference', organizer });
  });
});

describe('near misses: the verb has another subject, or hosts nothing', () => {
  it.each([
    "Hosting the all-hands is our CEO. We're all on Skype Online. I'm in the office. Does it use ER?",
    "Running the board meeting from HQ, my boss wants to know: we're all on Skype Online, does it use ER?",
    "Running late for the meeting. I'm at the office. We're all on Skype Online. Does it use ER?",
    "If hosting a Skype meeting from the office, does it use ER? We're all on Skype Online.",
    "Hybrid. Sam is homed online. Hosting the weekly sync is his job; I'm at the office, homed on-prem. path?",
  ])('%s', (text) => {
    expect(slots(text).organizer).toBeUndefined();
  });
  it.each([
    '老闆明天在總部，主持季度會議，我們全部 Online，走 ER 嗎？',
    '主持週會的是 Sam，我們全部 Online，我在公司，走 ER 嗎？',
    '等一下要在公司開會，我們全部 Online，走 ER 嗎？',
    '如果在公司主持會議，我們全部 Online，走 ER 嗎？',
  ])('%s', (text) => {
    expect(slots(text).organizer).toBeUndefined();
  });
});
