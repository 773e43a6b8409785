// Who each person of the conversation is, remembered: the organizer described by what they are to the writer ("the
// sales manager", 「業務部經理」), the other party the writer calls by name, and someone who passes on a question. A
// later message that names them (by the description, by name) is theirs, and "he" in a question passed on is its
// asker. Found by the blind judge: 「那如果經理是線上使用者呢？」 put Online on the user, not the organizer; 「小李今天在
// 家」 about the other party named in 「我在公司打給小李」 was not recorded; 「我同事問：那如果他在家打呢？」 after a PSTN
// answer read 他 as the other party ("nothing changes"). Near misses: a person the conversation never met, the writer
// ("what if I was Online"), a role never said, a pronoun in a call with two people (asked whom). A pronoun in a meeting
// the writer joins is its organizer when the organizer is the one other person known ("joining Lisa's meeting … what
// if she's on-prem?" moved the user's homing before); with the user and the organizer both someone else, asked.
import type { PartialScenario } from '../../src/engine';
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import { startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

interface Case {
  name: string;
  locale: Locale;
  says: string[];
  /** The scenario after the last message. */
  then: PartialScenario;
  /** The last reply asks whom the message means, with this reply. */
  asks?: 'dialog.whichParty' | 'dialog.whichParticipant';
}

const HYBRID_MEETING: PartialScenario = { deployment: 'hybrid', callType: 'conference' };
const ONLINE_CALL: PartialScenario = { deployment: 'online', callType: 'peerToPeer' };
const ONLINE_PSTN: PartialScenario = { deployment: 'online', callType: 'pstn' };

const ORGANIZER_DESCRIBED: Case[] = [
  {
    name: '經理 said again is the organizer 業務部經理',
    locale: 'zh-TW',
    says: ['混合式部署，我在辦公室參加會議，業務部經理發的', '不知道', '那如果經理是線上使用者呢？'],
    then: { ...HYBRID_MEETING, location: 'customerNetwork', organizer: 'online' },
  },
  {
    name: '主管 said again, with 我們: the organizer',
    locale: 'zh-TW',
    says: ['我們是混合式部署，我人在家，要加入行銷部主管開的會', '不確定', '要是我們主管是地端帳號呢？'],
    then: { ...HYBRID_MEETING, location: 'internet', organizer: 'onPremises' },
  },
  {
    name: 'the VP who set it up, said again',
    locale: 'en',
    says: ["We're hybrid. I'm at home joining the quarterly review; our VP set it up", 'not sure', 'what if the VP is homed online?'],
    then: { ...HYBRID_MEETING, location: 'internet', organizer: 'online' },
  },
  // "the chief" said as the organizer when asked, then homed elsewhere (conv57, a dev conversation: the user's homing moved).
  {
    name: 'the chief who set it up, said in the answer, then homed elsewhere',
    locale: 'en',
    says: ["We're hybrid, I'm homed on-prem and at my desk in the office, joining a meeting. Paths?", 'our chief set it up; on-prem as well', 'what if the chief had been moved to Online?'],
    then: { ...HYBRID_MEETING, location: 'customerNetwork', homing: 'onPremises', organizer: 'online' },
  },
  {
    name: 'the chief who scheduled it, said again',
    locale: 'en',
    says: ["Hybrid here. I'm at home joining the budget review, the chief scheduled it", 'no idea', 'and if the chief is on the on-prem pool?'],
    then: { ...HYBRID_MEETING, location: 'internet', organizer: 'onPremises' },
  },
  {
    name: 'the sales manager who sent it, said again with "my"',
    locale: 'en',
    says: ["hybrid deployment, I'm in the office joining a meeting that was sent by the sales manager", "don't know", 'and if my manager was on the on-prem pool?'],
    then: { ...HYBRID_MEETING, location: 'customerNetwork', organizer: 'onPremises' },
  },
  {
    name: '經理 said again after the answer: the organizer changes',
    locale: 'zh-TW',
    says: ['混合式部署，我在辦公室參加會議，業務部經理發的', '線上', '那如果經理是地端使用者呢？'],
    then: { ...HYBRID_MEETING, location: 'customerNetwork', organizer: 'onPremises' },
  },
  {
    name: 'near miss: the writer, not the organizer',
    locale: 'en',
    says: ["We're hybrid. I'm at home joining the quarterly review; our VP set it up", 'online', 'what if I was on-prem?'],
    then: { ...HYBRID_MEETING, location: 'internet', organizer: 'online', homing: 'onPremises' },
  },
  {
    name: 'near miss: 我 is the user, not the organizer',
    locale: 'zh-TW',
    says: ['混合式部署，我在辦公室參加會議，業務部經理發的', '線上', '那如果我是地端使用者呢？'],
    then: { ...HYBRID_MEETING, location: 'customerNetwork', organizer: 'online', homing: 'onPremises' },
  },
  {
    name: 'near miss: a name the conversation never met is not the organizer',
    locale: 'en',
    says: ["We're hybrid. I'm at home joining the quarterly review; our VP set it up", 'online', 'what if Bob is homed on-prem?'],
    then: { ...HYBRID_MEETING, location: 'internet', organizer: 'online', homing: 'onPremises' },
  },
  {
    name: 'near miss: a role never said is not the organizer',
    locale: 'zh-TW',
    says: ['混合式部署，我在辦公室參加會議，業務部經理發的', '線上', '那如果處長是地端使用者呢？'],
    then: { ...HYBRID_MEETING, location: 'customerNetwork', organizer: 'online', homing: 'onPremises' },
  },
];

const OTHER_PARTY_NAMED: Case[] = [
  {
    name: '小李, called by the writer, at home',
    locale: 'zh-TW',
    says: ['全部 Online，我在公司打給小李', '小李在公司', '小李今天在家'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: '阿明, dialled by the writer, at home',
    locale: 'zh-TW',
    says: ['我們是線上部署，我在辦公室撥給阿明', '阿明也在辦公室', '阿明下午會在家'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: 'Tom, called by the writer, at home',
    locale: 'en',
    says: ["all Online, I'm in the office calling Tom", 'Tom is in the office too', 'Tom is at home today'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: 'Priya, phoned by the writer, at home',
    locale: 'en',
    says: ["We're on SfB Online. I'm at my desk and I'm phoning Priya", 'on our network as well', 'Priya is working from home now'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: 'Priya, called by the writer in the question answered at once, at a hotel',
    locale: 'en',
    says: ['Online tenant. I am at my desk in the office and call Priya, who is in the office too. Which paths?', 'and if Priya joined from the hotel?'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: '小李 said with more than a question of their paths: the fact applies',
    locale: 'zh-TW',
    says: ['全部 Online，我在公司打給小李', '小李在公司', '小李明天在家呢？'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: '經理, called by the writer, said again',
    locale: 'zh-TW',
    says: ['全部 Online，我在公司打給經理，經理也在公司', '經理明天在家呢？'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: '主管, in a one-to-one call with the writer, said again',
    locale: 'zh-TW',
    says: ['全部 Online，我在公司跟主管一對一通話，主管也在公司', '如果主管在飯店呢？'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: 'the manager the writer calls, said again with "my"',
    locale: 'en',
    says: ["all Online, I'm in the office calling my manager, who is in the office too", 'what if my manager works from a hotel?'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' },
  },
  {
    name: 'near miss: a role the conversation never met is asked whom',
    locale: 'en',
    says: ["all Online, I'm in the office calling my manager, who is in the office too", 'what if the director is at home?'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'customerNetwork' },
    asks: 'dialog.whichParty',
  },
  {
    name: 'near miss: 沒提過的處長，反問是誰',
    locale: 'zh-TW',
    says: ['全部 Online，我在公司打給經理，經理也在公司', '如果處長在家呢？'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'customerNetwork' },
    asks: 'dialog.whichParty',
  },
];

const HYBRID_JOINED: PartialScenario = { ...HYBRID_MEETING, location: 'customerNetwork', homing: 'online' };

const PRONOUN_IN_MEETING: Case[] = [
  {
    name: 'she, in a meeting the writer joins and Lisa organizes, is Lisa',
    locale: 'en',
    says: ["We're hybrid. I'm homed online, in the office, joining Lisa's meeting; Lisa is homed online. Paths?", "what if she's on-prem?"],
    then: { ...HYBRID_JOINED, organizer: 'onPremises' },
  },
  {
    name: 'he, in a meeting the writer joins and the sales manager set up, is the manager',
    locale: 'en',
    says: ["We're hybrid. I'm homed online, in the office, joining a meeting the sales manager set up; he is homed online. Paths?", 'and if he was on the on-prem pool?'],
    then: { ...HYBRID_JOINED, organizer: 'onPremises' },
  },
  {
    name: '他，我參加陳經理召開的會議：陳經理',
    locale: 'zh-TW',
    says: ['混合式部署，我是線上使用者，在辦公室參加陳經理召開的會議，陳經理也是線上使用者，路徑？', '如果他是地端帳號呢？'],
    then: { ...HYBRID_JOINED, organizer: 'onPremises' },
  },
  {
    name: 'near miss: I, in the same meeting, am the user',
    locale: 'en',
    says: ["We're hybrid. I'm homed online, in the office, joining Lisa's meeting; Lisa is homed online. Paths?", "what if I'm on-prem?"],
    then: { ...HYBRID_JOINED, organizer: 'online', homing: 'onPremises' },
  },
  {
    name: 'near miss: the boss joins and Lisa organizes, she may be either: asked',
    locale: 'en',
    says: [
      'hi! my boss (Mr. Okafor, on-prem account) is joining a meeting that Lisa organized. Lisa is homed online. he is in the office. we are hybrid',
      "what if she's on-prem?",
    ],
    then: { ...HYBRID_MEETING, location: 'customerNetwork', homing: 'onPremises', organizer: 'online' },
    asks: 'dialog.whichParticipant',
  },
];

const PASSED_ON: Case[] = [
  {
    name: '我同事問 after a PSTN answer: 他 is the colleague, in the user’s place',
    locale: 'zh-TW',
    says: ['我們全部是 Online，我在辦公室打 PSTN 電話給客戶的手機，路徑怎麼走？', '我同事問：那如果他在家打呢？'],
    then: { ...ONLINE_PSTN, location: 'internet' },
  },
  {
    name: '主管想知道 after a PSTN answer',
    locale: 'zh-TW',
    says: ['全部都是 Online，在辦公室打 PSTN 電話，路徑怎麼走？', '主管想知道：如果她出差在飯店打呢？'],
    then: { ...ONLINE_PSTN, location: 'internet' },
  },
  {
    name: 'my colleague asks, after a PSTN answer',
    locale: 'en',
    says: ['Online deployment, PSTN call from the office: which paths?', 'my colleague asks: what if he calls from home?'],
    then: { ...ONLINE_PSTN, location: 'internet' },
  },
  {
    name: 'my boss wants to know, after a PSTN answer',
    locale: 'en',
    says: ['Online deployment, PSTN call from the office: which paths?', "my boss wants to know - what if she's at a hotel?"],
    then: { ...ONLINE_PSTN, location: 'internet' },
  },
  {
    name: 'near miss: in a call with two people, he may be the asker or the other party',
    locale: 'en',
    says: ["all Online, I'm in the office calling Tom", 'Tom is in the office too', 'my colleague asks: what if he is at home?'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'customerNetwork' },
    asks: 'dialog.whichParty',
  },
  {
    name: 'near miss: 兩個人的通話，他可能是任一方',
    locale: 'zh-TW',
    says: ['全部 Online，我在公司打給小李', '小李在公司', '同事問：那如果他在家呢？'],
    then: { ...ONLINE_CALL, location: 'customerNetwork', peer: 'customerNetwork' },
    asks: 'dialog.whichParty',
  },
];

describe.each([...ORGANIZER_DESCRIBED, ...OTHER_PARTY_NAMED, ...PRONOUN_IN_MEETING, ...PASSED_ON])('$locale: $name', ({ locale, says, then, asks }) => {
  it(asks ? 'asks whom it means' : 'applies it to that person', async () => {
    const conversation = startConversation({ recognizer, locale });
    let replies: Awaited<ReturnType<typeof conversation.say>> = [];
    for (const text of says) replies = await conversation.say(text);
    expect((await conversation.session()).scenario).toEqual(then);
    const said = saidIn(replies);
    for (const key of ['dialog.whichParty', 'dialog.whichParticipant'] as const) expect(said.includes(t(locale, key))).toBe(asks === key);
  });
});

/** Words that are no name: the writer calling from somewhere, or someone said as what they are. */
const NO_NAME: [Locale, string][] = [
  ['en', "all Online, i'm calling from home to a coworker in the office"],
  ['en', 'We are fully Online and I call a colleague from the office'],
  ['zh-TW', '全部 Online，我在公司打給同事'],
  ['zh-TW', '全部 Online，我在家打給客戶'],
];

describe.each(NO_NAME)('%s: %s', (locale, text) => {
  it('names no other party', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(text);
    expect(Object.keys((await conversation.session()).people ?? {}).filter((name) => name !== 'I')).toEqual([]);
  });
});
