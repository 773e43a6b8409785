// Where someone never named usually is, said in a meeting conversation ("Joe is usually remote", 「阿傑通常在家工作」):
// another participant's habit, not the user's place today. The blind class set class-followup-A saw the writer moved to
// the Internet. Now whom they are in the call and what about them is asked (as for a name never met), and the user's
// answer stays. Near misses: the writer's own habit, and a what-if of today about the name, read as before.
import { t } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { meetingAnswered } from './harness';
import { allText, kindOf } from './cardReading';

const recognizer = createRecognizer();


describe.each([
  ['en', 'Joe is usually remote', 'Joe'],
  ['en', 'fyi Priya normally works from home', 'Priya'],
  ['en', 'Marcus is mostly at a hotel, he travels a lot', 'Marcus'],
  ['zh-TW', '阿傑通常都在家工作', '阿傑'],
  ['zh-TW', 'Kevin 平常都在飯店', 'Kevin'],
] as const)('%s: a habit of someone never named: %s', (locale, text, name) => {
  it('asks who they are and keeps the user where they are', async () => {
    const { conversation, before } = await meetingAnswered(recognizer, locale);
    const [reply] = await conversation.say(text);
    expect(allText(reply)).toContain(t(locale, 'dialog.unknownName', { name }));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

describe.each([
  ['en', 'I am usually remote though, what if I join from home?'],
  ['zh-TW', '我通常在家，如果我在家參加呢？'],
] as const)('%s near miss (the writer): %s', (locale, text) => {
  it('moves the user as before', async () => {
    const { conversation } = await meetingAnswered(recognizer, locale);
    const [reply] = await conversation.say(text);
    expect(kindOf(reply, locale)).toBe('answer');
    expect((await conversation.session()).scenario.location).toBe('internet');
  });
});

describe.each([
  ['en', 'Media is usually local for us, right?'],
  ['en', 'what if Priya joins from home today?'],
  ['zh-TW', '媒體通常都走本地嗎？'],
] as const)('%s near miss (no habit of a new name): %s', (locale, text) => {
  it('asks nothing about a name', async () => {
    const { conversation } = await meetingAnswered(recognizer, locale);
    const [reply] = await conversation.say(text);
    expect(allText(reply)).not.toContain(t(locale, 'dialog.unknownName', { name: 'Media' }).slice(0, 20));
  });
});
