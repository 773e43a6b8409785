// Vague questions that must not be answered: phones said to run through the Cloud Connector are the set-up, not a
// phone call; the writer who only says where they are, while someone else calls a third person, is not the other party.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('phones that run through the Cloud Connector', () => {
  it.each([
    "I'm at home. Our phone side runs through a Cloud Connector. Does my skype traffic go over ExpressRoute?",
    'I work from my flat. We are Skype Online and our phones go through CCE at the colo. Is ER used for my Skype?',
    '我在家。公司電話走 Cloud Connector。我的 Skype 流量走 ER 嗎？',
  ])('names no call type: %s', (text) => {
    expect(slots(text).callType).toBeUndefined();
  });

  it.each([
    'CCE 打電話走哪條路？',
    'we have a cloud connector for phones. sales ring customers from skype. does that go over ER?',
    'We are on CCE. I phone a landline from the office. Path?',
  ])('keeps a call made: %s', (text) => {
    expect(slots(text).callType).toBe('pstn');
  });
});

describe('the writer beside a call between two others', () => {
  it.each([
    "We're hybrid. Dana is at her desk in the office. She calls Ravi on the on-prem pool. I'm at a hotel on its Wi-Fi. Where does Dana's media go?",
    '我們是 hybrid。小美在公司座位上，她打給阿明。我在高鐵上。小美的媒體怎麼走？',
  ])('gives the other party no place: %s', (text) => {
    const read = slots(text);
    expect(read.location).toBe('customerNetwork');
    expect(read.peer).toBeUndefined();
  });

  it('keeps the writer who is called', () => {
    expect(slots("We're hybrid. Dana is at her desk in the office. She calls me; I'm at home. Where does Dana's media go?").peer).toBe('internet');
  });
});
