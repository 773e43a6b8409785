// Chinese: dictionary segmentation over the project's lexicon, Simplified converted to Traditional, and English
// words inside Chinese sentences.
import type { DictLike } from 'opencc-js/cn2t' with { 'resolution-mode': 'import' };
import { Segmenter, toTraditional } from '../../src/nlu/chinese';
import { createRecognizer } from '../../src/nlu';
import zhWords from '../../locales/vocabulary/words.zh-TW.json';

const recognizer = createRecognizer();

describe('Segmenter', () => {
  const segmenter = new Segmenter(new Set(['公司網路', '在公司', '網路', '內部部署', '內部', '部署', '在家', '不在']));
  const texts = (run: string) => segmenter.segment(run).map((s) => s.text);

  it('splits a run into the fewest pieces, lexicon words first', () => {
    expect(texts('內部部署')).toEqual(['內部部署']);
    expect(texts('不在公司網路')).toEqual(['不在', '公司網路']);
  });

  it('keeps characters it does not know as single pieces, marked unknown', () => {
    expect(segmenter.segment('我在家')).toEqual([
      { text: '我', known: false },
      { text: '在家', known: true },
    ]);
  });

  it('prefers the longest first word among equally short splits', () => {
    expect(texts('在公司網路')).toEqual(['在公司', '網路']);
  });

  it('gives 在 to the place after it among equally short splits ("還|在公司", not "還在|公司")', () => {
    const words = new Segmenter(new Set(['還', '還在', '公司', '在公司', '人', '人在', '總部', '在總部']));
    const split = (run: string) => words.segment(run).map((s) => s.text);
    expect(split('還在公司')).toEqual(['還', '在公司']);
    expect(split('人在總部')).toEqual(['人', '在總部']);
  });
});

describe('homophone typos', () => {
  const words = new Segmenter(new Set(['撥外線', '打給', '在家裡', '在', '家', '加班', '走哪裡']), ['線現限', '家加佳', '裡理哩']);
  const split = (run: string) => words.segment(run).map((s) => s.text);

  it('finds a word of three or more characters typed with one homophone ("撥外現", "在加裡")', () => {
    expect(split('撥外現打給')).toEqual(['撥外線', '打給']);
    expect(split('在加裡')).toEqual(['在家裡']);
    expect(split('走哪哩')).toEqual(['走哪裡']);
  });

  it('reads no typo where the characters typed could stand for either of two words', () => {
    const either = new Segmenter(new Set(['在家裡', '在佳裡']), ['家加佳']);
    expect(either.segment('在加裡').map((s) => s.text)).toEqual(['在', '加', '裡']);
  });

  it('never replaces words as written ("在加班" is working late, not at home)', () => {
    expect(split('在加班')).toEqual(['在', '加班']);
  });

  it('reads the whole question as if typed right', () => {
    expect(recognizer.recognize('我們是純Online，我在公司撥外現打給客戶，媒體走ER嗎').slots).toMatchObject({ callType: 'pstn', location: 'customerNetwork' });
    expect(recognizer.recognize('在加裡打市話，流量是走哪哩？').slots).toMatchObject({ callType: 'pstn', location: 'internet' });
  });

  it('reads the domain words typed wrong as they are meant: 煤體, 媒題, 媒休 (休 drawn like 体) as 媒體, 路經 as 路徑', () => {
    for (const media of ['煤體', '媒題', '媒替', '媒休']) expect(recognizer.recognize(`我們全部是 Online，我在辦公室打外線，${media}怎麼走？`).focus).toBe('media');
    const domain = new Segmenter(new Set(['訊號', '路徑', '信令']), zhWords.homophones);
    expect(domain.segment('訊號路經').map((s) => s.text)).toEqual(['訊號', '路徑']);
    expect(domain.segment('信另路境').map((s) => s.text)).toEqual(['信令', '路徑']);
    // Words as written stay: 休假 is a day off, 經理 a manager.
    expect(recognizer.recognize('經理今天休假在家').slots).toEqual({ location: 'internet' });
  });

  it('reads 混何 as 混合, 信另 as 信令 and 隔避 as 隔壁 (hé, lìng, bì typed for one another)', () => {
    expect(recognizer.recognize('公司是混何部署，我跟坐隔避的同事用 Skype 通話，信另走哪？').slots).toMatchObject({ deployment: 'hybrid', callType: 'peerToPeer', peer: 'customerNetwork' });
    expect(recognizer.recognize('何經理另外開了一個會').slots.deployment).toBeUndefined();
  });
});

describe('Simplified and Traditional Chinese', () => {
  it('converts Simplified characters to the Traditional ones the vocabulary uses', () => {
    expect(toTraditional('从家里加入会议')).toBe('從家裡加入會議');
    expect(toTraditional('不在公司网络')).toBe('不在公司網絡');
  });

  it('converts a text whose only Simplified character is its last', () => {
    expect(toTraditional('從家裡加入會議的人')).toBe('從家裡加入會議的人');
    expect(toTraditional('從家裡加入會议')).toBe('從家裡加入會議');
  });

  it('leaves Traditional text and English as they are', () => {
    expect(toTraditional('從家裡加入會議 PSTN call')).toBe('從家裡加入會議 PSTN call');
  });

  it('converts every text as OpenCC converts it, character by character where nothing around a character matters', () => {
    // toTraditional converts most texts character by character (a table of what each character becomes); the converter
    // it stands for reads some in context: names the Taiwan variants keep ("张栋梁" stays 張棟樑, not 張棟梁), characters
    // beyond the 65,536, ideographic description sequences.
    const opencc = require('opencc-js/cn2t') as typeof import('opencc-js/cn2t', { with: { 'resolution-mode': 'import' } });
    const table = opencc.Locale.from.cn.flat().find((dict: DictLike) => typeof dict === 'string' && [...dict.slice(0, dict.indexOf(' '))].length === 1) as string;
    const convert = opencc.ConverterFactory([table], ...opencc.Locale.to.tw);
    const entries = [table, ...opencc.Locale.to.tw.flat()].flatMap((dict: DictLike) => (typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict));
    const characters = [...new Set(entries.flatMap((entry) => [...entry.join('')]))];
    const names = entries.filter(([source]) => [...source].length > 1).map(([source]) => source);
    const texts = [
      ...characters,
      ...characters.map((c) => `在${c}家里会议`),
      ...names.flatMap((name) => [name, `经理${name}在家`, [...name].map((c) => toSimplified(c, entries)).join('')]),
      '张栋梁在家', '会议⿰氵每加入', '⿱艹会议', '𠀀会议𪚥里', '从家里加入会议 PSTN call',
    ];
    const differing = texts.filter((text) => toTraditional(text) !== convert(text));
    expect(differing).toEqual([]);
    expect(texts.length).toBeGreaterThan(10_000);
  });

  it.each([
    ['從家裡加入會議', '从家里加入会议'],
    ['線上使用者打給內部部署的同事', '线上用户打给本地部署的同事'],
    ['不在公司網路', '不在公司网络'],
    ['雲端連接器的 PSTN 通話', '云端连接器的 PSTN 通话'],
  ])('understands %s and its Simplified form %s alike', (traditional, simplified) => {
    const a = recognizer.recognize(traditional);
    const b = recognizer.recognize(simplified);
    expect(b.slots).toEqual(a.slots);
    expect(b.intent).toBe(a.intent);
    expect(Object.keys(a.slots).length).toBeGreaterThan(0);
  });
});

/** A Simplified form of a Traditional character: the table's first source that becomes it (itself when none does). */
function toSimplified(character: string, entries: readonly (readonly string[])[]): string {
  return entries.find(([source, replacement]) => replacement === character && [...source].length === 1)?.[0] ?? character;
}

describe('English inside Chinese', () => {
  it('reads the English words of a mixed sentence', () => {
    const r = recognizer.recognize('Hybrid 部署下 PSTN call 的 media path？');
    expect(r).toMatchObject({ locale: 'zh-TW', intent: 'ask', slots: { deployment: 'hybrid', callType: 'pstn' }, focus: 'media' });
  });

  it('reads Chinese and English words of one party together', () => {
    expect(recognizer.recognize('on-prem 使用者打給 federated 使用者').slots).toEqual({
      homing: 'onPremises',
      deployment: 'hybrid',
      callType: 'peerToPeer',
      peer: 'federated',
    });
  });

  it('needs no spaces between Chinese and English', () => {
    expect(recognizer.recognize('混合式部署的PSTN通話').slots).toEqual({ deployment: 'hybrid', callType: 'pstn' });
  });
});
