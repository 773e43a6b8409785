// The whole staff of our organization said as 「我們學校教職員」, 「本校教職員」 (session 53, lane relayed): 教職員 was
// read as one more person beside the teacher asked about, so neither the homing said of the whole staff nor where
// the teacher is counted, and everything was asked back. After our organization it is everyone in it, as 「本校老師」,
// 「我們同事」 already were. Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('our organization\'s 教職員 are everyone; the teacher asked about keeps her place', () => {
  it.each([
    ['本校教職員的帳號都在 Skype Online。總務處的林老師在校內辦公室，要參加主任開的會議，她的訊號走哪？', 'customerNetwork'],
    ['我們學校教職員都是 Skype Online 帳號。李老師今天在家，用家裡網路參加系主任約的會議，他的媒體會走 ER 嗎？', 'internet'],
    ['我們學校教職員的帳號都是 Skype Online。圖書館的張老師人在學校辦公室，等一下要進校長開的會議，她這邊的媒體走哪？', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, deployment: 'online', organizer: 'online', callType: 'conference' });
  });
});
