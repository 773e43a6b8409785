// "I don't know where his account is homed" / 「我不知道他的帳號在哪」 after an answer, no question on screen: the fact
// the writer does not know, in the engine's slot names; what each of its values would give (as "don't know" to its
// question does), or that it does not change this answer; and when the fact may be either party's (a pronoun in a call
// between two people) or is not named, which one. Nothing of the scenario changes. Found by the outside try: "not
// understood". Near misses (a why, a doubt about a path, a second clause) go on as before.
import { advise, allowedValues, type SlotName } from '../../src/engine';
import { slotLabel, slotValueText } from '../../src/present';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { unknownFact, type UnknownFact } from '../../dialogs/factWords';
import { startConversation } from './harness';
import { allText, kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

/** Answers whose facts are known; in the first, the user's homing decides the paths (Hybrid PSTN rows). */
const PSTN_HYBRID: Record<Locale, string> = {
  en: 'Hybrid deployment, I call a landline from the office and my account is homed on-premises. Which paths?',
  'zh-TW': '混合式部署，我在辦公室打市話，我的帳號位於內部部署，路徑怎麼走？',
};
const PSTN_ONLINE: Record<Locale, string> = {
  en: 'Online tenant, I phone a landline from my desk at work: which paths?',
  'zh-TW': '我們全是 Online，我在公司座位上打市話，路徑怎麼走？',
};
const CONFERENCE_HYBRID: Record<Locale, string> = {
  en: 'We are hybrid; I am homed on-premises and in the office, joining a meeting an Online user organized. Which paths?',
  'zh-TW': '混合式部署，我的帳號在內部部署，人在辦公室，參加線上使用者召集的會議，路徑怎麼走？',
};
const P2P_HYBRID: Record<Locale, string> = {
  en: 'Hybrid. I am homed online and at the office, I call a colleague who is homed on-prem and also in the office. Which paths?',
  'zh-TW': '混合式部署，我位於線上、在辦公室，打給位於內部部署、也在辦公室的同事，路徑怎麼走？',
};

async function answered(locale: Locale, question: string) {
  const conversation = startConversation({ recognizer, locale });
  const [card] = await conversation.say(question);
  expect(kindOf(card, locale)).toBe('answer');
  return { conversation, before: await conversation.session() };
}

/** The reply of "don't know" for one fact: its label, and a line per value naming it. */
function expectDepends(text: string, slot: SlotName, scenario: object, locale: Locale) {
  expect(text).toContain(t(locale, 'dialog.depends.intro', { fact: slotLabel(slot, locale) }));
  for (const value of allowedValues(slot, {})) if (advise({ ...scenario, [slot]: value }).conflicts.length === 0) expect(text).toContain(slotValueText(slot, value, locale));
  expect(text).toContain(t(locale, 'dialog.depends.tell'));
}

describe.each([
  ['en', PSTN_HYBRID, "I don't know where his account is homed", 'homing'],
  ['en', PSTN_HYBRID, "honestly I'm not sure whether the user is online or on-prem", 'homing'],
  ['en', CONFERENCE_HYBRID, 'not sure who organized the meeting', 'organizer'],
  ['en', PSTN_HYBRID, "we don't know which deployment we have", 'deployment'],
  ['en', P2P_HYBRID, 'I have no idea whether a firewall sits between us', 'firewall'],
  ['zh-TW', PSTN_HYBRID, '我不知道他的帳號在哪', 'homing'],
  ['zh-TW', CONFERENCE_HYBRID, '不清楚會議是誰召集的', 'organizer'],
  ['zh-TW', P2P_HYBRID, '我不確定中間有沒有防火牆', 'firewall'],
  ['zh-TW', PSTN_HYBRID, '我們不確定是哪種部署', 'deployment'],
] as const)('%s, one fact: %s / %s', (locale, question, text, slot) => {
  it(`says what each value of ${slot} would give, and changes nothing`, async () => {
    const { conversation, before } = await answered(locale, question[locale]);
    const replies = await conversation.say(text);
    expect(replies).toHaveLength(1);
    expectDepends(allText(replies[0]), slot, before.scenario, locale);
    expect(await conversation.session()).toEqual(before);
  });
});

describe.each([
  ['en', "I don't know where she is homed", 'homing'],
  ['en', 'not sure who organised it', 'organizer'],
  ['zh-TW', '我不知道她的帳號在哪裡', 'homing'],
  ['zh-TW', '不確定會議是誰開的', 'organizer'],
] as const)('%s, a fact this answer does not depend on: %s', (locale, text, slot) => {
  it('says it does not change this answer', async () => {
    const { conversation, before } = await answered(locale, PSTN_ONLINE[locale]);
    const [reply] = await conversation.say(text);
    expect(allText(reply)).toContain(t(locale, 'dialog.unknownFact.noEffect', { facts: slotLabel(slot, locale) }));
    expect(await conversation.session()).toEqual(before);
  });
});

describe.each([
  ['en', "I don't know where he is homed", ['homing', 'peerHoming']],
  ['en', "not sure where they're connecting from", ['location', 'peer']],
  ['zh-TW', '我不知道他的帳號在哪', ['homing', 'peerHoming']],
  ['zh-TW', '不清楚她人在哪裡', ['location', 'peer']],
] as const)('%s, either party in a call of two: %s', (locale, text, slots) => {
  it('asks which party, naming both facts', async () => {
    const { conversation, before } = await answered(locale, P2P_HYBRID[locale]);
    const [reply] = await conversation.say(text);
    const facts = slots.map((slot) => slotLabel(slot, locale)).join(t(locale, 'dialog.listSeparator'));
    expect(allText(reply)).toContain(t(locale, 'dialog.unknownFact.which', { facts }));
    expect(await conversation.session()).toEqual(before);
  });
});

it('the other party named in a call of two: that party\'s fact', async () => {
  const { conversation, before } = await answered('en', P2P_HYBRID.en);
  const [reply] = await conversation.say("I'm not sure where the other party is");
  expect(allText(reply)).toContain(t('en', 'dialog.depends.intro', { fact: slotLabel('peer', 'en') }));
  expect(await conversation.session()).toEqual(before);
});

describe.each([
  ['en', "I don't know"],
  ['zh-TW', '不知道耶'],
] as const)('%s, no fact named after an answer: %s', (locale, text) => {
  it('asks which fact, naming those the answer offers to change', async () => {
    const { conversation, before } = await answered(locale, CONFERENCE_HYBRID[locale]);
    const [reply] = await conversation.say(text);
    expect(allText(reply)).toContain(slotLabel('organizer', locale));
    expect(allText(reply)).not.toContain(t(locale, 'dialog.notUnderstood'));
    expect(await conversation.session()).toEqual(before);
  });
});

it('with the fact\'s own question on screen: the answer "don\'t know" to it', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  const [card] = await conversation.say('Hybrid conference, I am in the office. Where does the media go?');
  expect(questionOf(card).slot).toBe('organizer');
  const [reply] = await conversation.say("I don't know who organized it");
  expect(allText(reply)).toContain(t('en', 'dialog.depends.intro', { fact: slotLabel('organizer', 'en') }));
  expect(questionOf(reply).slot).toBe('organizer');
});

describe.each([
  ['en', "I don't know why the media goes over the internet"],
  ['en', 'not sure the media goes over ER'],
  ['zh-TW', '不知道為什麼媒體走外網'],
] as const)('%s near miss after an answer: %s', (locale, text) => {
  it('is not read as a fact not known', async () => {
    const { conversation } = await answered(locale, PSTN_HYBRID[locale]);
    const replies = await conversation.say(text);
    const said = saidIn(replies);
    expect(said).not.toContain(t(locale, 'dialog.depends.tell'));
    expect(said).not.toContain(t(locale, 'dialog.unknownFact.noEffect', { facts: slotLabel('homing', locale) }));
  });
});

describe('which fact a message says is not known', () => {
  it.each<[string, UnknownFact]>([
    ["I don't know where his account is homed", { kind: 'homing', party: 'either' }],
    ['no idea where the callee is homed', { kind: 'homing', party: 'peer' }],
    ["I'm not sure where the organizer is homed", { kind: 'organizer', party: 'either' }],
    ['we really do not know if UDP is blocked', { kind: 'firewall', party: 'either' }],
    ["not sure if I'm on the VPN", { kind: 'place', party: 'user' }],
    ['我不知道他的帳號在哪', { kind: 'homing', party: 'either' }],
    ['不清楚對方在哪裡', { kind: 'place', party: 'peer' }],
    ['我也不確定主持人是誰', { kind: 'organizer', party: 'either' }],
  ])('%s', (text, fact) => expect(unknownFact(text)).toEqual(fact));
  it.each([
    "I don't know",
    "I don't know why the audio drops",
    'not sure the media goes over ER',
    "I don't know where he is, but the organizer is online",
    'what if I do not know the organizer?',
    'where is his account homed?',
    '不知道為什麼媒體走外網',
    '我不知道他在哪，但會議是線上召集的',
    '他的帳號在哪？',
  ])('not %s', (text) => expect(unknownFact(text)).toBeUndefined());
});
