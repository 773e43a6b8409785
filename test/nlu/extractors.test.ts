// The extractors' contract (src/nlu/extractors.ts): each fills its field only for the intents it names, only when
// the text says something of it, and never changes the intent or the slots.
import { createRecognizer } from '../../src/nlu';
import { EXTRACTORS } from '../../src/nlu/extractors';

const recognizer = createRecognizer();

const TEXTS = [
  'where does the media go for a hybrid conference?',
  '混合式部署的會議，訊號走哪裡？',
  'switch to English',
  '請改用中文',
  'what is an Edge Server?',
  'hi',
  'in the office',
  'how do I reset my password',
];

describe('extractors', () => {
  it('fill their field only for their intents', () => {
    for (const text of TEXTS) {
      const r = recognizer.recognize(text);
      for (const extractor of EXTRACTORS) {
        if (!extractor.intents.includes(r.intent)) expect([text, extractor.field, r[extractor.field]]).toEqual([text, extractor.field, undefined]);
      }
    }
  });

  it('read what the text says', () => {
    expect(recognizer.recognize(TEXTS[0]).focus).toBe('media');
    expect(recognizer.recognize(TEXTS[1]).focus).toBe('signaling');
    expect(recognizer.recognize(TEXTS[2]).targetLocale).toBe('en');
    expect(recognizer.recognize(TEXTS[3]).targetLocale).toBe('zh-TW');
    expect(recognizer.recognize('where do signaling and media go for a hybrid conference?').focus).toBeUndefined();
  });
});
