// A what-if that changes whom the user of a call between two people calls (session 62's dev conversations): the other
// party is the new one called, and what the message says of them is theirs, never the caller's:
// - the new one's place said in a clause of its own, by name or "he" (「…，小芬也在辦公室」, "he's on our LAN"), or in a
//   relative clause after them ("…, our storeman, who's working from home": session 64's dev conversations put the
//   caller at home; English only, Chinese says where someone is before them);
// - "too", 「也」 with a place word the recognizer does not know ("he's in the annex too"): the caller's place;
// - a title of four said again by its last two (「居服督導」 … 「督導在家」), as hanSaid reads titles everywhere;
// - their place said between the call's verb and them (「改打給在家上班的會計 Joe」, a title before a name in Latin letters);
// - none said: their place is asked, the old other party's (a federated partner) never kept for them.
// Near misses: the caller's own facts said after the call stay the caller's ("she" of the call, 「Amy 在家」); a phone
// call to someone new is a new call, not the same one switched (「另外，我在公司撥外線給國稅局」: answered as PSTN), and so
// is a call said without a what-if (「還有，我人在辦公室打電話給稅務局」: not the partner's call switched).
import type { Locale } from '../../src/i18n';
import type { PartialScenario } from '../../src/engine';
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

/** Someone of ours in the office calling a federated partner, deployment Online: answered. */
const OPENING: Record<Locale, string> = {
  en: "SfB Online here, ExpressRoute in place. From her office desk, our buyer Skypes a sales rep at a supplier whose tenant is federated with ours (they're Online too). What paths does the buyer get?",
  'zh-TW': '我們是 Skype for Business Online，有 ER。採購的 Amy 在辦公室打給供應商的業務，供應商是同盟組織，也是 Online。Amy 的路徑？',
};

const SWITCHES: Array<[Locale, string, PartialScenario | 'asks']> = [
  ['en', "what if she calls the accountant instead, he's on our LAN", { location: 'customerNetwork', peer: 'customerNetwork' }],
  ['en', "what if she rings the storeman instead, he's in the annex too", { location: 'customerNetwork', peer: 'customerNetwork' }],
  ['en', "and if she phoned Tom instead? he's working from home", { location: 'customerNetwork', peer: 'internet' }],
  ['en', "what if she calls Tom instead, our storeman, who's working from home?", { location: 'customerNetwork', peer: 'internet' }],
  ['en', 'what if she rings the accountant instead, who is on our LAN', { location: 'customerNetwork', peer: 'customerNetwork' }],
  ['en', "what if she calls Tom instead, she'd be at home then", { location: 'internet' }],
  ['en', 'what if she calls the accountant instead?', 'asks'],
  ['zh-TW', '如果 Amy 改打給同事小芬，小芬也在辦公室', { location: 'customerNetwork', peer: 'customerNetwork' }],
  ['zh-TW', '如果 Amy 改打給在家上班的會計 Joe', { location: 'customerNetwork', peer: 'internet' }],
  ['zh-TW', '要是 Amy 改打給同事小芬，她也在公司', { location: 'customerNetwork', peer: 'customerNetwork' }],
  // A title of four said again by its last two (「督導」 of 「居服督導」) is the new one, as everywhere else a title is.
  ['zh-TW', '如果 Amy 改打給居服督導，督導在家', { location: 'customerNetwork', peer: 'internet' }],
  ['zh-TW', '如果 Amy 改打給櫃台小姐，小姐也在辦公室', { location: 'customerNetwork', peer: 'customerNetwork' }],
  ['zh-TW', '如果 Amy 改打給同事小芬呢？', 'asks'],
];

describe.each(SWITCHES)('%s: %s after a call to a federated partner', (locale, text, expected) => {
  it(expected === 'asks' ? "asks where the new one is, the partner's place not kept" : 'gives the new one their own place', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(OPENING[locale]);
    expect(kindOf(first, locale)).toBe('answer');
    expect((await conversation.session()).scenario.peer).toBe('federated');
    const replies = await conversation.say(text);
    const session = await conversation.session();
    if (expected === 'asks') {
      expect(kindOf(replies.at(-1)!, locale)).toBe('question');
      expect(session.changing).toBe('peer');
      return;
    }
    expect(kindOf(replies.at(-1)!, locale)).toBe(expected.peer === undefined ? kindOf(replies.at(-1)!, locale) : 'answer');
    expect(session.scenario).toMatchObject(expected);
    if (expected.peer === undefined) expect(session.scenario.peer).not.toBe('internet');
  });
});

/** A new call, not the one on screen switched: a phone call (answered as PSTN), or a call said without a what-if. */
const NEW_CALLS: Array<[Locale, string, PartialScenario | undefined]> = [
  ['en', "another one: I'm at my desk in the office and phone the tax office's landline, which path?", { callType: 'pstn', location: 'customerNetwork' }],
  ['zh-TW', '另外，我在公司撥外線給國稅局，走哪？', { callType: 'pstn', location: 'customerNetwork' }],
  ['en', 'separate question: I ring the bank from my desk at work, where does that go?', undefined],
  ['zh-TW', '還有，我人在辦公室打電話給稅務局，路徑？', undefined],
];

describe.each(NEW_CALLS)('%s: %s after a call to a federated partner', (locale, text, expected) => {
  it('is not read as the call on screen switched to a new callee (whose place would be asked)', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(OPENING[locale]);
    const replies = await conversation.say(text);
    const session = await conversation.session();
    expect(session.changing).not.toBe('peer');
    if (expected === undefined) return;
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect(session.scenario).toMatchObject(expected);
  });
});
