// Explain and out-of-scope shapes of round 24, in inputs written for this test: asking what a term was or what it
// includes, how it works (怎麼運作, 原理), how far it reaches (範圍到哪) or where it is installed (裝在哪); two paths
// or 去程走… named as asymmetric routing; a quoted term asked about among other facts; "how is it different" comparing
// what the sentence before asked about; "the segment called X". Buying advice, where a client feature is set up and
// client features in Chinese are out of scope. The same words around a call and a question about its path keep it a
// call question.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const explained = (text: string) => {
  const r = recognizer.recognize(text);
  return [r.intent, r.topic && topicId(r.topic)];
};

describe('what a term was, includes, how it works, how far it reaches, where it is installed', () => {
  it.each([
    ['What was the Edge server for in the old setup?', 'edgeServer'],
    ['what were Cloud Connector appliances for, back then?', 'cloudConnector'],
    ['so the article\'s "your network" does that include our Frankfurt data centre too?', 'yourNetwork'],
    ['ICE 到底怎麼運作？', 'ice'],
    ['想了解 Edge 伺服器的運作原理', 'edgeServer'],
    ['「客戶網路」的範圍到哪裡？', 'yourNetwork'],
    ['Cloud Connector 通常裝在哪裡？', 'cloudConnector'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
});

describe('asymmetric routing named by its two paths', () => {
  it.each([
    'Why is it a problem when traffic to Office 365 has two different paths?',
    '如果去程走 ExpressRoute、回來卻走網際網路，為什麼會斷線？',
  ])('%s', (text) => {
    expect(explained(text)).toEqual(['explain', 'asymmetricRouting']);
  });
});

describe('the quoted term, the one compared with "it", the segment called X', () => {
  it.each([
    ['What do people mean by "the Microsoft network" when they talk about Skype Online meetings?', 'microsoftNetwork'],
    ['what does the word "signaling" mean in an Online conference?', 'signalingVsMedia'],
    ['What is ExpressRoute? How is it different from plain internet access to Office 365?', 'expressRoute'],
    ['Tell me about the segment named "the Internet": who is responsible for it?', 'internet'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
  });
});

describe('buying advice, where a feature is set up, client features: out of scope', () => {
  it.each([
    'which SBC vendor should we pick for PSTN calls?',
    'Skype 會議的字幕要去哪裡設定？',
    'Teams 開會可以用分組討論室嗎',
    '會議裡怎麼讓大家舉手發言',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});

describe('the same words in a call question keep it one', () => {
  it.each([
    'What was the media path when I called a colleague in the office from home? We are Online.',
    'What were the routes for a PSTN call through Cloud Connector while I was at home?',
    '我們是混合部署，主持人在地端，我在公司開會，媒體去程走 ER 嗎？',
    'We are Online. I am at a hotel calling a coworker in the office: how does the media go?',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).intent).toBe('ask');
  });
});
