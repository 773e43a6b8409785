// Places said each of a share of one group ("some in the office, some on the road", 「有的在門市、有的在外面跑」) say
// where its people are, apart: not where the one calling is, so the caller's place is asked.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('places of shares of one group', () => {
  it.each([
    '我們外線走 CCE，業務會用 Skype 打給客戶的市話，有的人在門市、有的在路上。這樣走哪？',
    '外線用 Cloud Connector，技師都用 Skype 撥客戶的市話，有的人在分公司，有的在路上，路徑是？',
    'We run CCE for phone lines. Our inspectors ring clients\' landlines on Skype, some at the regional office, some on the road. Which path?',
  ])('leaves the caller\'s place to ask: %s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn' });
    expect(read).not.toHaveProperty('location');
  });

  it('still reads the one place of a group said whole', () => {
    expect(slots('外線走 CCE，業務都在門市用 Skype 打客戶的市話，走哪？')).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});
