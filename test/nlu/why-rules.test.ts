// Why a rule of the article holds, asked of nobody in particular ("why do Online meetings always use an Edge
// server?", 「點解 Online 用戶打 PSTN，個媒體要去雲端先？」), is a question about the topic, whatever facts the rule
// names; the same why asked about someone's call ("why does my media ...") is about that call.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

const RULES_EN = [
  'do Online conferences always use an Edge server',
  'does signaling always go to the home server',
  'do Online users need the Front End in the cloud',
  'does a hybrid deployment need an Edge server',
];
const WHY_EN = ['Why', 'why', 'Can you explain why', 'Just curious, why'];
const RULES_ZH = ['Online 會議一定要經過 Edge 伺服器', '訊號一定要先到 Front End', '混合式部署需要 Edge 伺服器'];
const WHY_ZH = ['為什麼', '點解', '为什么', '請問為什麼'];

describe('why a rule holds, of nobody in particular, is explained', () => {
  it.each([
    ...WHY_EN.flatMap((why) => RULES_EN.map((rule) => `${why} ${rule}?`)),
    ...WHY_ZH.flatMap((why) => RULES_ZH.map((rule) => `${why}${rule}？`)),
  ])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('explain');
  });
});

describe('why about someone’s own call is a question about the call', () => {
  it.each([
    'Why does my media go over the internet when I call a colleague from home? all Online',
    'why does my audio go over the internet when I join our Online meeting from the hotel?',
    '為什麼我在家打給同事，媒體走網際網路？全部 Online',
    '點解我喺公司開 Online 會議，媒體要經 Edge？',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('ask');
  });
});
