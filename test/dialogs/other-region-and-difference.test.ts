// Two follow-ups the blind judge of convs8 found called out of scope after an answer: an organizer or a user in
// another region ("one of them is organised by our US office, I'm based in Singapore. does that change anything?",
// c8-3 t5) gets the Premium add-on caveat (the paths' words stay; traffic on the ExpressRoute path crosses Microsoft's
// backbone to the organizer's region); "why so different?" after a what-if (「為什麼差這麼多」, c8-8 t4) gets the
// reasons of the answer on screen. Near misses: a place in your network named with a city is a what-if, and a why
// that names a fact that differs stays a question about that fact.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { MEETING_ANSWERED, startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();


describe.each([
  ['en', "one of them is organised by our US office, I'm based in Singapore. does that change anything?"],
  ['en', 'what if the organizer is in another region?'],
  ['zh-TW', '如果召集人在美國總部，不同區域會有差嗎？'],
  ['zh-TW', '那跨區域的會議呢'],
  // Two areas named, or one beside the tenant (the blind judge of convs10: "out of scope", c10-8 t3, c10-20 t3).
  ['en', "does it matter that I'm in Tokyo and our tenant is in Europe?"],
  ['en', 'the organizer sits in London and I am in Singapore, any difference?'],
  ['en', 'our tenant lives in the EU, does that change anything for me?'],
  ['zh-TW', '他們在美國，我們在台灣，有差嗎？'],
  ['zh-TW', '我們的租用戶在歐洲，這樣會有影響嗎？'],
] as const)('%s after a meeting answer: %s', (locale: Locale, text) => {
  it('gets the Premium add-on caveat, nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETING_ANSWERED[locale]);
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'caveats.premiumAddOn'));
    expect(said).not.toContain(t(locale, 'cli.outOfScope'));
    expect((await conversation.session()).scenario).toEqual(before.scenario);
  });
});

describe.each([
  ['en', 'why so different?'],
  ['en', "why's that so different from before"],
  ['zh-TW', '為什麼差這麼多'],
  ['zh-TW', '所以為什麼差很多？'],
] as const)('%s after a what-if: %s', (locale: Locale, text) => {
  it('gives the reasons of the answer on screen', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETING_ANSWERED[locale]);
    await conversation.say(locale === 'en' ? 'what if I join from home?' : '如果我在家參加呢？');
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'why.title'));
  });
});

describe.each([
  // Two offices of one area are no other region; nor is "us" the United States.
  ['en', 'the organizer is in our Boston office and I am in Seattle, does it matter?'],
  ['en', 'does it matter for us that the organizer is in the office?'],
  ['zh-TW', '召集人在台北總部，我在台北分公司，有差嗎？'],
  // A message in capitals: "IN" and "NA" are words there, no countries.
  ['en', 'DOES IT MATTER IF I AM IN THE US OFFICE? ORGANIZER: NA'],
] as const)('%s near miss, one region: %s', (locale: Locale, text) => {
  it('is not the Premium add-on caveat', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETING_ANSWERED[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'caveats.premiumAddOn'));
  });
});

describe.each([
  ['en', 'what if I join from our Singapore office?'],
  ['zh-TW', '如果我在新加坡辦公室參加呢？'],
] as const)('%s near miss: %s', (locale: Locale, text) => {
  it('is a place of the user, not the caveat', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETING_ANSWERED[locale]);
    await conversation.say(locale === 'en' ? 'what if I join from home?' : '如果我在家參加呢？');
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'caveats.premiumAddOn'));
    expect((await conversation.session()).scenario.location).toBe('customerNetwork');
  });
});
