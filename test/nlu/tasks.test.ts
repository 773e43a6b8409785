// Asked how to do something with the client ("how do I share my screen from home?", 「在家要怎麼把 Skype 電話轉到手機」),
// a question names a place or a call but is about the task: out of scope, no facts kept. Blind writers' out-of-scope
// messages that name a place or a feature were taken as call questions half the time. Every opener, task and place,
// in both languages; and the same verbs in questions that are ours (a route asked, or no one asking how) stay ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

const product = <A, B, C>(as: readonly A[], bs: readonly B[], cs: readonly C[]): [A, B, C][] =>
  as.flatMap((a) => bs.flatMap((b) => cs.map((c): [A, B, C] => [a, b, c])));

const EN_OPENERS = ['How do I', 'how can I', 'How do we', 'how to', 'Can I', 'Is there a way to', 'Where can I', 'how would I'];
const EN_TASKS = [
  'share my screen in a Skype meeting',
  'forward my Skype calls to my mobile',
  'pin the speaker in a Skype meeting',
  'restore my Skype contact list',
  'unblock a colleague in Skype',
  'schedule a recurring Skype meeting',
  'change the number shown on my Skype contact card',
  'set a delegate who answers my Skype calls',
  'download the Skype meeting recording',
  'sign in to Skype for Business',
];
const EN_PLACES = ['from home', 'at the office', 'at the hotel', 'on the train'];

const ZH_OPENERS = ['要怎麼', '怎麼', '如何', '可以', '有沒有辦法', '點樣'];
const ZH_TASKS = ['分享螢幕給同事看', '把 Skype 電話轉到我的手機', '找回 Skype 聯絡人清單', '登入商務用 Skype', '下載 Skype 會議的錄影', '在 Skype 會議裡建立分組討論室', '上傳簡報到 Skype 會議'];
const ZH_PLACES = ['在家', '在公司', '在飯店', '在高鐵上'];

describe('how to do something with the client, wherever the writer is, is out of scope (English)', () => {
  it.each(product(EN_OPENERS, EN_TASKS, EN_PLACES).map(([opener, task, place]) => `${opener} ${task} ${place}?`))('%s', (text) => {
    const recognition = recognizer.recognize(text, 'en');
    expect([recognition.intent, recognition.slots]).toEqual(['none', {}]);
  });
});

describe('how to do something with the client, wherever the writer is, is out of scope (Chinese)', () => {
  it.each(product(ZH_PLACES, ZH_OPENERS, ZH_TASKS).map(([place, opener, task]) => `我${place}，${opener}${task}？`))('%s', (text) => {
    const recognition = recognizer.recognize(text, 'zh-TW');
    expect([recognition.intent, recognition.slots]).toEqual(['none', {}]);
  });
});

describe('the same verbs in a question about the route stay a question about the route', () => {
  it.each([
    "How do I share my screen from home so that the media doesn't go over the internet?",
    'Can I forward my Skype calls to my mobile from the office, and which path does that call take?',
    'I share my screen in a Skype meeting from home. Does that go over ExpressRoute?',
    'We schedule a Skype meeting from the office every week. Which way does the media go?',
    'How does the path change when I sign in from home instead of the office?',
    '我在家要怎麼把 Skype 電話轉到手機，訊號才會走 ExpressRoute？',
    '我在公司上傳簡報到 Skype 會議，這個媒體會走 ExpressRoute 嗎？',
    '在家把 Skype 電話轉到手機，訊號走哪？',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('ask');
  });
});

describe('"how" about something other than the writer doing a task is not a task', () => {
  it.each([
    'How does a Skype call from home change when we add ExpressRoute? all Online, peer to peer with the office',
    'how would the media of a meeting I set up get to Microsoft from the office? all online',
  ])('%s', (text) => {
    expect(recognizer.recognize(text, 'en').intent).toBe('ask');
  });
});

// The traffic a task acts on ("pin someone's video", "send an IM", 「把會議的視訊釘選」) is what is done with the client:
// it asks no route, so the how-to stays out of scope; traffic asked about beside the task keeps it ours.
const EN_TRAFFIC_TASKS = ["pin someone's video", 'share my video', 'mute my audio', 'send an IM to a colleague', 'send an instant message to my manager', 'enable video for a new user'];
const EN_TRAFFIC_FRAMES = ['How do I {task} in a Skype meeting from home?', 'can I {task} at the office?', 'how would we {task} in a Skype call at the branch?'];
const ZH_TRAFFIC_TASKS = ['把會議的視訊釘選', '把視訊分享', '把 IM 刪除', '分享視訊'];
const ZH_TRAFFIC_FRAMES = ['我在家，要怎麼{task}？', '在公司可以{task}嗎？', '在飯店有沒有辦法{task}'];

describe('a task on traffic (video, audio, IM) asked how to do is out of scope', () => {
  it.each([
    ...EN_TRAFFIC_FRAMES.flatMap((frame) => EN_TRAFFIC_TASKS.map((task) => frame.replace('{task}', task))),
    ...ZH_TRAFFIC_FRAMES.flatMap((frame) => ZH_TRAFFIC_TASKS.map((task) => frame.replace('{task}', task))),
  ])('%s', (text) => {
    const recognition = recognizer.recognize(text);
    expect([recognition.intent, recognition.slots]).toEqual(['none', {}]);
  });
});

describe('traffic asked about beside the task keeps the question ours', () => {
  it.each([
    'How do I pin the video from home so the media goes over ER?',
    'Can I share my video from home, and which path does the media take?',
    "how do I pin someone's video? also, does the video go over ExpressRoute from the office?",
    'I send an IM to a colleague at home from the office, which path does it take?',
    '我在家把視訊釘選之後，媒體走哪？',
    '在公司要怎麼分享視訊？視訊會走 ExpressRoute 嗎',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('ask');
  });
});
