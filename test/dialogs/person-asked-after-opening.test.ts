// A follow-up that names one of the two people of a call, by what the opening called them: found by session 55's blind
// conversations, where the person had never been registered from the opening (a caller said after whose staff they
// are, 「打 Skype 給」, an aside in brackets, a title ending in 任, "He calls the …" after a sentence that opened with
// the caller, a callee said by where they work), or was asked with 自己 or without 呢, or while a question back was on
// screen; and where a what-if placed one of the two while asking the other's paths ("and if the X were …, what would
// the Y's path be?"), whose facts moved the one asked for. Near misses: the caller is still the user, a role's words
// stop before "on duty", a question back is asked again rather than answered.
import type { Locale } from '../../src/i18n';
import { t } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import type { Perspective } from '../../src/engine';
import { answeredFor, startConversation } from './harness';
import { kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const OPENINGS = {
  staffOfZh: '我們藥局的藥劑師在櫃台用商務用 Skype 打給護理師，兩個人都在院內網路。全部都是 Online。路徑怎麼走？',
  asidesZh: '混合式部署。客服經理（線上帳號）打 Skype 給倉儲主任（地端帳號），兩人都在公司網路。客服經理的路徑？',
  withTitleZh: '我們全部是 Online。廠長跟品保主任一對一通話，兩人都在廠區網路。路徑？',
  pronounCallerEn: "We're all Online. Our florist is at home on her own DSL. She calls the delivery van driver, who's on the shop network. Florist's path?",
  workplaceEn: 'all Online. our receptionist at the front desk calls the physio clinic office over Skype, both on the office LAN. paths?',
};

const ASKED: [string, Locale, string[], Perspective][] = [
  ['a caller said after whose staff they are, the callee stressed with 自己', 'zh-TW', [OPENINGS.staffOfZh, '那護理師自己呢'], 'peer'],
  ['near miss: the caller of the same opening', 'zh-TW', [OPENINGS.staffOfZh, '那護理師呢', '藥劑師呢'], 'user'],
  ['each with an aside in brackets, a title ending in 任, asked without 呢', 'zh-TW', [OPENINGS.asidesZh, '那倉儲主任'], 'peer'],
  ['a title ending in 任 in a call between two', 'zh-TW', [OPENINGS.withTitleZh, '品保主任那邊呢'], 'peer'],
  ['the caller said by "she" after the sentence that opened with her', 'en', [OPENINGS.pronounCallerEn, 'and the van driver?'], 'peer'],
  ['near miss: the florist', 'en', [OPENINGS.pronounCallerEn, 'and the van driver?', 'and the florist?'], 'user'],
  ['a callee said by where they work', 'en', [OPENINGS.workplaceEn, "and the physio's?"], 'peer'],
];

it.each(ASKED)('%s (%s)', async (_name, locale, turns, perspective) => {
  expect(await answeredFor(recognizer, locale, turns)).toBe(perspective);
});

it('the words of a role stop at a word that joins: "the nurse on duty" is the nurse', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say('All Online. The lab technician calls the nurse on duty, both on the hospital LAN. Paths?');
  expect((await conversation.session()).people).toEqual({ technician: 'user', nurse: 'peer' });
});

const PLACED_ASKED_OTHER: [Locale, string, string][] = [
  ['en', OPENINGS.workplaceEn, "and if the physio was out at a client's home on her phone's 4G, what would the receptionist's path be?"],
  ['zh-TW', OPENINGS.staffOfZh, '那如果護理師在家呢？藥劑師這邊會怎樣'],
];

it.each(PLACED_ASKED_OTHER)('a what-if placing one of the two, asking the other\'s paths: the facts are the first\'s (%s)', async (locale, opening, whatIf) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(opening);
  const replies = await conversation.say(whatIf);
  expect(saidIn(replies)).not.toContain(t(locale, 'dialog.whichParty'));
  expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
  const session = await conversation.session();
  expect(session.scenario).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  expect(session.perspective).toBe('user');
});

it('with a question back on screen, a person of the call named instead of an answer: the question asked again, for them', async () => {
  const conversation = startConversation({ recognizer, locale: 'zh-TW' });
  const [question] = await conversation.say('混合式部署。客服經理（線上帳號）打 Skype 給倉儲主任（地端帳號）。客服經理的路徑？');
  expect(kindOf(question, 'zh-TW')).toBe('question');
  const replies = await conversation.say('那倉儲主任呢');
  expect(saidIn(replies)).not.toContain(t('zh-TW', 'dialog.notUnderstoodAnswer'));
  expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
  expect((await conversation.session()).perspective).toBe('peer');
});
