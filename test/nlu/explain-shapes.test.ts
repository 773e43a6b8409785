// Explain questions in shapes blind writers use that name no value of the fact they ask about: "why does it matter
// where a user is homed?", "who decides where someone is homed?" (homing named bare, the question far from it), "is
// ExpressRoute a kind of VPN?", 「要怎樣才算 hybrid」「分公司也算在客戶網路裡面嗎」 (what counts as the term), and
// Cantonese comparisons 「federation 同 open federation 有咩分別」. Each is explained with its topic; the same words in a
// call question (a value after "homed", a call and a path asked) keep it a call question.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const explained = (text: string) => {
  const r = recognizer.recognize(text);
  return [r.intent, r.topic && topicId(r.topic)];
};

describe('homing named bare in a sentence that asks is the term homing', () => {
  it.each([
    'Why does it matter where a user is homed?',
    'why does it matter so much where users are homed? every table depends on it',
    'who decides where someone is homed?',
    'Who or what decides where a user is homed?',
    'What determines where a user is homed?',
    'why is it important where users are homed?',
    'how is it decided where a user gets homed?',
    '使用者 homed 在哪裡是誰決定的？',
    '一個使用者駐留在哪裡是由誰決定？',
    '為什麼使用者駐留在哪很重要？',
    '帳號 homed 在哪邊是怎麼決定的',
  ])('%s', (text) => {
    expect(explained(text)).toEqual(['explain', 'homing']);
  });
});

describe('is a term a kind of something, or does something count as it', () => {
  it.each([
    ['Is ExpressRoute a kind of VPN?', 'expressRoute'],
    ['is ExpressRoute some kind of VPN?', 'expressRoute'],
    ['Is ExpressRoute a type of MPLS link?', 'expressRoute'],
    ['ExpressRoute 是一種 VPN 嗎？', 'expressRoute'],
    ['ExpressRoute 算是 VPN 的一種嗎？新人一直搞不懂', 'expressRoute'],
    ['Does the branch office count as part of your network?', 'yourNetwork'],
    ['Does home Wi-Fi count as part of the Internet segment?', 'internet'],
    ['分公司也算在客戶網路裡面嗎', 'yourNetwork'],
    ['文件講的客戶網路，分公司跟 WAN 也算在內嗎', 'yourNetwork'],
    ['要怎樣才算 hybrid？', 'hybrid'],
    ['怎樣才算混合部署？', 'hybrid'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
});

describe('Cantonese comparisons', () => {
  it.each([
    ['federation 同 open federation 有咩分別？', 'federation'],
    ['ICE 跟 TURN 有什麼分別', 'ice'],
    ['hybrid 同 online 有乜分別', 'hybrid'],
    ['Edge Server 同 Front End 有咩唔同？', 'edgeServer'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
});

describe('the same words in a call question keep it a call question', () => {
  it.each([
    'Bob is homed on-prem and calls Alice from home, who is homed online. Which way does the media go?',
    "I'm at home, homed online, calling my colleague in the office. what path?",
    '我在家，帳號 homed 在線上，打給公司的同事，媒體走哪？',
    'Which part of the call goes over ExpressRoute when I call a colleague from home?',
    '我們分公司的人跟總部開會，媒體走哪？',
    '我在分公司打給在家的同事，算在內網嗎？訊號走哪',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('ask');
  });
});

// Round 31's writers: "How does a broadcast actually flow - is it like a normal meeting?" was read as a call question
// and asked where the writer was; so was "How does ExpressRoute work?". A sentence that ends asking how something works
// asks what it is, as 「廣播是怎麼運作的」 does. Asked of a call with its facts after it, it stays a call question.
describe('how something works, asked at the end of a sentence', () => {
  it.each([
    ['How does a broadcast actually flow - is it like a normal meeting?', 'broadcast'],
    ['How does a Skype Meeting Broadcast work?', 'broadcast'],
    ['How does ExpressRoute work?', 'expressRoute'],
    ['how does ICE really work?', 'ice'],
    ['How does Cloud Connector work?', 'cloudConnector'],
    ['how do Edge Servers function?', 'edgeServer'],
    ['new admin here. How does a hybrid deployment work?', 'hybrid'],
    ['廣播是怎麼運作的？', 'broadcast'],
  ])('%s', (text, topic) => expect(explained(text)).toEqual(['explain', topic]));

  it.each([
    "how does it work when I'm at home?",
    'We are all Online and both of us are in the office. How does the media of our P2P call flow?',
    'hybrid, on-prem organizer, I am at home: how does my media flow to the meeting?',
  ])('not %s', (text) => expect(recognizer.recognize(text).intent).toBe('ask'));
});
