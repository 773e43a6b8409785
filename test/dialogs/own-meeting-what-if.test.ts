// A what-if that makes the person whose paths are asked the meeting's organizer, by themselves ("what if Ken hosted it
// himself? path for Ken", 「如果改成主任自己開會呢？主任的路徑」): they are the user, whose homing the conversation
// knows, so the meeting is hosted there (principle 1). Session 56's blind conversations saw the organizer's homing
// asked although said. Near misses: someone else organizing, or the organizer named without "himself"/「自己」 and
// never met before, is still asked.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf, questionOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

/** Ken, homed on-premises, in the office, joins a meeting set up by an Online colleague. */
const OPENING: Record<Locale, string> = {
  en: 'Hybrid deployment with ExpressRoute. Ken is homed on-prem and joins from the office a meeting set up by Sara, who is homed online. Path for Ken?',
  'zh-TW': '混合式部署，有 ExpressRoute。主任的帳號在地端，他在辦公室參加業務經理召開的會議，業務經理的帳號在線上。主任的路徑？',
};

describe.each([
  ['en', 'what if Ken hosted the meeting himself? path for Ken'],
  ['en', 'and if Ken organized it himself instead, the path for Ken?'],
  ['zh-TW', '如果改成主任自己開會呢？主任的路徑'],
  ['zh-TW', '那換成主任本人召集會議呢？主任的路徑'],
] as const)('%s: %s', (locale, text) => {
  it('hosts the meeting where the user is homed, and answers', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(OPENING[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    expect((await conversation.session()).scenario.organizer).toBe('online');
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' });
  });
});

describe.each([
  ['en', 'what if Omar hosted the meeting? path for Ken'],
  ['zh-TW', '如果改成副理開會呢？主任的路徑'],
] as const)('%s: someone never met organizes: %s', (locale, text) => {
  it('asks where the organizer is homed', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(OPENING[locale]);
    const replies = await conversation.say(text);
    expect(questionOf(replies.at(-1)!).slot).toBe('organizer');
  });
});
