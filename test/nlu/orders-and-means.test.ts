// Out-of-scope shapes that name the domain (nlu58): traffic that a quantity measures ("how much bandwidth does video
// use in a meeting?"), joining by some means ("how do I join from a browser?", 「怎麼用瀏覽器加入 Skype 會議」), orders
// with no question ("set up QoS for me", 「幫我設定 QoS」), prices and product comparisons ("Online vs on-prem: which
// is cheaper?", 「Skype 跟 Teams 哪個比較好用」). Each is out of scope with no slots; the same words around a way asked
// ("which path", "走哪", "over ExpressRoute") or a place joined from keep a call question, and "explain X for me"
// stays an explanation.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const read = (text: string) => {
  const r = recognizer.recognize(text);
  return [r.intent, Object.keys(r.slots).length];
};

describe('traffic a quantity measures asks no way', () => {
  it.each([
    'how much bandwidth does a video call take?',
    'how much bandwidth does audio need per user at the branch?',
    'how many kbps does a Skype audio call use?',
    '視訊會議大概吃多少頻寬？',
    '一通 Skype 語音通話要多少頻寬',
    '在家開視訊會議會用掉多少流量',
    '分公司的視訊通話需要多少頻寬？',
  ])('%s', (text) => {
    expect(read(text)).toEqual(['none', 0]);
  });
});

describe('a way asked beside a quantity keeps the call question', () => {
  it.each([
    'bandwidth is fine, but where does video go from the branch during a meeting?',
    'we have plenty of bandwidth; does the media of an Online meeting go over ExpressRoute from the office?',
    '頻寬夠，但是分公司開線上會議的媒體走哪條路？',
    '在公司開會 視訊走 ExpressRoute 嗎 頻寬夠不夠',
    'agents join my daily huddle (Skype meeting, I set it up, we are an SfB Online tenant). what path do they take? need to know for the bandwidth planning',
  ])('%s', (text) => {
    expect(read(text)[0]).toBe('ask');
  });
});

describe('joining by some means, asked how, is a task with the client', () => {
  it.each([
    'how do I join a Skype meeting from a browser?',
    'how do I join from the web app?',
    'can I join the meeting from my iPad?',
    'how can I join a Skype meeting from Chrome without installing anything?',
    'can we join the Online meeting from an Android tablet?',
    '怎麼用瀏覽器加入 Skype 會議？',
    '要怎麼用手機加入線上會議',
    '在高鐵上要怎麼用手機加入 Skype 會議？要裝什麼 App',
    '可以用網頁版加入會議嗎',
    '不用安裝 Skype 可以加入會議嗎',
  ])('%s', (text) => {
    expect(read(text)).toEqual(['none', 0]);
  });
});

describe('joining from a place, or by some means with a way asked, is the call', () => {
  it.each([
    'how do I join the meeting from the hotel?',
    'can I join the company meeting from my dorm?',
    'I join the Online meeting from my iPad at home, which path does the media take?',
    '我用手機在家加入線上會議，媒體走哪？',
    '在飯店要怎麼加入會議',
  ])('%s', (text) => {
    expect(read(text)[0]).toBe('ask');
  });
});

describe('an order with no question is no question about a call', () => {
  it.each([
    'set up QoS for me',
    'please configure ExpressRoute for our branch office',
    'enable federation for our tenant',
    'deploy an Edge server for us',
    'Kindly configure QoS on the office network.',
    'Write an email to my team saying the office is closed tomorrow and all meetings will be on Skype',
    'Hi, could you draft the licensing section for the proposal for our Online users?',
    '幫我設定 QoS',
    '請幫我把分公司的 QoS 設好',
    '麻煩幫忙設定 federation',
    'CEO 下週要在飯店參加董事會的 Skype 會議，可以幫忙準備會議資料嗎',
  ])('%s', (text) => {
    expect(read(text)).toEqual(['none', 0]);
  });
});

describe('orders to tell or explain, and headings, are not tasks', () => {
  it.each([
    ['explain QoS for me', 'explain'],
    ['please explain ExpressRoute', 'explain'],
    ['find the media path for a user at home in an Online meeting', 'ask'],
    ['Kindly share the call flow for Skype PSTN calls for our Cloud Connector users.', 'ask'],
    ['Update: she is at home now', 'ask'],
    ['請問在家加入線上會議，媒體走哪？', 'ask'],
  ])('%s', (text, intent) => {
    expect(read(text)[0]).toBe(intent);
  });
});

describe('prices and product comparisons are something else', () => {
  it.each([
    'should we use Zoom or Skype for Business Online for our meetings?',
    'Skype for Business Online vs on-prem: which is cheaper to run?',
    'what does an Online user licence cost?',
    'how much is ExpressRoute per month for 1 Gbps?',
    'is ExpressRoute worth the money for Skype calls?',
    'is Webex better than Skype for calls from home?',
    'Skype 跟 Teams 哪個比較好用？',
    '線上會議跟內部部署的會議哪個比較便宜？',
    'ExpressRoute 一個月多少錢？',
  ])('%s', (text) => {
    expect(read(text)).toEqual(['none', 0]);
  });
});

describe('a why question naming a measure is still about its term', () => {
  it.each([
    ['為什麼廣播對延遲、抖動比較不敏感？', 'broadcast'],
    ['why is a broadcast less sensitive to jitter than a meeting?', 'broadcast'],
    ["what does 'homed Online' mean?", 'homing'],
  ])('%s', (text, topic) => {
    const r = recognizer.recognize(text);
    expect([r.intent, r.topic && topicId(r.topic)]).toEqual(['explain', topic]);
  });
});
