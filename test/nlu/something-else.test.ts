// A question about something else that names where the writer is and what kind of call ("Skype 有沒有白板功能？在家開
// 腦力激盪會議想用", "Is a Calling Plan cheaper than our old PBX at the branch?"): nothing is said to travel (no traffic,
// path, "go", "走"), nothing of the setup is stated, and words the vocabulary does not know carry the question. Blind
// writers' out-of-scope messages that named a place or a meeting were read as call questions (held en 50/78 clean).
// Every thing asked about, place and call, in both languages; the same places and calls with a way asked, the setup
// stated, or nothing else said (an answer to our question) stay ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

const product = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

/** Questions about something else, `{where}` a place said around them. */
const EN_ELSEWHERE = [
  'Is there a whiteboard feature in Skype meetings? We brainstorm {where} a lot.',
  'Is a Calling Plan cheaper than keeping our old PBX {where}? Need numbers for finance.',
  'Can the Skype meeting lobby timeout be extended? Our workshops {where} run four hours.',
  'What is the agenda for Friday\'s Skype meeting? I am {where} and never got it.',
  'How much storage does the meeting recording quota give us {where}?',
  'Is there a whiteboard template gallery for Skype meetings? Asking {where}.',
  'Does the Skype meeting client support dark mode? I mostly sit {where}.',
];
const EN_WHERE = ['at home', 'in the office', 'at the branch', 'at the hotel'];

const ZH_ELSEWHERE = [
  'Skype 有沒有白板功能？{where}開腦力激盪會議想用',
  '{where}開 Skype 會議，可以即時翻譯嗎？',
  '{where}的 Skype 會議議程是什麼？我還沒收到',
  '{where}開會的逾時自動結束時間可以調整嗎？教育訓練要四小時',
  '{where}開董事會的 Skype 會議，可以幫忙準備會議資料嗎',
  'Skype for Business 有冇得換背景？{where}好亂',
  '{where}登入 Skype 要驗證碼，但手機沒電了怎麼辦？',
];
const ZH_WHERE = ['在家', '在辦公室', '在分公司', '在飯店'];

describe('a question about something else, wherever the writer is, states nothing (English)', () => {
  it.each(product(EN_ELSEWHERE, EN_WHERE).map(([frame, where]) => frame.replace('{where}', where)))('%s', (text) => {
    const recognition = recognizer.recognize(text, 'en');
    expect([recognition.intent, recognition.slots]).toEqual(['none', {}]);
  });
});

describe('a question about something else, wherever the writer is, states nothing (Chinese)', () => {
  it.each(product(ZH_ELSEWHERE, ZH_WHERE).map(([frame, where]) => frame.replace('{where}', where)))('%s', (text) => {
    const recognition = recognizer.recognize(text, 'zh-TW');
    expect([recognition.intent, recognition.slots]).toEqual(['none', {}]);
  });
});

/** Asked how to with a verb the vocabulary does not know: the task, whatever place or call is named. */
const EN_OPENERS = ['How do I', 'how can we', 'How to', 'Can I', 'Is there a way to'];
const EN_UNNAMED_TASKS = ['disable the notification chime in Skype at the office', 'customise the Skype meeting invite with our logo at the branch', 'turn on closed captions in a Skype meeting from home', 'cancel the ExpressRoute circuit for the old datacenter'];

describe('how to do something the vocabulary has no verb for is out of scope', () => {
  it.each(product(EN_OPENERS, EN_UNNAMED_TASKS).map(([opener, task]) => `${opener} ${task}?`))('%s', (text) => {
    const recognition = recognizer.recognize(text, 'en');
    expect([recognition.intent, recognition.slots]).toEqual(['none', {}]);
  });
});

describe('the same places and calls with a way asked, the setup stated, or nothing else said stay ours', () => {
  it.each([
    ...EN_WHERE.flatMap((where) => [
      `I join a Skype meeting ${where}. Which way does it go?`,
      `Skype meeting ${where}: does the media cross ExpressRoute?`,
      `We're all Skype Online. I join a meeting ${where}, any idea?`,
      `${where}`,
      `a meeting, ${where}`,
      `How do I know if my Skype call ${where} goes over ExpressRoute?`,
      `Can I make my Skype meeting audio ${where} stay on our network?`,
    ]),
    ...ZH_WHERE.flatMap((where) => [`${where}開 Skype 會議，走哪條路？`, `${where}參加會議，媒體會經過 ExpressRoute 嗎？`, `我們是 hybrid，${where}開會有什麼要注意？`, `${where}開 Skype 會議很卡，為什麼？`, where]),
    // What the question is about beside the place: joining, a failure, how the call runs, the network someone is on.
    'I am at the client site, can I join the company Skype meeting?',
    'Skype meeting lagging at the Jurong office, can check?',
    'At the branch, Skype meeting keeps dropping, any idea?',
    '我在公司大廳連 Guest 網路，Skype 通話算外網嗎',
    'could you tell us the expected media path for the Lisbon office staff in conferences?',
    'I am at the clinic, can someone PLEASE fix my Skype calls? where would that call go?',
  ])('%s', (text) => {
    const recognition = recognizer.recognize(text);
    expect(recognition.intent).toBe('ask');
    expect(Object.keys(recognition.slots).length).toBeGreaterThan(0);
  });
});
