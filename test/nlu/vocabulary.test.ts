// The vocabulary is data: it must load without problems, be written in the characters the converter produces,
// cover every slot value in both languages, and the stored model must be compiled from it.
import { toTraditional } from '../../src/nlu/chinese';
import { parseConcept } from '../../src/nlu/concepts';
import { compileModel, vocabularyHash, type CompiledModel } from '../../src/nlu/model';
import { NluRecognizer } from '../../src/nlu/recognizer';
import { HAN } from '../../src/nlu/text';
import { VOCABULARY, type Vocabulary } from '../../src/nlu/vocabulary';
import { SLOT_VALUES } from '../../src/engine/types';
import storedModel from '../../locales/vocabulary/model.json';

const compiled = compileModel();

describe('vocabulary data', () => {
  it('has no unknown concepts, empty phrases or phrases with two meanings', () => {
    expect(compiled.problems).toEqual([]);
  });

  it('lists each known English word once (a word listed twice hides which list is meant to hold it)', () => {
    const repeated = VOCABULARY.knownWords.filter((word, i) => VOCABULARY.knownWords.indexOf(word) !== i);
    expect(repeated).toEqual([]);
  });

  it('names only concepts the recognizer understands', () => {
    for (const byConcept of Object.values(VOCABULARY.concepts)) {
      for (const id of Object.keys(byConcept)) expect([id, parseConcept(id) !== undefined]).toEqual([id, true]);
    }
  });

  it('writes Chinese in the Traditional characters Simplified input is converted to', () => {
    const phrases = [...Object.values(VOCABULARY.concepts['zh-TW']).flat(), ...VOCABULARY.chineseWords];
    const changed = phrases.filter((p) => HAN.test(p) && toTraditional(p.toLowerCase()) !== p.toLowerCase());
    expect(changed).toEqual([]);
  });

  it('has words for every slot value in both languages', () => {
    const concept = (slot: string, value: string): string[] => {
      switch (slot) {
        case 'location':
          return [`place.${value}`];
        case 'peer':
          return value === 'federated' ? ['place.federated', 'company.other'] : [`place.${value}`];
        case 'homing':
        case 'peerHoming':
          return [`homed.${value}`];
        case 'organizer':
          return value === 'otherCompany' ? ['company.other'] : [`homed.${value}`];
        default:
          return [`${slot}.${value}`];
      }
    };
    for (const [slot, values] of Object.entries(SLOT_VALUES)) {
      for (const value of values) {
        for (const locale of ['en', 'zh-TW'] as const) {
          const phrases = concept(slot, value).flatMap((id) => VOCABULARY.concepts[locale][id] ?? []);
          expect([slot, value, locale, phrases.length > 0]).toEqual([slot, value, locale, true]);
        }
      }
    }
  });

  it('has at least ten training utterances for every intent in both languages', () => {
    for (const byIntent of Object.values(VOCABULARY.intents)) {
      for (const [intent, utterances] of Object.entries(byIntent)) expect([intent, utterances.length >= 10]).toEqual([intent, true]);
    }
  });

  it('is compiled into locales/vocabulary/model.json (run: node bin/run.js scripts/build-nlu-model)', () => {
    const stored = storedModel as unknown as CompiledModel;
    expect(stored.vocabularyHash).toBe(vocabularyHash());
    expect(JSON.parse(JSON.stringify(compiled.model))).toEqual(stored);
  });
});

describe('adding a synonym', () => {
  it('needs only data: a new phrase is understood once the vocabulary is compiled', () => {
    const extended: Vocabulary = {
      ...VOCABULARY,
      concepts: {
        ...VOCABULARY.concepts,
        en: { ...VOCABULARY.concepts.en, 'place.internet': [...VOCABULARY.concepts.en['place.internet'], 'beach hut'] },
        'zh-TW': { ...VOCABULARY.concepts['zh-TW'], 'place.internet': [...VOCABULARY.concepts['zh-TW']['place.internet'], '海邊小屋'] },
      },
    };
    const before = new NluRecognizer(compiled.model);
    const after = new NluRecognizer(compileModel(extended).model);
    expect(before.recognize('joining from the beach hut').slots.location).toBeUndefined();
    expect(after.recognize('joining from the beach hut').slots.location).toBe('internet');
    expect(after.recognize('我在海邊小屋加入會議').slots).toEqual({ location: 'internet', callType: 'conference' });
  });
});
