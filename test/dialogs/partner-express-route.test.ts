// "And if Fabrikam didn't have ExpressRoute?" / "the partner company has no ER" after a call with another company:
// the article's tables assume every organization in a federated call has ExpressRoute, and do not describe one
// without. Found replaying the blind conversations: "not understood", then the assumptions card alone, the documented
// row repeated. The advisor works the answer out without their ExpressRoute (their hops over the Internet, yours as
// they were), says it is worked out and not documented, and changes nothing. Said of ourselves it is the "without
// ExpressRoute" reply (express-route-claim.test.ts); in a call with no other company, or a question about the
// partner's ExpressRoute, it reads as before.
import { advise, withExpressRouteUse } from '../../src/engine';
import { pathsText } from '../../src/present';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { saysOthersLackExpressRoute } from '../../dialogs/followUpWords';
import { ANSWERED, startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

const FEDERATED: Record<Locale, string> = {
  en: 'User at Contoso (us) in a 1:1 with someone at Fabrikam, a partner. Both companies are on SfB Online and both have ExpressRoute. Our user is in the office. Path?',
  'zh-TW': '全部都是 Online，我在公司跟合作夥伴公司的人 1:1 通話，對方也是 SfB Online，也有 ER。路徑怎麼走？',
};

const OTHERS_LACK: [Locale, string][] = [
  ['en', "and if Fabrikam didn't have ExpressRoute?"],
  ['en', 'what if the partner has no ER?'],
  ['en', "what if they don't have ExpressRoute"],
  // convs5: a filler before the what-if got "whom do you mean?".
  ['en', "hm, what if they don't have ExpressRoute?"],
  ['en', 'oh well and if the vendor has no ER'],
  ['zh-TW', '如果對方公司沒有 ER 呢？'],
  ['zh-TW', '那如果合作夥伴沒拉 ER'],
  ['zh-TW', '嗯，那如果對方沒有 ER 呢'],
  // The lack stressed (class set class-followup-A saw "this changes nothing").
  ['zh-TW', '對方公司如果根本沒有 ER 呢'],
  // The contraction typed without its apostrophe (convs12 c12-6 t2 got "didn't understand").
  ['en', 'and if northwind doesnt have an expressroute circuit?'],
  ['en', 'what if the customer didnt have ER either'],
  // Said outright, not as a what-if (the brief's class 2: the documented row repeated, or a triage of a path seen).
  ['en', 'the partner company has no ExpressRoute'],
  ['en', "well, the other company doesn't have ER"],
  ['en', 'they do not use ExpressRoute'],
  ['zh-TW', '對方公司沒有 ER'],
  ['zh-TW', '客戶那邊也沒有拉專線'],
];

describe.each(OTHERS_LACK)('%s: %s', (locale, text) => {
  it('after a federated answer: the answer worked out without their ExpressRoute, nothing changes', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(FEDERATED[locale]);
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'dialog.expressRoute.theirsHasNot'));
    const without = withExpressRouteUse(advise(before.scenario).resolution!, 'bypassed', 'theirs');
    // Their client reaches the cloud over the Internet; the user's first hop is still our ExpressRoute.
    expect(without.signaling.find((leg) => leg.party === 'peer')!.path).toBe('internet');
    expect(without.signaling.find((leg) => leg.party === 'user')!.path).toBe('expressRoute');
    const paths = { user: pathsText(without, undefined, locale), peer: pathsText(without, undefined, locale, 'peer') };
    expect(said).toContain(t(locale, 'dialog.expressRoute.withoutTheirsBoth', paths));
    expect(await conversation.session()).toEqual(before);
  });

  it('after an answer with no other company: not the answer without theirs', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'dialog.expressRoute.theirsHasNot'));
  });
});

describe('what says another organization has no ExpressRoute', () => {
  it.each(OTHERS_LACK)('%s %s', (_locale, text) => expect(saysOthersLackExpressRoute(text)).toBe(true));
  it.each([
    "what if we didn't have ExpressRoute?",
    'what if we didnt have ER',
    'what if i want no ER',
    'what if I had no ER',
    "what if she didn't have ExpressRoute",
    "hm, what if we don't have ExpressRoute?",
    'does Fabrikam have ExpressRoute?',
    'what if Fabrikam is on the Internet?',
    "media doesn't use ER",
    'the media does not use ExpressRoute',
    '如果我們沒有 ER 呢？',
    '對方公司有 ER 嗎',
    '如果對方在家呢',
  ])('not %s', (text) => expect(saysOthersLackExpressRoute(text)).toBe(false));
});
