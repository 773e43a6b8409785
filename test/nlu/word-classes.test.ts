// Word classes (locales/vocabulary/classes.*.json, src/nlu/wordClasses.ts): one list each for the words that name a
// network and the words that tell a call runs badly, which every rule asking for them reads. Each word of a class is
// tried with each rule that reads the class, in both languages, beside a word of no class that the same sentence
// reads otherwise (so each grid shows the class word is what decides).
import classesEn from '../../locales/vocabulary/classes.en.json';
import classesZh from '../../locales/vocabulary/classes.zh-TW.json';
import { createRecognizer } from '../../src/nlu';
import { Analyzer, englishForms } from '../../src/nlu/analyzer';
import { loadModel } from '../../src/nlu/model';
import { classWords, writesClassWord, type WordClass } from '../../src/nlu/wordClasses';

const recognizer = createRecognizer();
const model = loadModel();
const analyzer = new Analyzer(model.tables, englishForms(model.tables.aliases, model.tables.contractions));

const CLASSES: readonly WordClass[] = ['network', 'networkSide', 'poorCall', 'takeBack', 'hedge', 'restate', 'leaving'];
const entries = (name: WordClass): [string, string][] => [
  ...(classesEn[name] as readonly string[]).map((word): [string, string] => ['en', word]),
  ...(classesZh[name] as readonly string[]).map((word): [string, string] => ['zh-TW', word]),
];

describe('every word of a class is read as one, whole, where it is written alone', () => {
  // A word the typo corrector turns into a vocabulary word ("delay" into "relay") is never found: it must be a known word.
  it.each(CLASSES.flatMap((name) => entries(name).map(([, word]): [WordClass, string] => [name, word])))('%s: %s', (name, word) => {
    const { items } = analyzer.analyze(word);
    expect([...classWords(items, name)].sort((a, b) => a - b)).toEqual(items.map((_, index) => index));
  });
});

describe("a network word or a network's side in a place's words makes the place a network", () => {
  it.each(['network', 'networkSide'].flatMap((name) => entries(name as WordClass).map(([locale, word]): [string, string, string] => [name, locale, word])))('%s (%s): %s', (name, locale, word) => {
    expect(writesClassWord(locale === 'en' ? `the guest ${word}s here` : `公司${word}裡`, name as WordClass)).toBe(true);
  });
  it.each(['the plan', 'a lane', 'the swan', 'internship', 'kitchen', '網咖', '辦公室'])('no network: %s', (surface) => {
    expect(writesClassWord(surface, 'network') || writesClassWord(surface, 'networkSide')).toBe(false);
  });
});

describe('a poor-call word tells about a call: never out of scope, no place made of it', () => {
  const en = (word: string) => `Skype meeting is ${word} at the office today, can someone have a look?`;
  const zh = (word: string) => `我在辦公室，Skype 會議今天${word}，可以查一下嗎？`;
  const stated = { location: 'customerNetwork', callType: 'conference' };
  it.each(entries('poorCall'))('%s: %s', (locale, word) => {
    const recognition = recognizer.recognize(locale === 'en' ? en(word) : zh(word), locale as 'en' | 'zh-TW');
    expect([recognition.intent, recognition.slots]).toEqual(['ask', stated]);
  });
  it.each([['en', en('weird')], ['zh-TW', zh('怪怪的')]])('without one (%s): %s', (locale, text) => {
    expect(recognizer.recognize(text, locale as 'en' | 'zh-TW').intent).toBe('none');
  });
});

describe('a VPN said to run badly leaves open whether the client is on it', () => {
  const en = (word: string) => `At the hotel and the VPN is ${word}. Joining a Skype meeting, media path?`;
  const zh = (word: string) => `在飯店，VPN ${word}。開 Skype 會議，媒體走哪？`;
  it.each(entries('poorCall'))('%s: %s', (locale, word) => {
    const recognition = recognizer.recognize(locale === 'en' ? en(word) : zh(word), locale as 'en' | 'zh-TW');
    expect(recognition.slots).toEqual({ callType: 'conference' });
  });
  it.each([['en', en('on')], ['zh-TW', zh('有連')]])('said to be on (%s): %s', (locale, text) => {
    expect(recognizer.recognize(text, locale as 'en' | 'zh-TW').slots).toEqual({ location: 'customerNetwork', callType: 'conference' });
  });
});

describe('a network the writer is not sure of leaves open where the client is', () => {
  const en = (word: string) => `I'm at the office but not sure which ${word} I'm on. Skype call to a colleague at home, media path?`;
  const zh = (word: string) => `我在公司，但不知道連的是什麼${word}。打 Skype 給在家的同事，媒體走哪？`;
  it.each(entries('network'))('%s: %s', (locale, word) => {
    const recognition = recognizer.recognize(locale === 'en' ? en(word) : zh(word), locale as 'en' | 'zh-TW');
    expect(recognition.slots.location).toBeUndefined();
  });
  it.each([['en', en('sofa')], ['zh-TW', zh('沙發')]])('no network (%s): %s', (locale, text) => {
    expect(recognizer.recognize(text, locale as 'en' | 'zh-TW').slots.location).toBe('customerNetwork');
  });
});

describe('not on a network of ours is the Internet; not in a room of ours says nowhere', () => {
  const tail = 'today. Skype call to a colleague in the office, media path?';
  it.each(['our network', 'our LAN', 'our Wi-Fi', 'the intranet', 'the corporate network', 'inside the firewall', 'on the internal network'])('en: not %s', (place) => {
    expect(recognizer.recognize(`I'm not ${place.startsWith('inside') || place.startsWith('on ') ? '' : 'on '}${place} ${tail}`, 'en').slots.location).toBe('internet');
  });
  it.each(['內網', '公司內部', '公司網路', '公司內網'])('zh: 不在%s', (place) => {
    expect(recognizer.recognize(`我今天不在${place}。打 Skype 給在公司的同事，媒體走哪？`, 'zh-TW').slots.location).toBe('internet');
  });
  it.each([['en', `I'm not in the building ${tail}`], ['zh-TW', '我今天不在辦公室。打 Skype 給在公司的同事，媒體走哪？']])('%s: %s', (locale, text) => {
    expect(recognizer.recognize(text, locale as 'en' | 'zh-TW').slots.location).toBeUndefined();
  });
});
