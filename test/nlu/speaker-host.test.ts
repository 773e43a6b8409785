// The writer named as the organizer by the organizer's own word (「召集人是我」, "the organizer is me", 「我當
// organizer」): where the writer is homed is where the meeting is hosted (src/nlu/speakerHost.ts, og1zh-17). Near
// misses: the writer's someone ("召集人是我老闆"), someone of the organizer's ("我是召集人的秘書"), the writer denied.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW') => recognizer.recognize(text, locale).slots;

const ZH = '我們公司是 hybrid，我的帳號在 Online。';
const EN = "We're hybrid, my account is Online. ";

describe('the organizer word names the writer: the meeting is hosted where the writer is homed', () => {
  it.each([
    [`${ZH}召集人是我，我在辦公室加入，我這端訊號媒體怎麼走？`, 'zh-TW'],
    [`${ZH}會議的 organizer 是我，我在辦公室，我這端訊號媒體怎麼走？`, 'zh-TW'],
    [`${ZH}召集人就是我本人，我在辦公室，我這端怎麼走？`, 'zh-TW'],
    [`${ZH}我是召集人，我在辦公室，我這端訊號媒體怎麼走？`, 'zh-TW'],
    [`${ZH}我是這場會議的召集人，我在辦公室，我這端訊號媒體怎麼走？`, 'zh-TW'],
    [`${ZH}會議是秘書幫我排的，用的是我自己的帳號當 organizer。我在辦公室開這場會，我這端訊號媒體怎麼走？`, 'zh-TW'],
    [`${EN}The organizer is me, I'm in the office. My path for the meeting?`, 'en'],
  ] as const)('%s', (text, locale) => {
    expect(slots(text, locale)).toMatchObject({ organizer: 'online', homing: 'online', location: 'customerNetwork', callType: 'conference' });
  });
});

describe('near misses: someone else is the organizer, or the writer is denied it', () => {
  it.each([
    [`${ZH}召集人是我老闆，我在辦公室加入，我這端訊號媒體怎麼走？`, 'zh-TW'],
    [`${ZH}召集人不是我，我在辦公室加入，我這端訊號媒體怎麼走？`, 'zh-TW'],
    [`${ZH}我是召集人的秘書，我在辦公室加入，我這端訊號媒體怎麼走？`, 'zh-TW'],
    [`${EN}The organizer is my boss, I'm in the office. My path for the meeting?`, 'en'],
    [`${EN}The organizer isn't me, I'm in the office. My path for the meeting?`, 'en'],
  ] as const)('%s', (text, locale) => {
    const read = slots(text, locale);
    expect(read).toMatchObject({ homing: 'online', location: 'customerNetwork' });
    expect(read.organizer).toBeUndefined();
  });
});
