// "Can you say that again in Chinese?" right after an explain card ("What does QoS mean …?"): the same card in the
// language asked for. Found replaying the blind conversations: the welcome card came instead, and the explanation was
// lost. After anything else, a language switch shows where the conversation stands, as before.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { QUESTION, startConversation } from './harness';
import { kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const EXPLAIN: Record<Locale, string> = {
  en: 'What does QoS mean when people talk about ExpressRoute for Skype?',
  'zh-TW': 'QoS 是什麼意思？',
};
const SWITCH: Record<Locale, [Locale, string]> = {
  en: ['zh-TW', '可以用中文再說一次嗎？我同事看不太懂英文'],
  'zh-TW': ['en', 'can you say that in English?'],
};

describe.each(['en', 'zh-TW'] as const)('%s explain card, then the other language', (locale) => {
  it('shows the same explanation in that language', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [explained] = await conversation.say(EXPLAIN[locale]);
    expect(kindOf(explained, locale)).toBe('explain');
    const [to, text] = SWITCH[locale];
    const replies = await conversation.say(text);
    const said = saidIn(replies);
    expect(said).toContain(t(to, 'dialog.languageSwitched'));
    expect(said).toContain(t(to, 'terms.qos.title'));
  });

  it('with a question on screen: the explanation, then the question, in that language', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(QUESTION[locale]);
    await conversation.say(EXPLAIN[locale]);
    const [to, text] = SWITCH[locale];
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(to, 'terms.qos.title'));
    expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
  });

  it('near miss: after another reply, the switch shows where the conversation stands', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(EXPLAIN[locale]);
    await conversation.say(QUESTION[locale]);
    const [to, text] = SWITCH[locale];
    const replies = await conversation.say(text);
    expect(saidIn(replies)).not.toContain(t(to, 'terms.qos.title'));
    expect(kindOf(replies.at(-1)!, to)).toBe('question');
  });
});
