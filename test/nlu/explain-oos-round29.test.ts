// Explain and out-of-scope shapes of lane eo (issue 15), in inputs written for this test.
// - Where meetings are hosted, weighed ("is the meeting hosted in the cloud or in our datacenter?", 「會議是辦在雲端
//   還是辦在我們機房？」), or what it goes by (「是看參加的人在哪，還是看誰發的會議」) asks what decides it: the organizer.
//   Someone's meeting weighed asks about that meeting: neither value is said, and the advisor asks who organized it.
// - "why doesn't the broadcast stream use ER?": the negation of an inverted question denies the verb, not its subject.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const explained = (text: string) => {
  const r = recognizer.recognize(text);
  return [r.intent, r.topic && topicId(r.topic)];
};

describe('where meetings are hosted, weighed: what decides it', () => {
  it.each([
    'is the meeting hosted in the cloud or in our datacenter?',
    'are our meetings held in the cloud or on our own servers?',
    '會議是辦在雲端還是辦在我們機房？',
    'Skype 會議是開在雲端還是我們自己的機房？',
    '會議是 host 在雲端還是地端？',
    '是看參加的人在哪，還是看誰發的會議',
    '會議在哪裡主持，是看與會者還是看召集人？',
  ])('%s', (text) => {
    expect(explained(text)).toEqual(['explain', 'organizer']);
  });
  it.each([
    ['Ana 參加的會議是辦在雲端還是我們機房？', { callType: 'conference' }],
    ["is Ana's meeting hosted in the cloud or on-prem?", { callType: 'conference' }],
    ['她參加的會議是辦在雲端還是地端？她在公司', { callType: 'conference', location: 'customerNetwork' }],
  ])("someone's meeting weighed: asked, neither value said: %s", (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toEqual(slots);
  });
  it.each([
    ['會議辦在雲端，他帳號還是在地端，他在公司，媒體走哪？', { organizer: 'online', homing: 'onPremises', location: 'customerNetwork' }],
    ['the meeting is hosted in the cloud. Is my media on ExpressRoute or the Internet from the office?', { organizer: 'online', location: 'customerNetwork' }],
  ])('"still", or alternatives that are no hosting, weigh nothing: %s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toMatchObject(slots);
  });
});

describe('an inverted negated why: the subject stays', () => {
  it.each([
    "why doesn't the broadcast stream use ER",
    "why don't broadcasts go over ExpressRoute?",
    "why doesn't a Skype Meeting Broadcast use ExpressRoute?",
  ])('%s', (text) => {
    expect(explained(text)).toEqual(['explain', 'broadcast']);
  });
  it.each([
    ["why doesn't my media use ER from home? we're online, it's a 1:1 with a colleague in the office", { location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' }],
    ["why isn't she on the corporate network? she's at home", { location: 'internet' }],
  ])('a call or a place is still what it was: %s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toMatchObject(slots);
  });
  it('the traffic asked about is the focus, not denied', () => {
    expect(recognizer.recognize("why doesn't the media go over ER when I'm in the office? we're SfB Online, joining a meeting").focus).toBe('media');
  });
});

describe('performance targets asked alone: what the article says, and the figures of its family', () => {
  it.each([
    'what latency do we need for Skype calls?',
    'what are the latency, jitter and packet loss targets?',
    'how much packet loss is acceptable for Skype calls over ExpressRoute?',
    'network performance requirements for Skype?',
    '延遲、抖動、封包遺失的標準是多少？',
    '可接受的延遲是多少？',
    'Skype 通話的網路效能要求是什麼？',
  ])('%s', (text) => {
    expect(explained(text)).toEqual(['explain', 'performance']);
  });
  it.each([
    ["Why is media more sensitive to latency than signaling? Isn't it all just packets?", 'signalingVsMedia'],
    ['為什麼媒體比較怕延遲？訊號就不會嗎', 'signalingVsMedia'],
    ['為什麼廣播對延遲、抖動比較不敏感？', 'broadcast'],
  ])('beside another topic they are what it weighs: %s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
  it.each([
    ['ER circuit 上週剛 provision 好，user 反映 PSTN call 聲音怪怪的 jitter 很高，是不是 traffic 沒走 ER？', 'ask'],
    ['CQD 報表要去哪裡看？想查上週三那場董事會議的 MOS 分數跟每個人的封包遺失率', 'none'],
    ['where in CQD do I see the packet loss of last week\'s calls?', 'none'],
  ])('a call reported, or a report asked for, is no question about the targets: %s', (text, intent) => {
    expect(recognizer.recognize(text).intent).toBe(intent);
  });
});

describe("Microsoft's network edge: the Microsoft network segment, not the Edge Server", () => {
  it.each([
    'what is the Microsoft edge?',
    'what does "Microsoft network edge" mean in the performance targets?',
    'Microsoft 邊緣是什麼？',
    '微軟網路邊緣指的是哪裡？',
  ])('%s', (text) => {
    expect(explained(text)).toEqual(['explain', 'microsoftNetwork']);
  });
  it.each(['is the Microsoft edge the same as the Edge Server?', 'what does an Edge Server do?', 'Microsoft 的 Edge 伺服器是做什麼的？', '邊緣伺服器是什麼？'])(
    'the Edge Server named is the term: %s',
    (text) => {
      expect(explained(text)).toEqual(['explain', 'edgeServer']);
    },
  );
  it('a ticket that saw media relayed by a Microsoft edge address still reads the Edge', () => {
    const r = recognizer.recognize(
      'Firewall logs: media from a user on the corp LAN (10.12.3.44) goes to a Microsoft edge address out of the ER interface during a 1:1 call with someone at home. We\'re SfB Online. Expected?',
    );
    expect(r.intent).toBe('ask');
    expect(r.observations).toEqual([expect.objectContaining({ traffic: 'media', path: 'expressRoute', edge: true })]);
  });
});

describe('call quality scores asked for are out of scope, whatever call they name', () => {
  it.each(['what MOS should a call over ExpressRoute get?', 'what MOS scores should we expect?', 'Skype 通話的 MOS 分數多少算正常？', 'MOS 值要多少以上？我們的通話品質分數很低'])(
    '%s',
    (text) => {
      expect(recognizer.recognize(text).intent).toBe('none');
    },
  );
});

describe('a term, then marks repeated, then what it is: asked about', () => {
  it.each([
    ['"federation"??? what is that', 'federation'],
    ['federation?? what is it', 'federation'],
    ['"ICE"?? what\'s that', 'ice'],
    ['"homed"??  是什麼', 'homing'],
    ['QoS?? 那是什麼', 'qos'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
  it.each([
    ["she's at home?? what path", { location: 'internet' }],
    ['我在家？？ 媒體走哪', { location: 'internet' }],
  ])('a place, then marks, then a path asked: a call: %s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toEqual(slots);
  });
});
