// The host who is also the one asked about keeps her place and her homing (session 50, lane people): where a host
// is was read as nobody's in the call ("主管在飯店開的會，我要加入"), which is right only when someone else joins.
// 「小美在公司主持會議，她的帳號在地端，她的媒體走哪？」 asked back where she was; "The meeting is organized by Mei, who
// is at home ... Mei's media path?" too. Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the host asked about: her place and her homing are the user\'s, her homing the organizer\'s', () => {
  it.each([
    ['我們是混合式部署，小美在公司主持線上會議，她的帳號在地端，她的媒體走哪？', 'customerNetwork', 'onPremises'],
    ['混合式部署，小美在公司開會議，她帳號在地端，小美的媒體走哪？', 'customerNetwork', 'onPremises'],
    ['混合式部署，會議是阿凱在家發起的，他的帳號在雲端，他的路徑？', 'internet', 'online'],
    ['混合式，阿凱在家開的會，他帳號在雲端，阿凱的路徑？', 'internet', 'online'],
    ['混合式，小美約的會，她人在公司，帳號在地端。她的媒體？', 'customerNetwork', 'onPremises'],
    ['Hybrid. The meeting is organized by Mei, who is at home; she is homed online. Mei\'s media path?', 'internet', 'online'],
    ['Hybrid. Mei is the organizer; she\'s at home and homed online. What about her media?', 'internet', 'online'],
    ['Hybrid. Raj set up the meeting and is working from home; he\'s homed on-prem. What path does his media take?', 'internet', 'onPremises'],
    ['Hybrid. Mei hosts the meeting from the office, she\'s homed on-prem. Where does her media go?', 'customerNetwork', undefined],
  ])('%s', (text, location, homing) => {
    const read = slots(text);
    expect(read.location).toBe(location);
    if (homing) expect(read).toMatchObject({ homing, organizer: homing });
  });
});

describe('near misses: someone else joins the host\'s meeting', () => {
  it.each([
    ['混合式部署，小美在公司主持會議，她帳號在地端。我在家加入，我的媒體走哪？', 'internet'],
    ['混合式，老闆在機場開的會，他是雲端帳號，我在公司加入，我是地端帳號，我的路徑？', 'customerNetwork'],
    ['我們是混合式部署，小美在公司主持會議，她的帳號在地端，同事阿凱在家加入，阿凱的媒體走哪？', 'internet'],
    ['Hybrid. The meeting is organized by Mei, who is at home; she\'s homed online. I\'m in the office, homed on-prem. My media path?', 'customerNetwork'],
    ['Hybrid. Raj set up the meeting and is working from home; he\'s homed on-prem. Ana joins from the office, she\'s homed online. What path does her media take?', 'customerNetwork'],
  ])('%s', (text, location) => {
    const read = slots(text);
    expect(read.location).toBe(location);
    // The host's homing is the meeting's, never the one who joins.
    expect(read.homing).not.toBe(read.organizer);
  });
});
