// 「用 Skype 會議廣播播出」: 播出 (aired) and 轉播 (relayed live) are what a broadcast does. Read as a homophone typo of
// 撥出 (dial out) they made a PSTN call beside the broadcast, and the two call types cancelled each other.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const callType = (text: string) => recognizer.recognize(text).slots.callType;

describe('a broadcast aired', () => {
  const shows = ['全員大會是用 Skype 會議廣播播出', '尾牙用會議廣播轉播', '董事長致詞會用直播播出', '記者會由公關室用 Skype 會議廣播轉播'];
  const places = ['，我在辦公室看', '，我在家看', '，我在分公司收看'];
  it.each(shows.flatMap((show) => places.map((place) => `${show}${place}，媒體走哪？`)))('%s', (text) => {
    expect(callType(text)).toBe('broadcast');
  });
});

describe('dialling out stays a PSTN call', () => {
  it.each(['我在公司撥出電話給客戶，走哪？', '撥出去給客戶的手機，訊號走哪？', '在家用 Skype 撥出到市話，媒體走哪？'])('%s', (text) => {
    expect(callType(text)).toBe('pstn');
  });
});
