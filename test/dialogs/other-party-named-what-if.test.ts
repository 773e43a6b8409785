// A what-if about the other party, named, in a call the writer is in: "what if Nadia were homed on-prem?", 「Nadia 在
// 地端」 after "a call between me and Nadia". Session 51's brief (class 1 of the follow-ups a blind judge rated): the
// fact was read as the writer's own ("nothing changes", or the user's homing moved), or whom it meant was asked back,
// when the writer's call has one other person only. The openings name that person in shapes the conversation did not
// remember (「打給在家的 Nadia」, "between me (office) and Nadia (home)", "Nadia is at home and calls me"): the one
// given name besides the writer is the other party. Near misses: a name never met is asked whom it means, whether the
// other party has a name already or is only described; the writer's own fact stays the writer's.
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import type { PartialScenario } from '../../src/engine';
import { startConversation } from './harness';
import { kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const OPENINGS: Record<string, [Locale, string]> = {
  betweenMeAnd: ['en', 'Online deployment, a p2p call between me (in the office) and Nadia (at home). Which paths?'],
  callsMe: ['en', 'Fully Online org. Nadia is at home and calls me, I sit in the office. Paths?'],
  callingNamed: ['en', "We're all on SfB Online. I'm in the office calling Nadia, who's at home. Which paths?"],
  colleague: ['en', "All Online. I'm in the office calling a colleague at home. Paths?"],
  callToPlaced: ['zh-TW', '我們全部是 Online，我在公司打給在家的 Nadia，路徑怎麼走？'],
  withNamed: ['zh-TW', '全部都是 Online，我在辦公室跟 Nadia 視訊通話，她在家，路徑？'],
  colleagueZh: ['zh-TW', '全部都是 Online。我在公司打給在家的同事。路徑？'],
};

type Then = PartialScenario | 'whichParty';
const CASES: [keyof typeof OPENINGS, string, Then][] = [
  ['betweenMeAnd', 'what if Nadia were homed on-prem?', { peerHoming: 'onPremises', deployment: 'hybrid' }],
  ['betweenMeAnd', 'and if Nadia comes into the office?', { peer: 'customerNetwork' }],
  ['callsMe', "what if Nadia's account were on the on-prem pool?", { peerHoming: 'onPremises', deployment: 'hybrid' }],
  ['callsMe', 'Nadia is on-prem', { peerHoming: 'onPremises', deployment: 'hybrid' }],
  ['callingNamed', 'what if Nadia were homed on-prem?', { peerHoming: 'onPremises', deployment: 'hybrid' }],
  ['callToPlaced', 'Nadia 在地端', { peerHoming: 'onPremises', deployment: 'hybrid' }],
  ['callToPlaced', '那如果 Nadia 在公司呢？', { peer: 'customerNetwork' }],
  ['withNamed', '如果 Nadia 是地端帳號呢？', { peerHoming: 'onPremises', deployment: 'hybrid' }],
  // Near misses: the other party has a name, another name is someone else; a name never met, the other party only
  // described ("a colleague"), may be someone else too (hedged-facts.test.ts); the writer's own homing is theirs.
  ['colleague', 'what if Nadia is homed on-premises?', 'whichParty'],
  ['colleagueZh', '如果 Nadia 在地端呢', 'whichParty'],
  ['callingNamed', 'what if Priya were homed on-prem?', 'whichParty'],
  ['withNamed', '如果 Priya 在地端呢？', 'whichParty'],
  ['callingNamed', "what if I'm homed on-prem?", { homing: 'onPremises', deployment: 'hybrid' }],
];

describe.each(CASES)('after %s: %s', (opening, text, then) => {
  const [locale, question] = OPENINGS[opening];
  it(then === 'whichParty' ? 'asks whom it means' : `applies ${JSON.stringify(then)}`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(question);
    expect(kindOf(card, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    const after = (await conversation.session()).scenario;
    if (then === 'whichParty') {
      expect(saidIn(replies)).toContain(t(locale, 'dialog.whichParty'));
      expect(after).toEqual(before);
      return;
    }
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.whichParty'));
    // A Hybrid deployment asks the homing not yet said (the writer's); every other fact is as it was.
    const { homing, ...rest } = after;
    expect(then.homing === undefined ? rest : after).toEqual({ ...before, ...then });
    if (homing !== undefined && then.homing === undefined) expect(homing).not.toBe('onPremises');
    if (kindOf(replies.at(-1)!, locale) === 'question' && then.homing === undefined) expect(questionOf(replies.at(-1)!).slot).toBe('homing');
  });
});

describe('with the writer asked where they are homed', () => {
  it.each([
    ['en', 'Hybrid: a p2p call between me (in the office) and Nadia (at home). Which paths?', 'Nadia is homed on-prem'],
    ['zh-TW', '混合式部署，我在公司打給在家的 Nadia，路徑怎麼走？', 'Nadia 在地端'],
  ] as [Locale, string, string][])('%s: the named other party’s homing is hers, and the question stays', async (locale, opening, text) => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(opening);
    expect(kindOf(question, locale)).toBe('question');
    const replies = await conversation.say(text);
    const after = (await conversation.session()).scenario;
    expect(after.peerHoming).toBe('onPremises');
    expect(after.homing).toBeUndefined();
    expect(questionOf(replies.at(-1)!).slot).toBe('homing');
  });
});
