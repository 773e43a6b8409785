// Session 52's outside try (blind first turns, follow-ups of ours): "show me the diagram" / 「給我看圖」 was never
// understood, nor "is that documented or worked out?" / 「這是文件寫的還是推出來的？」. The diagram asked for is the
// answer's card again, which carries it (and before an answer, the question that leads to one); where an answer comes
// from is the why's last line (documented: a table row; or derived). Nothing of the session changes.
import { t } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { asksForDiagram, asksWhereAnswerComesFrom } from '../../dialogs/followUpWords';
import { ANSWERED, QUESTION, startConversation } from './harness';
import { allText, kindOf, questionOf } from './cardReading';

const recognizer = createRecognizer();
const diagramsOf = (reply: unknown): string[] => JSON.stringify(reply).match(/\/diagram\/[^"\\]+/g) ?? [];

describe.each([
  ['en', 'show me the diagram'],
  ['en', 'can I see the path diagram?'],
  ['en', 'picture pls'],
  ['en', 'could you draw a diagram of it'],
  ['zh-TW', '給我看圖'],
  ['zh-TW', '路徑圖呢？'],
  ['zh-TW', '可以畫個流程圖嗎'],
] as const)('%s: %s', (locale, text) => {
  it('after an answer: the answer card again, with the same diagram, and nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale, publicBaseUrl: 'https://advisor.example' });
    const [answer] = await conversation.say(ANSWERED[locale]);
    expect(kindOf(answer, locale)).toBe('answer');
    expect(diagramsOf(answer).length).toBeGreaterThan(0);
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(allText(replies[0])).toContain(t(locale, 'dialog.diagram.shown'));
    expect(diagramsOf(replies)).toEqual(expect.arrayContaining(diagramsOf(answer)));
    expect(await conversation.session()).toEqual(before);
  });

  it('before an answer: says it comes with the answer, and asks the same question again', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(QUESTION[locale]);
    const replies = await conversation.say(text);
    expect(allText(replies[0])).toContain(t(locale, 'dialog.beforeAnswer.diagram'));
    expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
  });
});

describe.each([
  ['en', 'is that documented or worked out?'],
  ['en', 'is this in the article?'],
  ['en', "where does that come from?"],
  ['en', "what's the source"],
  ['zh-TW', '這是文件寫的還是推出來的？'],
  ['zh-TW', '出處是哪裡？'],
  ['zh-TW', '文章裡有寫嗎'],
  ['en', 'source?'],
  ['zh-TW', '這個的依據是什麼？'],
] as const)('%s: %s', (locale, text) => {
  it('after an answer: the why, whose last line says where the answer comes from', async () => {
    const conversation = startConversation({ recognizer, locale });
    expect(kindOf((await conversation.say(ANSWERED[locale]))[0], locale)).toBe('answer');
    const before = await conversation.session();
    const said = allText((await conversation.say(text))[0]);
    expect(said).toContain(t(locale, 'why.basis', { source: '' }).replace(/[.。]$/, ''));
    expect(await conversation.session()).toEqual(before);
  });

  it('before an answer: says the answer will say it, and asks the same question again', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(QUESTION[locale]);
    const replies = await conversation.say(text);
    expect(allText(replies[0])).toContain(t(locale, 'dialog.beforeAnswer.source'));
    expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
  });
});

it.each(['en', 'zh-TW'] as const)('%s: a host that serves no diagrams says so, and shows the answer again', async (locale) => {
  const conversation = startConversation({ recognizer, locale });
  const [answer] = await conversation.say(ANSWERED[locale]);
  const replies = await conversation.say(locale === 'en' ? 'show me the diagram' : '給我看圖');
  expect(allText(replies[0])).toContain(t(locale, 'dialog.diagram.none'));
  expect(kindOf(replies.at(-1)!, locale)).toBe(kindOf(answer, locale));
});

// Near misses: a question of its own, or a network's picture, is not the answer's diagram or source.
it.each([
  'show me the diagram for a PSTN call from home in a hybrid deployment, homed on-prem',
  'the network diagram shows two ER circuits, does media use both?',
  '給我看混合式部署在家打外線的路徑圖',
  'what is the media source?',
  '媒體的來源是哪台伺服器？',
  'Is it documented whether media of a hybrid conference goes over ER when the organizer is on-prem and I am at home?',
])('not the answer on screen: %s', (text) => {
  expect(asksForDiagram(text) || asksWhereAnswerComesFrom(text)).toBe(false);
});
