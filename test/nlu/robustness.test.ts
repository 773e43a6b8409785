// Bad input never crashes the recognizer: it gets an answer like any text.
import { createRecognizer } from '../../src/nlu';

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
