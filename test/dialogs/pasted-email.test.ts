// A question pasted with the email thread it came in (a greeting, quoted lines, a signature, a confidentiality notice)
// runs past 1,000 characters: a fresh writer's hostile set (round 30) had one refused as too long, although the question
// in it was read right once let through. The dialog's limit is 2,000 readable characters, links left out.
import { readFileSync } from 'fs';
import { join } from 'path';
import { TEXT_LIMIT } from '../../dialogs/interpret';
import { t } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { readableLength } from '../../src/nlu/text';
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

  // Round 31's hostile set: a thread of four mails, each with its notice in both languages, ran to 3,100 characters,
  // two thirds of them notices, and was refused with the question in the middle. Notices are not counted, nor read.
  it('is answered with a notice under every mail of a longer thread, in both languages', async () => {
    const notices = `${DISCLAIMER['zh-TW']}\n${DISCLAIMER.en}`;
    const longThread = [`Re: Re: Fw: ${thread}`, notices, 'Original Message', notices, 'Original Message', notices, 'Original Message', notices].join('\n\n');
    expect(longThread.length).toBeGreaterThan(TEXT_LIMIT);
    const chat = startConversation({ recognizer, locale });
    const [card] = await chat.say(longThread);
    expect(kindOf(card, locale)).toBe('answer');
    expect(pathsOf(card, 'media').join(' ')).toContain(t(locale, 'paths.internet'));
  });

  it('a thread past the limit is still refused, in the reader language, with its length', async () => {
    const chat = startConversation({ recognizer, locale });
    const logLine = '11/30/2026|09:41:02.465 1A3C:2F08 INFO :: Trying to connect to 10.30.1.15:5061 (sip) ';
    const long = `${thread}\n${logLine.repeat(30)}`;
    expect(readableLength(long)).toBeGreaterThan(TEXT_LIMIT);
    const [card] = await chat.say(long);
    expect(allText(card)).toContain(t(locale, 'dialog.tooLong', { length: readableLength(long), limit: TEXT_LIMIT }));
  });
});

describe('what is a confidentiality notice', () => {
  it.each([DISCLAIMER.en, DISCLAIMER['zh-TW']])('%s is not counted', (notice) => expect(readableLength(`I am at home.\n${notice}`)).toBe('I am at home.'.length));
  it.each([
    // A question is never a notice, nor a short line.
    'Is the media of a confidential call deleted from the Edge Server, or is it prohibited to record it over ExpressRoute?',
    'confidential, please delete',
    '機密會議的媒體會不會走 ExpressRoute？請勿轉寄，看完請刪除，謝謝你們的幫忙，我們主管很在意這件事情，所以想要先確認清楚再決定',
  ])('%s is counted', (line) => expect(readableLength(line)).toBe(line.length));
});

// Round 31's hostile set (pasted-thread.zh-TW.txt, as sent): a thread of four mails, each with its notice in both
// languages, whose oldest mail asks for help with a choppy call (a headset swapped, a screenshot attached: words of
// other things). It was refused as too long, and once let through read as a request for help about something else,
// although the mail in the middle states the call and asks which way it goes. English: the same thread, shorter.
const HELP_THREADS = {
  en: [
    "Hi all, forwarding my manager's mail, please help reply, thanks!",
    '',
    '-----Original Message-----',
    'From: Mark Chen',
    'Subject: RE: Skype calls with Fabrikam keep dropping',
    '',
    "Before we call the vendor I want the normal path. We are all on Skype for Business Online, no on-prem servers. Leo from Sales is in the office on a 1:1 call with a Fabrikam user (a federated partner, also Online, on their own company network). Our firewall blocks direct client-to-client traffic. Does Leo's signaling and media go over ExpressRoute or the Internet?",
    '',
    '-----Original Message-----',
    'From: Leo Wang',
    'Subject: Skype calls with Fabrikam keep dropping',
    '',
    'Every call with Fabrikam breaks up, I already swapped my headset and rebooted, YouTube works fine. Screenshot attached. Can you help me look at it? Urgent!',
    DISCLAIMER.en,
  ].join('\n'),
  'zh-TW': readFileSync(join(__dirname, 'pasted-thread.zh-TW.txt'), 'utf8'),
} as const;

describe.each(['en', 'zh-TW'] as const)('%s: a thread asking for help, with the call and its way asked in it', (locale) => {
  it('is answered: a federated call from your network with direct traffic blocked goes over ExpressRoute', async () => {
    const chat = startConversation({ recognizer, locale });
    const [card] = await chat.say(HELP_THREADS[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    expect(pathsOf(card, 'media').join(' ')).toContain(t(locale, 'paths.expressRoute'));
  });
});

it.each([
  'I swapped my headset and rebooted, can you help me share my screen in Skype?',
  '耳機換過了也重開機了，可以幫忙看一下螢幕分享嗎？',
])('a request for help with something else is still not a call question: %s', (text) => {
  expect(recognizer.recognize(text).intent).not.toBe('ask');
});
