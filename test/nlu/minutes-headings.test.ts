// Minutes pasted with their heading ("【週會紀錄】", "Weekly meeting minutes:"): the meeting named is where the question
// came up, not the call asked about; read as a conference it cancelled the call type the question states.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

const HEADINGS = {
  'zh-TW': ['【週會紀錄】', '週會記錄：', '【會議摘要】', '晨會紀錄', '例會紀錄（資訊室）'],
  en: ['Weekly meeting minutes:', 'Team meeting notes -', 'Staff meeting minutes', 'Meeting notes:'],
} as const;
const CALLS = {
  'zh-TW': [
    ['同仁在總部撥打外線，訊號走哪？', 'pstn'],
    ['同仁在總部跟在家的主管一對一通話，媒體走哪？', 'peerToPeer'],
  ],
  en: [
    ['Q: a colleague at HQ dials a mobile number, which path?', 'pstn'],
    ['Q: a colleague at HQ calls her manager who is at home, media path?', 'peerToPeer'],
  ],
} as const;

describe.each(['zh-TW', 'en'] as const)('%s: a heading of minutes is no call', (locale) => {
  const rows = HEADINGS[locale].flatMap((heading) => CALLS[locale].map(([body, callType]) => [`${heading}\n${body}`, callType] as const));
  it.each(rows)('%s', (text, callType) => {
    expect(recognizer.recognize(text).slots.callType).toBe(callType);
  });
});

it('a meeting asked about is still a conference', () => {
  expect(recognizer.recognize('同仁在家加入週會，媒體走哪？').slots.callType).toBe('conference');
  expect(recognizer.recognize('joining the weekly meeting from home, media path?').slots.callType).toBe('conference');
});
