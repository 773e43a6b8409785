// After an answer about a call between two people, a follow-up that asks for one of them by how the opening named
// them. Found by session 53's blind conversations (a dev set since): "and for the QA manager himself?" after "Mei …
// calls the QA manager", 「那區經理那邊呢？」 after 「店長小美…跟在家的區經理通話」, and "and the other one, Hana?" were
// called no question of call flows. The opening names the callee by a description after a name with an aside
// between, or a name after its title; "the other one" may bring the name along. Near misses: someone never named is
// no one of the call; the caller named by their title is still the user.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { answeredFor } from './harness';

const recognizer = createRecognizer();

const OPENINGS = {
  asideEn: "All of us are on SfB Online with ER. Line supervisor Rosa, on the warehouse's corporate Wi-Fi, calls the HR manager peer to peer; he is at home today. Rosa's paths?",
  titleZh: '我們用 CCE，有 ER。倉庫組長阿玲在倉庫裡（公司內網）跟在家的人資經理用 Skype 一對一通話，阿玲的路徑？',
  movedEn: 'Online with ER. Two cashiers, both in the store on our LAN, have a 1:1 Skype call. Paths?',
};

const ASKED: [string, Locale, string[], 'user' | 'peer'][] = [
  ['the callee by description, stressed', 'en', [OPENINGS.asideEn, 'and for the HR manager himself?'], 'peer'],
  ['the callee by description', 'en', [OPENINGS.asideEn, 'what about the HR manager?'], 'peer'],
  ['near miss: the caller by name', 'en', [OPENINGS.asideEn, 'and Rosa?'], 'user'],
  ['the callee by title', 'zh-TW', [OPENINGS.titleZh, '那人資經理那邊呢？'], 'peer'],
  ['the callee by title, short', 'zh-TW', [OPENINGS.titleZh, '人資經理呢？'], 'peer'],
  ['near miss: the caller by name', 'zh-TW', [OPENINGS.titleZh, '阿玲呢？'], 'user'],
  ['the other one, with a name', 'en', [OPENINGS.movedEn, 'what if one of them, Jonas, is at home?', 'and the other one, Lena?'], 'peer'],
  ['a name, then the other one', 'en', [OPENINGS.movedEn, 'what if one of them, Jonas, is at home?', 'and Lena, the other one?'], 'peer'],
];

it.each(ASKED)('%s (%s)', async (_name, locale, turns, perspective) => {
  expect(await answeredFor(recognizer, locale, turns)).toBe(perspective);
});
