// Who organizes the meeting, said as a person: the conference is hosted where that person is homed. Found by the
// blind judge of convs9 (c9-6 t3, c9-12 t3, c9-15 t2): "That doesn't change anything" to "my boss organized it" (the
// boss, the user asked about, homed on-premises), to 「會議是我開的」 (the writer homed on-premises) and to 「如果是我們自己
// 同事開的會呢？」 (a colleague in an all-Online company). A person whose homing the conversation never said is asked.
// Near misses: joining or being invited is no organizing; another company organizing is read as before.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import type { PartialScenario } from '../../src/engine';
import { kindOf, questionOf, saidIn } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

interface Case {
  name: string;
  locale: Locale;
  says: string[];
  /** The scenario's facts after the last message. */
  then: PartialScenario;
  /** The last reply asks this slot; otherwise it is an answer. */
  asks?: string;
  /** Nothing of the scenario changed: "That doesn't change anything" is right. */
  unchanged?: true;
}

const CASES: Case[] = [
  // A what-if that hands the meeting to someone whose homing it says (conv57, a dev conversation: 「改成由她自己的組長開」
  // read the aside as the user's homing, "nothing changes").
  {
    name: '改成由我的經理開，經理的帳號在旁邊說',
    locale: 'zh-TW',
    says: ['混合式部署，我的帳號在地端，人在辦公室，要參加一場線上使用者開的會，路徑？', '那如果改成由我的經理開（經理是地端帳號）呢？'],
    then: { organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' },
  },
  {
    name: '改成由我的經理開（經理是地端帳號）: the aside is the manager’s homing, never the writer’s',
    locale: 'zh-TW',
    says: ['混合式部署，我是線上帳號，在公司參加一場線上使用者開的會，路徑？', '如果改成由我的經理開（經理是地端帳號）呢？'],
    then: { organizer: 'onPremises', homing: 'online', location: 'customerNetwork' },
  },
  {
    name: '改成由組長開，組長的帳號在地端',
    locale: 'zh-TW',
    says: ['我們是混合式，阿傑的帳號在地端，在公司參加線上使用者開的會議，他的路徑？', '如果改成由他自己的組長開（組長一樣是地端帳號）呢'],
    then: { organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' },
  },
  {
    name: '改成由我自己開會：the writer homed on-premises',
    locale: 'zh-TW',
    says: ['混合式部署，我的帳號在地端，人在辦公室，要參加一場線上使用者開的會，路徑？', '如果改成由我自己開會呢？'],
    then: { organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' },
  },
  {
    name: 'her own team lead organizing it instead, homed on-prem in an aside',
    locale: 'en',
    says: ["Hybrid. Nadia is homed on-prem and joins from the office a meeting an Online user organized. Her path?", 'what if her own team lead organized it instead (he is on-prem too)?'],
    then: { organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' },
  },
  {
    // convs10 c10-9 (judged wrong): the homing said of Jenny, the one asked about, was given to the organizing writer.
    // Since session 50 the writer's own homing is the organizer's (test/nlu/writer-hosts-other-asked), so it answers.
    name: "I'm organizing it and homed online, Jenny on-prem asked about: never Jenny's homing for the organizer",
    locale: 'en',
    says: ["Hybrid deployment. I'm organizing the all-hands, I'm homed online. Jenny is homed on-prem and will join from home. what's her path?"],
    then: { organizer: 'online', homing: 'onPremises', location: 'internet' },
  },
  {
    name: 'the boss asked about organized it: hosted where the boss is homed',
    locale: 'en',
    says: [
      "hi! my boss (Mr. Okafor, on-prem account) is joining a meeting that Lisa organized. Lisa is homed online. he's in the office. we are hybrid",
      'oh sorry, I mixed them up. my boss organized it, Lisa is just attending. both still in the office',
    ],
    then: { organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' },
  },
  {
    name: '老闆本人開的會：老闆位於哪裡，會議就在哪裡主持',
    locale: 'zh-TW',
    says: ['混合式部署。老闆（地端帳號）等一下要參加 Amy 開的會，Amy 是線上使用者，老闆在辦公室。', '不對，其實是老闆開的會'],
    then: { organizer: 'onPremises', homing: 'onPremises' },
  },
  {
    name: '會議是我開的: the writer homed on-premises, and what is said of the other is not the writer’s',
    locale: 'zh-TW',
    says: ['我們是混合部署。我（地端使用者）在辦公室參加 Kevin 開的會，Kevin 是線上使用者。我的訊號跟媒體怎麼走？', '啊我講反了，會議是我開的，Kevin 只是參加，他在家'],
    then: { organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' },
  },
  {
    name: 'I organized it: the writer homed Online',
    locale: 'en',
    says: ["We're hybrid. I'm homed Online, in the office, joining a meeting an on-prem user organized", 'actually I organized it myself'],
    then: { organizer: 'online', homing: 'online' },
  },
  {
    name: '我們自己同事開的會, every user Online',
    locale: 'zh-TW',
    says: ['老闆等一下要參加客戶辦的會議，客戶用他們自己機房的 Skype 伺服器。老闆在辦公室，我們公司是全雲端。會走我們的 ER 嗎？', '那如果是我們自己同事開的會呢？'],
    then: { organizer: 'online', location: 'customerNetwork' },
  },
  {
    name: 'our own colleague, every user Online',
    locale: 'en',
    says: ["We're all on SfB Online. I'm in the office joining a customer's meeting on their own servers. ER?", 'what if our own colleague organized it?'],
    then: { organizer: 'online', location: 'customerNetwork' },
  },
  {
    name: 'in the first message: I set it up and I am on the on-prem pool',
    locale: 'en',
    says: ["Hybrid meeting, I set it up and I'm on the on-prem pool, in the office. Which paths?"],
    then: { organizer: 'onPremises', homing: 'onPremises' },
  },
  {
    name: '第一句就說：會議是我開的，我是地端帳號',
    locale: 'zh-TW',
    says: ['混合式部署，會議是我開的，我是地端帳號，人在辦公室，路徑怎麼走？'],
    then: { organizer: 'onPremises', homing: 'onPremises' },
  },
  {
    name: 'a name never placed, Hybrid: asked, not guessed',
    locale: 'en',
    says: ["We're hybrid. I'm homed on-prem, in the office, joining a meeting an Online user organized", 'what if Bob organizes?'],
    then: { organizer: 'online' },
    asks: 'organizer',
  },
  {
    name: '沒說過的人，混合式：反問，不猜',
    locale: 'zh-TW',
    says: ['我們是混合式部署，我是地端帳號，在辦公室參加線上使用者開的會', '如果改成 Bob 開會呢？'],
    then: { organizer: 'online' },
    asks: 'organizer',
  },
  {
    name: 'the writer’s homing never said, Hybrid: asked',
    locale: 'en',
    says: ["We're hybrid. My boss (on-prem account) is joining a meeting an Online user organized, he's in the office", 'what if I organized it?'],
    then: { organizer: 'online' },
    asks: 'organizer',
  },
  {
    name: '兩個都是線上使用者: the organizer named is one of them',
    locale: 'zh-TW',
    says: ['台北的同事要加入美國同事開的會，兩個都是線上使用者，台北那位在公司。會走 ER 嗎？'],
    then: { organizer: 'online', homing: 'online', location: 'customerNetwork' },
  },
  {
    name: 'both homed Online: the organizer named is one of them',
    locale: 'en',
    says: ['My colleague in Taipei joins a meeting our US colleague Dana set up. They are both homed online; Taipei is in the office. ER?'],
    then: { organizer: 'online', location: 'customerNetwork' },
  },
  {
    name: 'only the user homed Online, the organizer named never placed: asked',
    locale: 'zh-TW',
    says: ['混合式部署，台北的同事是線上使用者，在公司，要加入美國同事開的會。會走 ER 嗎？'],
    then: { homing: 'online' },
    asks: 'organizer',
  },
  {
    name: 'Amy（地端使用者）開會: the homing said beside the organizer',
    locale: 'zh-TW',
    says: ['混合部署，Amy（地端使用者）開會，Bob（線上使用者，在公司）和 Carol（地端使用者，在公司）參加。各自怎麼走？'],
    then: { organizer: 'onPremises' },
  },
  {
    name: 'organized by Sofia (homed online)',
    locale: 'en',
    says: ['hybrid env. user Dmitri (homed on-prem) joined from the office a meeting organized by Sofia (homed online). paths?'],
    then: { organizer: 'online', homing: 'onPremises' },
  },
  {
    name: "my director created it, he's on the on-prem server: his homing said with him",
    locale: 'en',
    says: ["We're hybrid and I'm homed Online, in the office. My director created the meeting, he's on the on-prem server. paths?"],
    then: { organizer: 'onPremises', homing: 'online', location: 'customerNetwork' },
  },
  {
    name: 'a meeting by my manager, every user Online (CCE)',
    locale: 'en',
    says: ["CCE env, all our users are online. It's a meeting by my manager and I'm in the office. sig/media?"],
    then: { organizer: 'online', location: 'customerNetwork' },
  },
  // A title of ours with words before it ("our own shift manager", 「我們自己的組長」), every user Online: hosted in
  // the cloud (conv54's blind writers got "not a question" and the organizer asked); in Hybrid, asked.
  {
    name: 'hosted by our own shift manager, every user Online',
    locale: 'en',
    says: ["We're on Skype Online with Cloud Connector. I'm in the office joining a partner's meeting on their own on-prem servers. ER?", 'what if it was hosted by our own shift manager instead?'],
    then: { organizer: 'online', location: 'customerNetwork' },
  },
  {
    name: 'our regional sales director set it up, every user Online',
    locale: 'en',
    says: ['All our users are SfB Online. The receptionist joins from the front desk on our LAN a call our regional sales director organized. Path?'],
    then: { organizer: 'online', location: 'customerNetwork' },
  },
  {
    name: '我們自己的組長開的會, every user Online',
    locale: 'zh-TW',
    says: ['我們全部都在 Skype Online。我在公司要參加供應商在他們自己地端伺服器開的會，會走 ER 嗎？', '要是換成我們自己的組長開的會呢？'],
    then: { organizer: 'online', location: 'customerNetwork' },
  },
  {
    name: '我們的店長開的會, Hybrid, the writer homed on-prem: asked',
    locale: 'zh-TW',
    says: ['我們是混合式部署，我是地端帳號，在辦公室參加線上使用者開的會', '如果是我們的店長開的會呢？'],
    then: { organizer: 'online' },
    asks: 'organizer',
  },
  // Near misses: no organizing said.
  {
    name: 'my boss joined: no organizer',
    locale: 'en',
    says: ["We're hybrid. I'm homed on-prem, in the office, joining a meeting an Online user organized", 'my boss joined too, from the office'],
    then: { organizer: 'online', homing: 'onPremises' },
    unchanged: true,
  },
  {
    name: 'the meeting I was invited to: not mine',
    locale: 'en',
    says: ["We're hybrid. I'm homed on-prem and in the office; the meeting I was invited to was organized by an Online user. Paths?"],
    then: { organizer: 'online', homing: 'onPremises' },
  },
  {
    name: '我被邀請參加的會：不是我開的',
    locale: 'zh-TW',
    says: ['混合式部署，我是地端帳號，在辦公室，我被邀請參加的會是線上使用者開的，路徑怎麼走？'],
    then: { organizer: 'online', homing: 'onPremises' },
  },
  {
    name: 'a customer organized it: another company, as before',
    locale: 'en',
    says: ["We're all on SfB Online. I'm in the office joining a meeting my manager set up, she's homed Online", 'what if a customer organized it on their own servers?'],
    then: { organizer: 'otherCompany' },
  },
];

describe.each(CASES)('$name', ({ locale, says, then, asks, unchanged }) => {
  it(asks ? `asks ${asks}` : 'answers for the organizer said', async () => {
    const conversation = startConversation({ recognizer, locale });
    let replies: Awaited<ReturnType<typeof conversation.say>> = [];
    for (const text of says) replies = await conversation.say(text);
    const last = replies.at(-1)!;
    const { scenario } = await conversation.session();
    expect(scenario).toMatchObject(then);
    if (!unchanged) expect(saidIn(replies)).not.toContain(t(locale, 'dialog.noChange'));
    if (asks) {
      expect(questionOf(last).slot).toBe(asks);
      expect(saidIn(replies)).toContain(t(locale, 'dialog.organizerHomingUnknown'));
    } else {
      expect(kindOf(last, locale)).toBe('answer');
    }
  });
});
