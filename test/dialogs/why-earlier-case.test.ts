// "Why, in the first case, didn't it go over ER even from the office?" after a what-if: the reasons of that earlier
// answer, said to be that case's. Found by the blind judge of convs9 (c9-15 t4): read as a path seen and compared
// with the answer on screen. Near misses: a why naming no earlier case is the answer on screen's; one naming the
// first case with no earlier answer is too.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { saidIn } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const OPENING: Record<Locale, string[]> = {
  'zh-TW': ['老闆等一下要參加客戶辦的會議，客戶用他們自己機房的 Skype 伺服器。老闆在辦公室，我們公司是全雲端。會走我們的 ER 嗎？', '那如果是我們自己同事開的會呢？'],
  en: ["We're all on SfB Online. My boss is in the office joining a customer's meeting on their own servers. ER?", 'what if our own colleague organized it?'],
};
/** What only the first answer's reasons say: the other company's conferencing server. */
const OTHER_COMPANY: Record<Locale, string> = { en: "Other company's conferencing server", 'zh-TW': '其他公司的會議伺服器' };

const CASES: [Locale, string, boolean][] = [
  ['zh-TW', '為什麼第一種情況他明明在辦公室也不走 ER？', true],
  ['zh-TW', '為什麼一開始那個不走 ER？', true],
  ['en', "why didn't the first case go over ER even from the office?", true],
  ['en', 'why did the previous case use the Internet?', true],
  ['en', 'why?', false],
  ['zh-TW', '為什麼？', false],
];

describe.each(CASES)('%s: %s', (locale, text, earlier) => {
  it(earlier ? "the earlier case's reasons, said to be that case's" : "the answer on screen's reasons", async () => {
    const conversation = startConversation({ recognizer, locale });
    for (const said of OPENING[locale]) await conversation.say(said);
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'why.title'));
    if (earlier) {
      expect(said).toContain(t(locale, 'dialog.whyEarlier'));
      expect(said).toContain(OTHER_COMPANY[locale]);
    } else {
      expect(said).not.toContain(t(locale, 'dialog.whyEarlier'));
    }
    expect(await conversation.session()).toEqual(before);
  });
});

it('the first case named with no earlier answer: the answer on screen', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say('Online deployment, PSTN call from the office: which paths?');
  const said = saidIn(await conversation.say('why does the first case go over ER?'));
  expect(said).not.toContain(t('en', 'dialog.whyEarlier'));
});
