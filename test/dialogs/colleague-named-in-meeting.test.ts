// "what about my colleague Nadia?", 「那我同事 Nadia 呢？」 after a meeting's answer, Nadia never named: another
// participant of the meeting. Session 51's brief (class 9 of the follow-ups a blind judge rated): called out of scope.
// The advisor says she is another participant, whose paths are a user's where she joins from, and asks where that is;
// "Nadia joins from home" then answers for her place. Near misses: a name alone ("and Maria?") or a colleague named
// after a call between two people is asked whom they are in the call (unknown-name-asked.test.ts).
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf, saidIn } from './cardReading';
import { meetingAnswered, startConversation } from './harness';

const recognizer = createRecognizer();

const COLLEAGUES: [Locale, string, string][] = [
  ['en', 'what about my colleague Nadia?', 'Nadia'],
  ['en', 'and my coworker Nadia', 'Nadia'],
  ['en', 'how about our teammate Priya?', 'Priya'],
  ['zh-TW', '那我同事 Nadia 呢？', 'Nadia'],
  ['zh-TW', '我同事小美呢', '小美'],
  ['zh-TW', '那同事 Amy 呢', 'Amy'],
];

describe.each(COLLEAGUES)('%s: %s after a meeting’s answer', (locale, text, name) => {
  it('is another participant, whose place is asked; nothing changes', async () => {
    const { conversation, before } = await meetingAnswered(recognizer, locale);
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'dialog.otherParticipant', { name }));
    expect(said).not.toContain(t(locale, 'cli.outOfScope'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

it.each([
  ['en', 'what about my colleague Nadia?', 'Nadia joins from home'],
  ['zh-TW', '那我同事 Nadia 呢？', 'Nadia 在家加入'],
] as [Locale, string, string][])('%s: her place, said next, is answered', async (locale, text, place) => {
  const { conversation, before } = await meetingAnswered(recognizer, locale);
  await conversation.say(text);
  const replies = await conversation.say(place);
  expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
  expect((await conversation.session()).scenario).toEqual({ ...before, location: 'internet' });
});

it.each([
  ['en', "All Online. I'm in the office calling a colleague at home. Paths?", 'what about my colleague Nadia?', 'Nadia'],
  ['zh-TW', '全部都是 Online。我在公司打給在家的同事。路徑？', '那我同事 Nadia 呢？', 'Nadia'],
] as [Locale, string, string, string][])('%s: after a call between two people, %s is asked whom', async (locale, opening, text, name) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(opening);
  const said = saidIn(await conversation.say(text));
  expect(said).toContain(t(locale, 'dialog.unknownName', { name }));
  expect(said).not.toContain(t(locale, 'dialog.otherParticipant', { name }));
});
