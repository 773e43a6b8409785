// A short follow-up that asks for one of the two people of a call by what they are at work or by a name given later:
// found by session 56's blind conversations, where a follow-up naming the callee's role was called no question of
// call flows after an opening that said the call as "a <role> … Skypes the <role>" or "I'm … on a P2P call with the
// <role>", a title asked with 那…那端 (after 「…的<title>跟<title>都在…」) was not understood, and a name given beside a
// role in a follow-up, or a what-if about one person with a dash before a question about the other, were asked whom
// they meant. Near misses: the first one named is still the user; the writer still is.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import type { Perspective } from '../../src/engine';
import { answeredFor, startConversation } from './harness';

const recognizer = createRecognizer();

const OPENINGS = {
  skypesEn: 'Online only, no ExpressRoute. A pharmacist in the shop Skypes the duty vet (peer-to-peer), both on the clinic LAN. Route for the pharmacist?',
  writerOnCallEn: "We're SfB Online with ExpressRoute. I'm at the depot on a peer-to-peer call with the night dispatcher; we're both on the depot LAN. What are the paths?",
  staffOfZh: '我們是商務用 Skype Online，有 ER。醫院的護理長跟藥師都在院內（內網），用 Skype 一對一通話。護理長的路徑？',
  namedLaterEn: 'Hybrid, with ExpressRoute. Our shop manager Priya, homed on-prem, calls the evening shift supervisor over Skype, both in the store on our LAN. Media for Priya?',
};

const ASKED: [string, Locale, string[], Perspective][] = [
  ['the one Skyped, by role', 'en', [OPENINGS.skypesEn, 'and the vet?'], 'peer'],
  ['near miss: the one who Skypes', 'en', [OPENINGS.skypesEn, 'and the vet?', 'and the pharmacist?'], 'user'],
  ['the writer on a call with someone by role, with its first word, after a what-if', 'en', [OPENINGS.writerOnCallEn, 'what if I went home?', 'and the night dispatcher then?'], 'peer'],
  ['near miss: the writer', 'en', [OPENINGS.writerOnCallEn, 'and the dispatcher?', 'and me?'], 'user'],
  ['a title said after whose staff they are, their side with no 呢', 'zh-TW', [OPENINGS.staffOfZh, '那藥師那端'], 'peer'],
  ['near miss: the first title', 'zh-TW', [OPENINGS.staffOfZh, '那藥師那端', '那護理長這邊'], 'user'],
  ['a name given beside a role, then asked by the name', 'en', [OPENINGS.namedLaterEn, 'and the shift supervisor, Tomas? he is homed online', 'only the signalling for Tomas?'], 'peer'],
  ['near miss: the one named in the opening', 'en', [OPENINGS.namedLaterEn, 'and the shift supervisor, Tomas? he is homed online', 'and Priya?'], 'user'],
  ['a what-if of one, a dash, the path of the other asked', 'en', [OPENINGS.skypesEn, 'what if the vet were home on her own wifi — would the pharmacist’s route change?'], 'user'],
  ['near miss: the one the what-if moved, asked after it', 'en', [OPENINGS.skypesEn, 'what if the vet were home on her own wifi — would the pharmacist’s route change?', 'and for the vet then?'], 'peer'],
  ['a what-if of one, a dash, the path of the other asked', 'zh-TW', [OPENINGS.staffOfZh, '如果藥師在家用家裡的網路——護理長的路徑會變嗎？'], 'user'],
];

it.each(ASKED)('%s (%s)', async (_name, locale, turns, perspective) => {
  expect(await answeredFor(recognizer, locale, turns)).toBe(perspective);
});

it('a place before the call is no one of it', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(OPENINGS.writerOnCallEn);
  expect((await conversation.session()).people).toEqual({ I: 'user', dispatcher: 'peer' });
});

it('a name beside a role no one of the call has stays unknown', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(OPENINGS.namedLaterEn);
  await conversation.say('and the store owner, Hana? she is homed online');
  expect((await conversation.session()).people).not.toHaveProperty('Hana');
});
