// Bad input never crashes the recognizer: it gets an answer like any text.
import { createRecognizer } from '../../src/nlu';
import { visibleText } from '../../src/nlu/text';

const recognizer = createRecognizer();

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['punctuation only', '?!?!...,,,'],
    ['emoji', '😀🎉 📞☎️'],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['very long', 'where does media go '.repeat(2000)],
    ['other scripts', 'Где медиа? メディアはどこ? 미디어는 어디?'],
    ['lone surrogate', '\ud800 hybrid'],
    ['HTML', '<script>alert(1)</script> hybrid conference'],
  ])('%s', (_name, text) => {
    const r = recognizer.recognize(text);
    expect(['ask', 'help', 'cancel', 'back', 'switchLanguage', 'greeting', 'explain', 'none']).toContain(r.intent);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('reads nothing into text that has no words', () => {
    expect(recognizer.recognize('')).toMatchObject({ locale: 'en', intent: 'none', slots: {} });
    expect(recognizer.recognize('😀🎉')).toMatchObject({ intent: 'none', slots: {} });
  });

  it('does not crash on a value that is not a string', () => {
    const untyped = recognizer.recognize as (text: unknown) => unknown;
    expect(() => untyped.call(recognizer, undefined)).not.toThrow();
    expect(() => untyped.call(recognizer, 42)).not.toThrow();
  });

  it('reads only the start of a very long text', () => {
    const r = recognizer.recognize(`hybrid conference from home ${'x '.repeat(5000)} PSTN`);
    expect(r.slots).toMatchObject({ deployment: 'hybrid', callType: 'conference', location: 'internet' });
  });
});

// An outside try sent 「信‍令​走‌哪⁠裡﻿？」 (zero-width marks between the characters, as text copied from some chat
// clients and web pages carries) and was told it was no question about call flows. Marks no one sees, bidi controls
// and terminal colour codes are not part of what the writer wrote: the text reads as it would without them.
describe('invisible marks inside words', () => {
  const marks: [string, string][] = [
    ['zero-width space', '\u200b'],
    ['zero-width joiner', '\u200d'],
    ['zero-width non-joiner', '\u200c'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['right-to-left override', '\u202e'],
    ['pop directional formatting', '\u202c'],
    ['left-to-right isolate', '\u2066'],
    ['right-to-left isolate', '\u2067'],
    ['pop directional isolate', '\u2069'],
    ['right-to-left mark', '\u200f'],
    ['terminal colour code', '\u001b[31m'],
  ];
  const questions = [
    "Hybrid conference organized by an on-prem user, I'm working from home, where does media go?",
    'Skype for Business Online, peer-to-peer call, both users in the office: which path does signaling take?',
    '混合式部署，地端使用者開的會議，我在家，媒體走哪？',
    '信令走哪裡？',
    '全部都是 Online，我在公司打市話，訊號走哪一條？',
  ];
  const between = (text: string, mark: string) => Array.from(text).join(mark);

  it.each(marks.flatMap(([name, mark]) => questions.map((question) => [name, question, mark] as const)))(
    '%s between every character of %s',
    (_name, question, mark) => {
      const plain = recognizer.recognize(question);
      const marked = recognizer.recognize(between(question, mark));
      expect({ intent: marked.intent, slots: marked.slots, locale: marked.locale }).toEqual({ intent: plain.intent, slots: plain.slots, locale: plain.locale });
    },
  );

  it('keeps a control character between two words a break', () => {
    expect(recognizer.recognize('hybrid\u0007conference from\u0000home').slots).toMatchObject({ deployment: 'hybrid', callType: 'conference', location: 'internet' });
  });
});

// Round 31's hostile set sent a licensing question written in HTML character references ("&#35531;&#21839;..." with
// "&lt;br&gt;&nbsp;" after it), as text pasted from a web page's source or an HTML mail arrives, and it was read as a
// greeting. Character references say the characters they stand for.
describe('HTML character references', () => {
  const encoded = (text: string, form: 'decimal' | 'hex') =>
    Array.from(text).map((character) => (form === 'decimal' ? `&#${character.codePointAt(0)};` : `&#x${character.codePointAt(0)!.toString(16)};`)).join('');
  const questions = [
    '混合式部署，地端使用者開的會議，我在家，媒體走哪？',
    "Hybrid conference organized by an on-prem user, I'm working from home, where does media go?",
  ];
  it.each(questions.flatMap((question) => (['decimal', 'hex'] as const).map((form) => [form, question] as const)))('%s references for every character of %s', (form, question) => {
    const plain = recognizer.recognize(question);
    const marked = recognizer.recognize(encoded(question, form));
    expect({ intent: marked.intent, slots: marked.slots, locale: marked.locale }).toEqual({ intent: plain.intent, slots: plain.slots, locale: plain.locale });
  });

  it('reads named references as their characters', () => {
    expect(recognizer.recognize('hybrid&nbsp;conference &amp; I&apos;m at&nbsp;home').slots).toMatchObject({ deployment: 'hybrid', callType: 'conference', location: 'internet' });
  });

  it('leaves what is no reference as written', () => {
    expect(visibleText('R&D; &#xZZ; &#99999999; &foo; AT&T')).toBe('R&D; &#xZZ; &#99999999; &foo; AT&T');
  });
});
