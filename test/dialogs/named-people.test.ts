// A person named earlier in the conversation keeps their role. Found replaying the blind conversations: after a
// ticket about a meeting "organised by Ken Ito", "sorry, checked AD again, Ken is on the on-prem pool too" was read
// as the user's homing and "changed nothing" (a correction ignored, a wrong answer kept); "Tom was actually migrated
// to Online", Tom having been named as the other party, was "I can't tell whom you mean"; 「那陳經理自己？他在辦公室」
// moved the user. The organizer's homing is where the conference is hosted; where the organizer sits is no fact of
// this user's paths, and is said so beside the organizer's own paths (convs9); the other party's facts are theirs. A name never said before, or a message that
// speaks of the writer, is read as before.
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import type { PartialScenario } from '../../src/engine';
import { roleNamed } from '../../dialogs/people';
import { startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const TICKET_EN =
  'Ticket INC0042871\nCaller: Mei Lin (Taipei office, 7F)\nShort desc: choppy audio in weekly ops meeting organised by Ken Ito\nEnv: SfB hybrid\nNotes: Mei homed on the on-prem pool\n---\nwhat path should her media take?';
const ORGANIZER: Record<Locale, string[]> = {
  en: [TICKET_EN, "he's online I think"],
  'zh-TW': ['混合式部署，王小明帳號在 Online，人在公司，參加陳經理召開的會議，陳經理帳號在線上，路徑？'],
};
const P2P_EN = 'Hi! Two users in a 1:1, Priya is homed Online and Tom is on-prem, hybrid setup. Both at the London office. What path does the call take?';

async function answered(locale: Locale, opening: readonly string[]) {
  const conversation = startConversation({ recognizer, locale });
  let cards: Awaited<ReturnType<typeof conversation.say>> = [];
  for (const text of opening) cards = await conversation.say(text);
  expect(kindOf(cards.at(-1)!, locale)).toBe('answer');
  return { conversation, before: (await conversation.session()).scenario };
}

describe.each([
  ['en', ORGANIZER.en, 'sorry, checked AD again, Ken is on the on-prem pool too', { organizer: 'onPremises' }],
  ['en', ORGANIZER.en, 'actually Ken Ito was moved to the on-prem pool', { organizer: 'onPremises' }],
  ['zh-TW', ORGANIZER['zh-TW'], '不好意思，陳經理其實是地端帳號', { organizer: 'onPremises' }],
  ['en', [P2P_EN], 'sorry, Tom was actually migrated to Online last week', { peerHoming: 'online' }],
  ['en', [P2P_EN], 'actually Priya is on-prem too', { homing: 'onPremises' }],
] as const)('%s: a correction about someone named before: %s', (locale, opening, text, change) => {
  it(`applies to their role (${JSON.stringify(change)}) and answers again`, async () => {
    const { conversation, before } = await answered(locale, opening);
    const replies = await conversation.say(text);
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.whichParty'));
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, ...(change as PartialScenario) });
  });
});

describe.each([
  ['en', "and Ken's side? he's in the same office"],
  ['zh-TW', '那陳經理自己？他在辦公室'],
] as const)('%s: where the organizer named before is: %s', (locale, text) => {
  // Since convs9's blind judge (c9-6 t2, c9-10 t2): the organizer's own paths are shown, said not to change the user's.
  it("shows the organizer's own paths, says the user's do not change, and changes nothing", async () => {
    const { conversation, before } = await answered(locale, ORGANIZER[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'dialog.organizersPaths'));
    expect(said).not.toContain(t(locale, 'dialog.noChange'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

describe.each([
  // Never named before: whom is asked, as before.
  ['en', [P2P_EN], 'sorry, Sam was actually migrated to Online last week', 'whichParty', {}],
  // Someone other than the organizer in a conference is the user, as before.
  ['en', ORGANIZER.en, 'sorry, Mei is actually homed online', 'changed', { homing: 'online' }],
  ['zh-TW', ORGANIZER['zh-TW'], '不好意思，王小明其實是地端帳號', 'changed', { homing: 'onPremises' }],
  // The writer, or a role, is no one named.
  ['en', ORGANIZER.en, 'what if I am at home?', 'changed', { location: 'internet' }],
  ['zh-TW', ORGANIZER['zh-TW'], '那如果我在家呢', 'changed', { location: 'internet' }],
  ['en', [P2P_EN], 'what if the other party is at home?', 'changed', { peer: 'internet' }],
] as const)('%s near miss: %s', (locale, opening, text, key, change) => {
  it(`reads as before (${key})`, async () => {
    const { conversation, before } = await answered(locale, opening);
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, `dialog.${key}`).split('{')[0]);
    expect((await conversation.session()).scenario).toEqual({ ...before, ...(change as PartialScenario) });
  });
});

// convs7 (c7-10), judged blind: the ticket named Ken and Sara, the advisor asked where the other party is, and "sara's
// at the airport" was "not understood as an answer": a name typed in lower case was not the Sara named before. A name
// that is also a common word ("will", "may") is matched only as written.
const SARA_TICKET = "Ticket #44817: can you tell me the media path for Ken's call with Sara? both Online users, Ken is in the office";

describe.each([
  ["sara's at the airport", { peer: 'internet' }],
  ['SARA is at the airport', { peer: 'internet' }],
] as const)('en: a name said again in another case: %s', (text, change) => {
  it(`applies to their role (${JSON.stringify(change)})`, async () => {
    const conversation = startConversation({ recognizer, locale: 'en' });
    const [question] = await conversation.say(SARA_TICKET);
    expect(kindOf(question, 'en')).toBe('question');
    const before = (await conversation.session()).scenario;
    await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject({ ...before, ...(change as PartialScenario) });
  });
});

describe('a name said again, as roleNamed reads it', () => {
  it.each([
    ["sara's at the airport", { Sara: 'peer' }, 'peer'],
    ['SARA is at home', { Sara: 'peer' }, 'peer'],
    ['Will is at home', { Will: 'peer' }, 'peer'],
    ['they will be at the airport', { Will: 'peer' }, undefined],
    ['may be at home', { May: 'peer' }, undefined],
  ] as const)('%s', (text, people, role) => expect(roleNamed(text, people)).toBe(role));
});

// "Janet organizes it", 「會議是陳經理主持的」: the organizer named with the verb after the name, so a what-if of theirs
// is the organizer's homing, where the conference is then hosted (the blind judge of convs8, c8-9 t5; "being migrated
// … next month" itself is not read yet). Near miss: a name never met is read as before.
const NAMED_AFTER: Record<Locale, string[]> = {
  en: ['does our weekly ops meeting run over expressroute? hybrid. Janet organizes it, she is homed on-prem. I am in the office, homed online'],
  'zh-TW': ['我們每週的會議會走 ER 嗎？混合式，會議是陳經理主持的，陳經理是地端帳號。我在辦公室，帳號在線上'],
};

describe.each([
  ['en', 'what if Janet moves to Online?'],
  ['en', 'and if Janet gets migrated to Online?'],
  ['zh-TW', '如果陳經理搬到線上呢？'],
] as const)('%s: %s after a meeting its organizer was named for', (locale: Locale, text) => {
  it('is the organizer moving: the conference is then hosted Online', async () => {
    const { conversation, before } = await answered(locale, NAMED_AFTER[locale]);
    expect(before.organizer).toBe('onPremises');
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, organizer: 'online' });
  });
});

describe.each([
  ['en', 'what if Bob moves to Online?'],
  ['zh-TW', '如果阿明搬到線上呢？'],
] as const)('%s near miss: %s, a name never met', (locale: Locale, text) => {
  it('does not move the organizer', async () => {
    const { conversation } = await answered(locale, NAMED_AFTER[locale]);
    await conversation.say(text);
    expect((await conversation.session()).scenario.organizer).toBe('onPremises');
  });
});
