// A follow-up that asks for one of the two people of a call by what the opening called them at work, any trade's word
// ("the groundskeeper", "an illustrator", 「居家藥師」): found by session 54's blind conversations, where "and for the
// designer?", "and the vet" and "and the charge nurse in that case?" were called no question of call flows and 「督導呢」
// (after a call to a title of four characters) was not understood. The opening names the two as "the X … calls the Y",
// "our X, <aside>, is on a call with an Y", "the X and the Y … skype each other", 「X跟Y都在…，用 Skype 一對一通話」 or
// 「X…打給Y」 with a title of four characters, said again by its last two. Near misses: the first one named is still
// the user; a place's capitalized word ("on 2 North") is no one.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import type { Perspective } from '../../src/engine';
import { answeredFor, startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const OPENINGS = {
  calledEn: "We're hybrid, everyone on the on-prem pool. The lab technician on 2 North calls the duty pharmacist over Skype, both inside the hospital LAN. How does the technician's call go?",
  onACallEn: 'SfB Online. Our archivist, in the office on our LAN, is on a 1:1 Skype call with a freelance illustrator. Paths for the archivist?',
  eachOtherEn: 'All Online. the groundskeeper and the farrier are both on the estate network and skype each other. route for the groundskeeper?',
  bothInZh: '我們全部都是 Online。園長跟總務組長都在辦公室（內網），用 Skype 一對一通話，園長這邊怎麼走？',
  calledZh: '商務用 Skype Online。店長在門市（公司內網）用 Skype 打給社區藥師，藥師在家用家裡的網路。店長的路徑？',
};

const ASKED: [string, Locale, string[], Perspective][] = [
  ['the callee by a role with its first word, after a what-if', 'en', [OPENINGS.calledEn, 'what if the pharmacist were moved to Online?', 'and the duty pharmacist in that case?'], 'peer'],
  ['near miss: the caller, after a what-if', 'en', [OPENINGS.calledEn, 'what if the pharmacist were moved to Online?', 'and the technician then?'], 'user'],
  ['the one in a call with an illustrator', 'en', [OPENINGS.onACallEn, 'the illustrator is at home on her own broadband', 'and for the illustrator?'], 'peer'],
  ['near miss: the archivist', 'en', [OPENINGS.onACallEn, 'the illustrator is at home on her own broadband', 'what about the archivist?'], 'user'],
  ['two who skype each other', 'en', [OPENINGS.eachOtherEn, 'and the farrier'], 'peer'],
  ['both in one place, a title of four characters', 'zh-TW', [OPENINGS.bothInZh, '那總務組長那邊呢'], 'peer'],
  ['a title of four characters called, said by its last two', 'zh-TW', [OPENINGS.calledZh, '藥師呢'], 'peer'],
  ['near miss: the caller by title', 'zh-TW', [OPENINGS.calledZh, '藥師呢', '那店長呢？'], 'user'],
];

it.each(ASKED)('%s (%s)', async (_name, locale, turns, perspective) => {
  expect(await answeredFor(recognizer, locale, turns)).toBe(perspective);
});

it('a capitalized place before the verb is no one of the call', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(OPENINGS.calledEn);
  expect((await conversation.session()).people).toEqual({ technician: 'user', pharmacist: 'peer' });
});

it('the homing of each, said by role in answer to the question back, is theirs', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say('hybrid. the groundskeeper and the farrier are both on the estate network and skype each other. route for the groundskeeper?');
  const replies = await conversation.say("groundskeeper is on-prem, farrier's online");
  expect(kindOf(replies.at(-1)!, 'en')).toBe('answer');
  expect((await conversation.session()).scenario).toMatchObject({ homing: 'onPremises', peerHoming: 'online' });
});
