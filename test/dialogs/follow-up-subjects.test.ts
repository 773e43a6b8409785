// Whom a follow-up speaks of. A follow-up that places only "she", "he", 「他」 ("what if she's at home?") after a peer-to-peer answer
// used to move the user (found by the outside try: "I'm in the office calling a colleague ... what about if she's at
// home?" moved the writer home, a wrong answer), then was asked back whom it means. Where the writer said they are in
// the call ("I call a colleague"), the pronoun can only be the one other person: the other party (the blind judge of
// convs7 found the ask-back poor; one-other-person.test.ts has the near misses, where it is still asked). Said with the
// role, it applies to that role. Where the call has no other party, the pronoun can only be the user, as before.
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import { startConversation } from './harness';
import { allText, kindOf, questionOf } from './cardReading';

const recognizer = createRecognizer();

interface Case {
  locale: Locale;
  question: string;
  pronounFollowUp: string;
  roleFollowUp: string;
}

const P2P: Case[] = [
  {
    locale: 'en',
    question: 'All our users are on Skype for Business Online. I am at my desk at HQ and I call a colleague who is in the office too. Which paths?',
    pronounFollowUp: 'what if she is working from home?',
    roleFollowUp: 'what if the other party is working from home?',
  },
  {
    locale: 'en',
    question: 'Hybrid deployment: I am homed online, in the office, calling a coworker in the office who is homed online too. Which paths?',
    pronounFollowUp: 'and if he was at a hotel?',
    roleFollowUp: 'and if the other party was at a hotel?',
  },
  {
    locale: 'zh-TW',
    question: '我們全部是 Online，我在公司座位打給同事，同事也在公司，訊號和媒體走哪？',
    pronounFollowUp: '那如果她在家呢？',
    roleFollowUp: '那如果對方在家呢？',
  },
];

describe.each(P2P)('$locale: $pronounFollowUp after a peer-to-peer answer', ({ locale, question, pronounFollowUp, roleFollowUp }) => {
  it('applies it to the other party, the one other person in the writer\'s call', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [answer] = await conversation.say(question);
    expect(kindOf(answer, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    const [reply] = await conversation.say(pronounFollowUp);
    expect(allText(reply)).not.toContain(t(locale, 'dialog.whichParty'));
    expect((await conversation.session()).scenario).toEqual({ ...before, peer: 'internet' });
  });

  it('applies the same follow-up said with the role to the other party', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(question);
    const before = (await conversation.session()).scenario;
    const [reply] = await conversation.say(roleFollowUp);
    expect(kindOf(reply, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, peer: 'internet' });
  });

  it('applies it to the user when said of the user, as the notice suggests', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(question);
    const before = (await conversation.session()).scenario;
    const [reply] = await conversation.say(roleFollowUp.replace('the other party', 'the user').replace('對方', '使用者'));
    expect(kindOf(reply, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, location: 'internet' });
  });
});

const NO_PEER: [Locale, string, string][] = [
  ['en', 'We are fully Online. Sam joins an Online meeting from the office. Which paths?', 'what if she joins from home?'],
  ['zh-TW', '我們全部是 Online，小美在公司參加線上會議，路徑怎麼走？', '如果她在家參加呢？'],
];

describe.each(NO_PEER)('%s: a pronoun where the call has no other party', (locale, question, followUp) => {
  it('is the user, as before', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(question);
    const before = (await conversation.session()).scenario;
    const [reply] = await conversation.say(followUp);
    expect(kindOf(reply, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, location: 'internet' });
  });
});

// Asked who organized the meeting, "my account is on-prem" is the writer's homing, not the organizer's (found by the
// outside try: 「我的帳號在地端」 answered the organizer question). A bare value still answers the question on screen.
const ASKED_ORGANIZER: [Locale, string, string, string][] = [
  ['en', 'Hybrid deployment. I join a meeting from my desk in the office. Which paths?', 'my account is still on the on-prem pool', 'on-prem'],
  ['zh-TW', '我們是混合式部署，我在辦公室座位上參加會議，路徑怎麼走？', '我的帳號在地端', '地端'],
];

describe.each(ASKED_ORGANIZER)('%s: the writer speaks of themselves while the organizer is asked', (locale, question, ownHoming, bare) => {
  it('takes "my account" as the user\'s homing and asks the organizer still', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [asked] = await conversation.say(question);
    expect(questionOf(asked).slot).toBe('organizer');
    const [reply] = await conversation.say(ownHoming);
    const session = await conversation.session();
    expect(session.scenario.homing).toBe('onPremises');
    expect(session.scenario.organizer).toBeUndefined();
    expect(questionOf(reply).slot).toBe('organizer');
  });

  it('takes a bare value as the answer to the question on screen', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(question);
    await conversation.say(bare);
    expect((await conversation.session()).scenario.organizer).toBe('onPremises');
  });
});

// With a question on screen in a peer-to-peer call, a pronoun's fact that does not answer it may be either party's
// (found by the outside try: 「那他的帳號在線上」 about the colleague, asked where the user is, changed the user's own
// homing from on-premises to Online). The writer being in the call, it is the other party's, and the question on
// screen is asked again.
const ASKED_WHILE_P2P: [Locale, string, string, string][] = [
  ['zh-TW', '我們是混合式，我帳號在地端，要跟同事 P2P 通話，同事在家', '那他的帳號在線上', '對方的帳號在線上'],
  ['en', "We're hybrid, my account is on-prem, I'm calling a colleague peer to peer, she's at home", 'oh and her account is online', "the other party's account is online"],
];

describe.each(ASKED_WHILE_P2P)('%s: a pronoun\'s fact beside the question on screen, in the writer\'s peer-to-peer call', (locale, question, pronounFact, roleFact) => {
  it('applies it to the other party, keeps the user\'s homing and asks again', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [asked] = await conversation.say(question);
    const slot = questionOf(asked).slot;
    expect(slot).toBe('location');
    const before = (await conversation.session()).scenario;
    expect(before.homing).toBe('onPremises');
    const [reply] = await conversation.say(pronounFact);
    expect(allText(reply)).not.toContain(t(locale, 'dialog.whichParty'));
    expect((await conversation.session()).scenario).toEqual({ ...before, peerHoming: 'online' });
    expect(questionOf(reply).slot).toBe(slot);
  });

  it('applies it said with the role, and asks its question still', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(question);
    const before = (await conversation.session()).scenario;
    const [reply] = await conversation.say(roleFact);
    expect((await conversation.session()).scenario).toEqual({ ...before, peerHoming: 'online' });
    expect(questionOf(reply).slot).toBe('location');
  });
});

// A follow-up that places someone by name after a peer-to-peer answer: the name may be either party's, and the message
// alone cannot tell (found by the outside try: "what if Pieter was at home?", Pieter being the ticket's callee, moved
// the caller home). As with a pronoun, the advisor says it cannot tell whom and changes nothing. (A Chinese what-if
// with a given name alone, 「如果美玲在家呢？」, is not read at all yet: "not understood", never a change.)
const NAMED_P2P: [Locale, string, string][] = [
  ['en', 'Caller: Aisha Bello / Callee: Pieter de Vries / Deployment: Online / both in the Rotterdam office / Description: 1:1 screen sharing call, which path?', 'what if Pieter was at home?'],
  // The writer calling Priya makes her the other party (known-people.test.ts); two colleagues calling leave her unknown.
  ['en', 'Online tenant. Two colleagues at their desks in the office call each other. Which paths?', 'and if Priya joined from the hotel?'],
];

describe.each(NAMED_P2P)('%s: a name in a follow-up after a peer-to-peer answer', (locale, question, followUp) => {
  it('says it cannot tell whom, and changes nothing', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [answer] = await conversation.say(question);
    expect(kindOf(answer, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    const [reply] = await conversation.say(followUp);
    expect(allText(reply)).toContain(t(locale, 'dialog.whichParty'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});
