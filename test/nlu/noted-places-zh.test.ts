// A place of the one called, with a note in brackets before the rest of its description ("打給在公司辦公室（公司網路）
// 加班的助理"): the note is on that place, and every place word of the description is the one called's, so the
// writer's own place (at home) still stands.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a called person described by a place with a note in brackets', () => {
  it.each([
    ['公司全部都在 SfB Online。課長週末在家裡用 Skype 打給在公司辦公室（公司網路）加班的助理，課長這邊的訊號和媒體走哪？'],
    ['我們都是 Skype for Business Online。我晚上在家用 Skype 打給在學校辦公室（校內網路）值班的老師，我的媒體走哪？'],
    ['公司全部用 SfB Online。我在家里用 Skype 打给在公司办公室（内网）加班的同事，我这边的信令走哪？'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' });
  });
});
