// A place said after media or signaling and 「留在」 is where the traffic is asked to stay, not where anyone is: like a
// verb of going (「媒體會回到總部機房嗎」), staying asks of the traffic, so the caller's own place is still asked.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place the traffic stays in (留在)', () => {
  it.each([
    '我們外線走 CCE。業務要用 Skype 回撥客戶的市話，他的媒體會留在分公司嗎？',
    '我們用 CCE 打外線，帳號都 Online。櫃台助理要用 Skype 打廠商的市話，媒體會不會留在院區網路？',
    '外線是 CCE，值班同仁用 Skype 撥廠商市話，訊號會留在廠區裡嗎？',
  ])('leaves the caller\'s place to ask: %s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn' });
    expect(read).not.toHaveProperty('location');
  });

  it('still reads where the caller is when the text says it', () => {
    expect(slots('我們外線走 CCE。我在分公司用 Skype 打客戶的市話，媒體會留在分公司嗎？')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});
