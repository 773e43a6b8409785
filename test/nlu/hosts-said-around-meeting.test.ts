// Who organized a meeting, said in ways the host was not read from (issue 15, session 52): a relative clause with a
// perfect or a bare verb ("the meeting which our controller has created", "the sync which our foreman create"), how often
// a meeting is held between its holder and the possessive ("主任固定的週會", "經理例行的會議", past an aside about the
// holder: "主任（地端帳號）固定的週會"), and a meeting said to be internal with 的 ("內部的 Skype 會議": one of ours
// hosts it, so Online when all of us are); whoever did it ("whoever set it up is homed Online"), and a role the
// vocabulary did not know ("總編輯約的會議"). Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the host in a relative clause with a perfect or a bare verb', () => {
  it.each([
    ["We're hybrid. I'm dialling into the meeting which our controller has created; the controller is homed on-prem. I'm homed Online, in the office.", 'onPremises'],
    ['Hybrid. I join the meeting that the plant director has created. The plant director is an Online user. I am on-prem, at the branch office on our WAN.', 'online'],
    ['Hybrid setup. Tomorrow I attend the sync which our foreman create it. Foreman is on-premise user, me Online user, at the depot LAN.', 'onPremises'],
    ['All of us are on Skype for Business Online. I join the meeting which our shift lead has created, from the office.', 'online'],
  ])('%s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ callType: 'conference', organizer });
  });
});

describe('a meeting held regularly, named by its holder', () => {
  it.each([
    ['混合式部署。課長固定的週會，課長帳號在地端，我也是地端，我在辦公室加入，走哪？', 'onPremises'],
    ['混合式部署。經理例行的會議，經理帳號在 Online，我是地端帳號，在公司加入。', 'online'],
    ['全公司都是 Skype Online。我在辦公室，要加入處長固定的會，走哪？', 'online'],
    ['我們是混合式。外科主任（地端帳號）每週的例會，我的帳號也在地端，我在病房的電腦加入，走哪？', 'onPremises'],
  ])('%s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ callType: 'conference', organizer });
  });
});

describe('an internal meeting said with 的, in a deployment where all of us are Online', () => {
  it.each([
    '我們是 CCE 架構（使用者都在 Online）。我在台北辦公室加入內部的 Skype 會議，走哪？',
    '全公司 SfB Online。我在家加入公司內部的會議，走 ER 嗎？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'conference', organizer: 'online' });
  });
});

describe('the host said as whoever did it, or by a role the vocabulary did not know', () => {
  it.each([
    ["Whoever set it up is homed Online. I'm on the on-prem pool, at my desk in HQ. We're hybrid. My path?", 'online'],
    ["hybrid. whoever booked it is still on the on-prem servers, I'm Online now, joining from the office LAN", 'onPremises'],
    ['全公司都在 Skype Online。我在公司參加總編輯約的會議，走 ER 嗎？', 'online'],
  ])('%s', (text, organizer) => {
    expect(slots(text)).toMatchObject({ callType: 'conference', organizer });
  });
});

describe('near misses', () => {
  it.each([
    // A meeting held every week with nobody holding it names no host.
    '混合式部署。每週固定的會，我在公司加入，走哪？',
    // Hybrid: an internal meeting's host may be homed either way.
    '混合式部署。我在公司加入內部的 Skype 會議，我是 Online 帳號，走哪？',
    // "has" a meeting is no set-up of it.
    'We are hybrid. My boss has a meeting today. I am homed Online, in the office. Path?',
  ])('%s', (text) => {
    expect(slots(text).organizer).toBeUndefined();
  });
  it("another company's regular meeting stays theirs (asked)", () => {
    expect(slots('全公司 Skype Online。我在公司參加供應商固定的週會，走 ER 嗎？').organizer).not.toBe('online');
  });
});
