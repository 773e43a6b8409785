// Explain and out-of-scope shapes of round 27, in inputs written for this test: a question that asks what decides a
// fact ("who decides where a meeting is hosted", 「是誰決定的」「怎麼決定」) asks about the fact, and the values it
// offers as alternatives state nothing. "what even is ICE" asks what ICE is, a call told around it or not. Which ports
// or address ranges to open, DNS records to publish, a coexistence mode, how to open a support case are out of scope,
// and so is a question word asking for such a thing in the sentence that names the traffic ("which ports does media
// use"). "does that just mean", 「那只是指」 point back at the term quoted before. The same facts said of a call, with
// its path asked (in a sentence of its own), keep it a call question. 「快速路游」 is 快速路由 typed with a homophone.
// A long time clause right after a term (「CCE 在我們撥電話出去的時候扮演什麼角色」) leaves the term asked about.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const explained = (text: string) => {
  const r = recognizer.recognize(text);
  return [r.intent, r.topic && topicId(r.topic)];
};

describe('what decides a fact: the fact explained, its alternatives not stated', () => {
  it.each([
    ['who decides where a meeting is hosted? the organizer or the attendees?', 'organizer'],
    ['What determines whether a meeting is hosted on-prem or online?', 'organizer'],
    ['what determines where a user is homed?', 'homing'],
    ['會議是辦在雲端還是辦在我們機房，是怎麼決定的？', 'organizer'],
    ['會議辦在雲端還是機房？是誰決定的？', 'organizer'],
    ['由誰決定會議是辦在地端還是雲端', 'organizer'],
    ['誰決定使用者 homed 在哪裡？', 'homing'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
    const { slots } = recognizer.recognize(text);
    expect(slots.organizer).toBeUndefined();
    expect(slots.location).toBeUndefined();
  });
});

describe('the same facts said of a call whose path is asked: a call question', () => {
  it.each([
    ['會議辦在雲端，我在家，媒體走 ER 還是外網？', { organizer: 'online', location: 'internet' }],
    ['The meeting is hosted online and I am at home: does my media go over ER or the internet?', { organizer: 'online', location: 'internet' }],
    ['是誰決定會議要辦在雲端還是機房？我在家參加 Online 的會議，媒體走哪？', { organizer: 'online', location: 'internet' }],
    ["who decides where a meeting is hosted? I'm at home joining an Online meeting, what's my media path?", { organizer: 'online', location: 'internet' }],
  ])('%s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toMatchObject(slots);
  });
});

describe('"what even is", "what actually is": asks what the term is', () => {
  it.each([
    ['When Jo calls Sam, what even is ICE doing? I keep seeing ICE candidates in the logs', 'ice'],
    ['What even is ICE? Jo calls Sam and I see ICE candidates', 'ice'],
    ['what even is the Edge server for', 'edgeServer'],
    ['what actually is a hybrid deployment', 'hybrid'],
    ['Jo 打給 Sam 的時候，ICE 到底在做什麼？', 'ice'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
  it.each(["When Jo calls Sam from home, what even is the path of his media? we're online"])('%s', (text) => {
    expect(recognizer.recognize(text)).toMatchObject({ intent: 'ask', slots: { location: 'internet', deployment: 'online', callType: 'peerToPeer' } });
  });
});

describe('ports, address ranges, DNS records, coexistence modes, support cases: out of scope', () => {
  it.each([
    'what ports do we need open on the Edge server external interface for media?',
    'Which ports does Skype for Business Online media use?',
    'Which IP ranges do we need to allow for Skype Online media?',
    'which DNS records do I need to publish for hybrid, lyncdiscover and sip SRV?',
    'Which coexistence mode should we start with when we move to Teams?',
    'ER circuit seems down and Skype meetings are choppy, how do I open a support case with Microsoft and what severity should I pick?',
    'Skype Online 的媒體用哪些連接埠？',
    'Online 的媒體要開哪些 port？給我完整的 port 清單',
    'ER 線路好像斷了，Skype 會議都卡卡的，要怎麼跟微軟開 support case？嚴重性要選哪個',
    '混合式要發布哪些 DNS 紀錄？',
    '我們要搬到 Teams，共存模式要選哪一個？',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});

describe('the firewall, a report or a path asked in a sentence of its own: still a call question', () => {
  it.each([
    ["Our firewall blocks the UDP ports between clients. Ana calls Ben, both in the office, we're online. Media path?", { firewall: 'blocksDirect', deployment: 'online' }],
    ["What bandwidth do I need on the ER circuit? Also, does Ana's media go over ER when she calls Ben from the office? We're online.", { location: 'customerNetwork', deployment: 'online' }],
    ['Ticket 123: severity 2. Ana at home on a Skype Online meeting, audio choppy. Which path should her media take?', { location: 'internet', callType: 'conference' }],
    ['ER 線路好像斷了，大家 Skype 會議都卡卡的，媒體是不是改走外網？', { callType: 'conference' }],
    ['我們是 Online，我在家打給在公司的同事，媒體走哪裡？還有要開哪些 port？', { location: 'internet', peer: 'customerNetwork', deployment: 'online' }],
  ])('%s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toMatchObject(slots);
  });
});

describe('"does that just mean", 「那只是指」: the question points back at the term named before', () => {
  it.each([
    ['when the article says "Online deployment", does that just mean everybody is in the cloud?', 'online'],
    ['The doc keeps saying "Hybrid deployment". Does that only mean some users are in the cloud?', 'hybrid'],
    ['文章說的「混合式部署」，那只是指一部分人在雲端嗎？', 'hybrid'],
    ['文件一直寫「Cloud Connector」，那就是指一台機器嗎？', 'cloudConnector'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
});

describe('快速路由 typed with a homophone (游, 遊, 油): ExpressRoute; the characters in their own words are not', () => {
  it.each(['請問快速路游是什麼東西', '快速路遊到底是什麼？是線路還是軟體', '快速路油是什麼'])('%s', (text) => {
    expect(explained(text)).toEqual(['explain', 'expressRoute']);
  });
  it.each([
    ['我加油完在路上用手機 4G 打給同事，我們是 Online，媒體走哪？', { location: 'internet', deployment: 'online', callType: 'peerToPeer' }],
    ['會議由主管召集，主管是 Online 使用者，我在郵局附近用手機 4G 加入，媒體走哪？', { location: 'internet', organizer: 'online', callType: 'conference' }],
  ])('%s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toMatchObject(slots);
  });
});

describe('a long time clause right after the term: the term still asked about', () => {
  it.each([
    ['白話一點，Cloud Connector 在我們撥電話出去的時候扮演什麼角色？', 'cloudConnector'],
    ['Edge 在外部使用者從家裡加入會議的時候負責什麼？', 'edgeServer'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
  it.each([
    ['我在家打給同事的時候媒體走哪？我們是 Online', { location: 'internet', deployment: 'online', callType: 'peerToPeer' }],
    ['Cloud Connector 在我們公司撥外線的時候，媒體走哪？', { deployment: 'cloudConnector', callType: 'pstn' }],
  ])('%s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toMatchObject(slots);
  });
});
