// A question pasted with the email thread it came in (a greeting, quoted lines, a signature, a confidentiality notice)
// runs past 1,000 characters: a fresh writer's hostile set (round 30) had one refused as too long, although the question
// in it was read right once let through. The dialog's limit is 2,000 readable characters, links left out.
import { TEXT_LIMIT } from '../../dialogs/interpret';
import { t } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { allText, kindOf, pathsOf } from './cardReading';

const recognizer = createRecognizer();

const DISCLAIMER = {
  en: 'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. ',
  'zh-TW': '本郵件及其附件可能含有機密或受法律保護之資訊，僅供指定之收件人使用。若您並非指定之收件人，請勿閱讀、使用、散佈、揭露或複製本郵件之任何內容，並請立即以電子郵件通知寄件人，且將本郵件及其所有複本自您的系統中完全刪除。未經授權之使用可能觸犯相關法律。',
} as const;

const THREADS = {
  en: [
    'Hi all, forwarding to the bot so we can settle this.',
    '',
    '> On Wed, Dec 2, 2026 at 4:05 PM Dana Whitfield wrote:',
    '> We moved everyone to Skype for Business Online last year and the ExpressRoute circuit is live.',
    '> I am at home on my own broadband, no VPN, and I dial a supplier\'s mobile number from the Skype client.',
    '> Does my media go over the Internet or over ExpressRoute?',
    '>',
    '>> Sent from my phone',
    '',
    '--',
    'Dana Whitfield | Network Engineer | Fabrikam Ltd.',
    'T: +44 20 7946 0000 | M: +44 7700 900000',
    '',
    DISCLAIMER.en.repeat(2),
  ].join('\n'),
  'zh-TW': [
    '各位好，轉寄給機器人確認一下。',
    '',
    '> 寄件者：王小明',
    '> 日期：2026年12月3日 下午3:22',
    '> 我們公司去年全部搬到 Skype for Business Online，ExpressRoute 也已經上線。',
    '> 我今天在家用自己的網路，沒有連 VPN，用 Skype 撥打廠商的手機。',
    '> 這通電話的媒體會走網際網路還是 ExpressRoute？',
    '',
    '王小明｜資訊處 網路管理課｜分機 2301',
    '',
    DISCLAIMER['zh-TW'].repeat(7),
  ].join('\n'),
};

describe.each(['en', 'zh-TW'] as const)('%s: a question pasted with its email thread', (locale) => {
  const thread = THREADS[locale];

  it('is longer than the old limit of 1,000 characters and within the limit', () => {
    expect(thread.length).toBeGreaterThan(1000);
    expect(thread.length).toBeLessThanOrEqual(TEXT_LIMIT);
  });

  it('is answered: an Online user at home calling a phone number goes over the Internet', async () => {
    const chat = startConversation({ recognizer, locale });
    const [card] = await chat.say(thread);
    expect(kindOf(card, locale)).toBe('answer');
    expect(pathsOf(card, 'media').join(' ')).toContain(t(locale, 'paths.internet'));
  });

  it('a thread past the limit is still refused, in the reader language, with its length', async () => {
    const chat = startConversation({ recognizer, locale });
    const long = `${thread}\n${DISCLAIMER[locale].repeat(30)}`.slice(0, TEXT_LIMIT + 50);
    const [card] = await chat.say(long);
    expect(allText(card)).toContain(t(locale, 'dialog.tooLong', { length: long.trim().length, limit: TEXT_LIMIT }));
  });
});
