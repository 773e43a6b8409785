// During a triage (and after an answer), a what-if or a leg's question about a person named or a pronoun whose fact
// the recognizer does not read ("what if Ben gets back to the office before the call starts?", "and Ben's
// signaling?"): the outside try got "not understood" or the explain card. In a call between two people it asks whom
// it is about, as a what-if after an answer does, and nothing changes; a what-if whose fact is read still applies.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { namesSomeone } from '../../dialogs/followUpWords';
import { startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

// Ben is not the other party named: a call between the writer and one other person named makes that person the other
// party (other-party-named-what-if.test.ts).
const TRIAGE: Record<Locale, string> = {
  en: 'Online deployment, peer-to-peer call between me in the office and a colleague at home. The media goes over the internet on my side.',
  'zh-TW': '全部都是 Online，點對點通話，我在公司，小明在家。我這邊的媒體走網際網路。',
};
const ANSWER: Record<Locale, string> = {
  en: 'Online deployment, peer-to-peer call between me in the office and a colleague at home. Which paths?',
  'zh-TW': '全部都是 Online，點對點通話，我在公司，小明在家。路徑怎麼走？',
};

const ON_SCREEN = [
  ['a triage', TRIAGE],
  ['an answer', ANSWER],
] as const;

/** What is on screen after `first`, then what saying `text` replies and leaves. */
async function followUp(locale: Locale, first: Record<Locale, string>, text: string) {
  const conversation = startConversation({ recognizer, locale });
  const [card] = await conversation.say(first[locale]);
  const kind = kindOf(card, locale);
  const before = await conversation.session();
  const replies = await conversation.say(text);
  return { kind, before, replies, said: saidIn(replies), after: await conversation.session() };
}

const ABOUT_SOMEONE: [Locale, string][] = [
  ['en', 'what if Ben gets back to the office before the call starts?'],
  ['en', "and Ben's signaling?"],
  ['en', "what about Priya's audio?"],
  ['zh-TW', '如果小明在通話前回到公司呢？'],
  ['zh-TW', '那小明的訊號呢？'],
];

describe.each(ABOUT_SOMEONE)('%s: %s', (locale, text) => {
  it.each(ON_SCREEN)('with %s on screen: asks whom, nothing changes, no explain card', async (_on, first) => {
    const { kind, before, replies, said, after } = await followUp(locale, first, text);
    expect(said).toContain(t(locale, 'dialog.whichParty'));
    expect(said).not.toContain(t(locale, 'cli.outOfScope'));
    expect(replies.map((reply) => kindOf(reply, locale))).not.toContain('explain');
    expect(kindOf(replies.at(-1)!, locale)).toBe(kind === 'answer' ? 'followUp' : kind);
    expect(after).toEqual(before);
  });
});

it('a what-if whose fact is read still applies in a triage', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(TRIAGE.en);
  await conversation.say('what if I am at home?');
  expect((await conversation.session()).scenario.location).toBe('internet');
});

it('a traffic question about no one is still explained', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(TRIAGE.en);
  const replies = await conversation.say('what is signaling?');
  expect(replies.map((reply) => kindOf(reply, 'en'))).toContain('explain');
});

describe('who is someone', () => {
  it.each(["and the other party's signaling?", 'what if I am at home?', 'what if the user is on the Internet?', 'What if ExpressRoute is down?', '如果對方在家呢？', '那使用者的訊號呢'])('not %s', (text) =>
    expect(namesSomeone(text)).toBe(false),
  );
});

// The writer said they are in the call: "she", 她 can only be the one other person, Ben (one-other-person.test.ts):
// her fact is the other party's, and a question about her leg shows the card again; never asked whom.
describe.each([
  ['en', 'suppose she heads back to HQ after lunch', { peer: 'customerNetwork' }],
  ['zh-TW', '那她的媒體呢', {}],
] as const)('%s: %s, in the writer\'s call', (locale, text, change) => {
  it.each(ON_SCREEN)('with %s on screen: the other party\'s, never asks whom, no explain card', async (_on, first) => {
    const { kind, before, replies, said, after } = await followUp(locale, first, text);
    expect(said).not.toContain(t(locale, 'dialog.whichParty'));
    expect(replies.map((reply) => kindOf(reply, locale))).not.toContain('explain');
    expect(kindOf(replies.at(-1)!, locale)).toBe(kind);
    expect(after.scenario).toEqual({ ...before.scenario, ...change });
  });
});
