// Intents: questions, explanations with their topics, commands, greetings and out-of-scope text.
import BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier');
import { createRecognizer } from '../../src/nlu';
import { Analyzer, englishForms } from '../../src/nlu/analyzer';
import { IntentClassifier } from '../../src/nlu/classifier';
import { featuresOf } from '../../src/nlu/features';
import { loadModel } from '../../src/nlu/model';
import { INTENTS } from '../../src/nlu/vocabulary';
import { loadLabelledSet } from '../../scripts/eval';

const recognizer = createRecognizer();

describe('explain', () => {
  it.each([
    ['what is principle 3', { kind: 'principle', principle: 3 }],
    ['原則 3', { kind: 'principle', principle: 3 }],
    ['explain the sixth principle', { kind: 'principle', principle: 6 }],
    ['what are the six principles', { kind: 'principles' }],
    ['what is ExpressRoute', { kind: 'segment', segment: 'expressRoute' }],
    ['什麼是 Microsoft 網路', { kind: 'segment', segment: 'microsoftNetwork' }],
    ['what do you mean by your network', { kind: 'segment', segment: 'yourNetwork' }],
    ['what counts as signaling', { kind: 'traffic', traffic: 'signaling' }],
    ['什麼是媒體流量', { kind: 'traffic', traffic: 'media' }],
    ['show me the peer-to-peer example', { kind: 'example', example: 'p2p' }],
    ['explain the hybrid conference example flow', { kind: 'example', example: 'hybridConference' }],
    ['what is figure 5', { kind: 'example', example: 'onPremEdge' }],
    ['雲端連接器 PSTN 通話的範例', { kind: 'example', example: 'cceePstn' }],
    ['what always goes over the internet even with ExpressRoute', { kind: 'internetOnly' }],
    ['為什麼 DNS 一律走網際網路？', { kind: 'internetOnly' }],
    ['what is asymmetric routing', { kind: 'caveat', caveat: 'asymmetricRouting' }],
    ['解釋 Premium 附加元件', { kind: 'caveat', caveat: 'premiumAddOn' }],
    ['what do the tables assume', { kind: 'caveat', caveat: 'assumptions' }],
  ])('%s', (text, topic) => {
    expect(recognizer.recognize(text)).toMatchObject({ intent: 'explain', topic });
  });

  it('answers a scenario asked with "what is" as a question, not an explanation', () => {
    const r = recognizer.recognize('what is the media path for a hybrid conference');
    expect(r).toMatchObject({ intent: 'ask', slots: { deployment: 'hybrid', callType: 'conference' }, focus: 'media' });
    expect(r.topic).toBeUndefined();
  });
});

describe('commands', () => {
  it.each([
    ['help', 'help'],
    ['what can you do?', 'help'],
    ['說明', 'help'],
    ['start over', 'cancel'],
    ['重新開始', 'cancel'],
    ['never mind, new question', 'cancel'],
    ['back', 'back'],
    ['上一步', 'back'],
    ['change my last answer', 'back'],
    ['hi', 'greeting'],
    ['你好', 'greeting'],
  ])('%s -> %s', (text, intent) => {
    expect(recognizer.recognize(text)).toMatchObject({ intent, slots: {} });
  });

  it.each([
    ['中文', 'zh-TW'],
    ['English please', 'en'],
    ['switch to Chinese', 'zh-TW'],
    ['請用英文回答', 'en'],
  ])('switches language: %s -> %s', (text, targetLocale) => {
    expect(recognizer.recognize(text)).toMatchObject({ intent: 'switchLanguage', targetLocale });
  });

  it('switches to the other language when none is named', () => {
    const r = recognizer.recognize('切換語言');
    expect(r.intent).toBe('switchLanguage');
    expect(r.targetLocale).toBeUndefined();
  });

  it('needs the words of a command: gibberish is not a command', () => {
    expect(recognizer.recognize('asdfgh').intent).toBe('none');
  });
});

describe('questions and answers', () => {
  it('takes a greeting that describes a call as a question', () => {
    expect(recognizer.recognize('hi, where does media go when I join an online meeting from home?')).toMatchObject({
      intent: 'ask',
      slots: { location: 'internet', callType: 'conference', organizer: 'online' },
      focus: 'media',
    });
  });

  it('takes yes and no as answers', () => {
    for (const text of ['yes', 'no', 'nope', '是的', '不是']) expect(recognizer.recognize(text)).toMatchObject({ intent: 'ask', slots: {} });
  });

  it('notes when only media or only signaling is asked about', () => {
    expect(recognizer.recognize('where does the media go?').focus).toBe('media');
    expect(recognizer.recognize('訊號走哪裡？').focus).toBe('signaling');
    expect(recognizer.recognize('which paths do media and signaling take?').focus).toBeUndefined();
  });
});

describe('out of scope', () => {
  it.each([
    "what's the weather",
    'how do I reset my password',
    'how much does ExpressRoute cost',
    'book a conference room for tomorrow',
    '今天天氣如何',
    '印表機壞了',
    'ExpressRoute 多少錢',
  ])('%s: no intent to answer, no slots', (text) => {
    expect(recognizer.recognize(text)).toMatchObject({ intent: 'none', slots: {} });
  });
});

describe('the intent classifier', () => {
  it("scores exactly like natural's BayesClassifier on its own dense feature vectors", () => {
    const model = loadModel();
    const analyzer = new Analyzer(model.tables, englishForms(model.tables.aliases, model.tables.contractions));
    const classifier = new IntentClassifier(model.classifier);
    const natural = BayesClassifier.restore(JSON.parse(JSON.stringify({ ...model.classifier, docs: [], lastAdded: 0 })));
    for (const text of ['where does media go for a hybrid conference', '上一步', 'what is principle 3', 'tell me a joke']) {
      const features = featuresOf(analyzer.analyze(text).items);
      const dense = natural.getClassifications(features);
      const total = dense.reduce((sum, s) => sum + s.value, 0);
      const expected = Object.fromEntries(dense.map((s) => [s.label, s.value / total]));
      for (const { intent, probability } of classifier.rank(features)) expect(probability).toBeCloseTo(expected[intent], 12);
    }
  });

  it("gives the very numbers natural's Bayes engine gives a sparse observation of the same features, for every labelled question", () => {
    const model = loadModel();
    const analyzer = new Analyzer(model.tables, englishForms(model.tables.aliases, model.tables.contractions));
    const classifier = new IntentClassifier(model.classifier);
    const natural = BayesClassifier.restore(JSON.parse(JSON.stringify({ ...model.classifier, docs: [], lastAdded: 0 })));
    const positions = Object.keys(model.classifier.features);
    const texts = (['en', 'zh-TW'] as const).flatMap((locale) => loadLabelledSet(locale).map((u) => u.text));
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) {
      const features = [...new Set(featuresOf(analyzer.analyze(text).items))].filter((f) => positions.includes(f));
      const sparse = Object.fromEntries(features.map((f, n) => [n, positions.indexOf(f)]));
      const scores = natural.classifier.getClassifications(sparse) as { label: string; value: number }[];
      const total = scores.reduce((sum, s) => sum + s.value, 0);
      const expected = scores.filter((s) => (INTENTS as readonly string[]).includes(s.label)).map((s) => ({ intent: s.label, probability: s.value / total }));
      expect(classifier.rank(featuresOf(analyzer.analyze(text).items))).toEqual(expected);
    }
  });
});

describe('explain questions with facts around the term (round 3)', () => {
  it.each([
    ['ExpressRoute 到底是什麼？跟 VPN 差在哪？', { kind: 'segment', segment: 'expressRoute' }],
    ['new here - what is ExpressRoute and why would we want it?', { kind: 'segment', segment: 'expressRoute' }],
    ["what does 'hybrid deployment' mean exactly? we have on-prem servers and O365 both", { kind: 'term', term: 'hybrid' }],
  ])('explains %s', (text, topic) => {
    expect(recognizer.recognize(text)).toMatchObject({ intent: 'explain', topic });
  });

  it('still answers a question about a path that names a term and states its facts', () => {
    expect(recognizer.recognize("what does 'hybrid' change here: I'm on-prem homed, at home, calling a colleague in the office, where does my media go?").intent).toBe('ask');
  });
});

describe('a caveat asked about with facts around it (round 4)', () => {
  it.each([
    'what does the ExpressRoute Premium add-on really give us for Skype meetings? our offices are in two regions',
    'so what is Premium add-on for, when our meetings run from offices on three continents?',
  ])('explains %s', (text) => {
    expect(recognizer.recognize(text)).toMatchObject({ intent: 'explain', topic: { kind: 'caveat', caveat: 'premiumAddOn' } });
  });

  it('still answers a question about the path of a call it describes', () => {
    expect(recognizer.recognize('with the Premium add-on, I am at home off VPN and call a colleague in the office: where does my media go?').intent).toBe('ask');
  });
});
