// Thanks or "ok" followed by a closing remark (what the writer will do next), and emoji alone, after an answer: the
// outside try got "not understood". They are acknowledged (thanks or ok, by their lead) and nothing changes. A remark
// that states a fact of the call, or asks something, is no closing remark.
import { t } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { closingRemark } from '../../dialogs/followUpWords';
import { ANSWERED, expectAcknowledgedAfterAnswer, expectQuestionAgain, startConversation } from './harness';
import { allText } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  ['en', "Thank you so much, I'll forward this to him :)", 'dialog.thanks'],
  ['en', 'thanks! we will go through it tomorrow', 'dialog.thanks'],
  ['en', "cheers, I'm going to show this to my manager", 'dialog.thanks'],
  ['en', "ok I'll check with the network team", 'dialog.ok'],
  ['en', 'alright, I need to talk to our carrier then', 'dialog.ok'],
  // "will" is also a word of "will do": the remark after the thanks starts with it (found by the outside try: a hello).
  ['en', 'ok cheers, will check the route adverts with the carrier', 'dialog.thanks'],
  ['en', 'thanks, will do', 'dialog.thanks'],
  ['en', '🙏', 'dialog.thanks'],
  ['en', '👍', 'dialog.ok'],
  ['zh-TW', '好 我把兩個都貼給主管看', 'dialog.ok'],
  ['zh-TW', '謝謝，我再去問網管', 'dialog.thanks'],
  ['zh-TW', '收到，我們會轉給網路組', 'dialog.thanks'],
  ['zh-TW', '了解 👌', 'dialog.thanks'],
  ['zh-TW', '🙏🙏', 'dialog.thanks'],
  ['zh-TW', 'OK 謝啦，我再跟電信商確認路由廣播', 'dialog.thanks'],
  // convs5: a remark in the present tense ("closing the ticket"), one that comes back later (read as "back"), a laugh
  // before the thanks, 「先這樣」, and an English thanks before a Chinese remark.
  ['en', 'got it, closing the ticket as expected behaviour', 'dialog.thanks'],
  ['en', 'ok, forwarding this to the network team', 'dialog.ok'],
  ['en', "ok thanks, I'll come back once I know what we run", 'dialog.thanks'],
  ['en', 'lol fine. thanks!', 'dialog.thanks'],
  ['en', 'haha ok', 'dialog.ok'],
  ['zh-TW', '好，先這樣', 'dialog.ok'],
  ['zh-TW', '謝謝，那就先這樣', 'dialog.thanks'],
  ['zh-TW', 'thx, 我貼回工單', 'dialog.thanks'],
  ['zh-TW', 'thanks 我再回頭確認', 'dialog.thanks'],
  // convs12 (c12-2 t5): "that's all (for now)" closes as "will do" does, after thanks or ok; "thx" is thanks.
  ['en', 'cool thx thats all for now', 'dialog.thanks'],
  ['en', "thanks, that's all", 'dialog.thanks'],
  ['en', "ok that's it for today", 'dialog.ok'],
  // The last stop's leftover: a remark on what the answer explains ("not understood").
  ['en', 'that might also explain the random drops', 'dialog.ok'],
  ['en', 'oh, that would explain the echo we keep hearing', 'dialog.ok'],
  ['zh-TW', '這可能也解釋了偶爾斷線的問題', 'dialog.ok'],
  ['zh-TW', '喔 這就解釋了為什麼品質一直不穩', 'dialog.ok'],
] as const)('%s: %s', (locale, text, key) => {
  it('is acknowledged after an answer, and nothing changes', () => expectAcknowledgedAfterAnswer(recognizer, locale, text, key));
});

it.each([
  ['en', 'ok go back'],
  ['en', 'thanks, back to the previous answer please'],
] as const)('%s: "back" with thanks is still back: %s', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(ANSWERED[locale]);
  const said = (await conversation.say(text)).map(allText).join(' ');
  expect(said).not.toContain(t(locale, 'dialog.thanks'));
  expect(said).not.toContain(t(locale, 'dialog.ok'));
});

describe.each([
  ['en', "thanks, I'll tell him she is working from home now"],
  ['en', 'ok we will be on the Internet at the hotel'],
  ['zh-TW', '好，我會在家打這通電話'],
  ['en', 'that explains it, she was at the hotel on the guest Wi-Fi'],
] as const)('%s states a fact of the call: %s', (locale, text) => {
  it('is not merely acknowledged', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const replies = await conversation.say(text);
    const said = replies.map(allText).join(' ');
    expect(said).not.toContain(t(locale, 'dialog.thanks'));
    expect(said).not.toContain(t(locale, 'dialog.ok'));
  });
});

it.each([
  ['en', "ok I'll find out", 'dialog.stillNeeded'],
  ['zh-TW', '好 我再去問網管', 'dialog.stillNeeded'],
  ['en', "ok thanks, I'll come back once I know what we run", 'dialog.thanks'],
  ['zh-TW', '好，先這樣', 'dialog.stillNeeded'],
  ['en', 'cool thx thats all for now', 'dialog.thanks'],
] as const)('%s with a question on screen, "ok" and a remark: %s asks it again', (locale, text, key) => expectQuestionAgain(recognizer, locale, text, key));

describe('what is a closing remark', () => {
  it.each([
    "thanks, I'll forward it, but what if he is at home?",
    'ok will it go over ER?',
    '好，我再問一下，那他在家呢？',
    'thanks but the answer is wrong',
    'ok',
    '好 那如果對方在家',
    'I will forward this',
    'ok, closing the ticket? or is the firewall to blame',
    'does that explain the random drops?',
    'that might explain it, but what if she is at home',
    '這可以解釋斷線嗎',
    'thanks, I will come back to the hotel case: what if she is at home',
    '先這樣會走 ER 嗎',
    "thanks, that's all I know: she is at home today",
    "that's it",
    '',
  ])('not %s', (text) => expect(closingRemark(text)).toBeUndefined());
});
