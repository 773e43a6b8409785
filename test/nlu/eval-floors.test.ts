// Floors under the recognizer's scores on the labelled sets (what `npm run eval` prints), a little under what it
// reaches, so a change that makes it understand less fails here.
import { createRecognizer } from '../../src/nlu';
import type { Locale } from '../../src/nlu/types';
import { evaluate, loadLabelledSet, type EvalResult } from '../../scripts/eval';

type Floors = { intentAccuracy: number; exactMatch: number; slots: Record<keyof EvalResult['slots'], [number, number]> };

/** [precision, recall] per slot. */
const FLOORS: Record<Locale, Floors> = {
  en: {
    intentAccuracy: 0.98,
    exactMatch: 0.97,
    slots: {
      deployment: [0.98, 0.98],
      callType: [0.97, 0.98],
      homing: [0.95, 0.95],
      location: [0.98, 0.98],
      peer: [0.97, 0.97],
      peerHoming: [0.92, 0.92],
      organizer: [0.97, 0.95],
      firewall: [0.92, 0.92],
      all: [0.98, 0.98],
    },
  },
  'zh-TW': {
    intentAccuracy: 0.97,
    exactMatch: 0.96,
    slots: {
      deployment: [0.98, 0.98],
      callType: [0.97, 0.98],
      homing: [0.95, 0.97],
      location: [0.98, 0.97],
      peer: [0.97, 0.92],
      peerHoming: [0.9, 0.9],
      organizer: [0.95, 0.95],
      firewall: [0.92, 0.92],
      all: [0.98, 0.97],
    },
  },
};

const recognizer = createRecognizer();

describe.each(Object.keys(FLOORS) as Locale[])('labelled set %s', (locale) => {
  const set = loadLabelledSet(locale);
  const result = evaluate(recognizer, set);
  const floors = FLOORS[locale];

  it('has at least 150 varied utterances: every intent, out-of-scope ones and follow-up fragments', () => {
    expect(set.length).toBeGreaterThanOrEqual(150);
    const intents = new Set(set.map((u) => u.intent));
    expect([...intents].sort()).toEqual(['ask', 'back', 'cancel', 'explain', 'greeting', 'help', 'none', 'switchLanguage']);
    expect(set.filter((u) => u.intent === 'none').length).toBeGreaterThanOrEqual(10);
    expect(set.filter((u) => u.intent === 'ask' && u.text.length <= 12).length).toBeGreaterThanOrEqual(10);
  });

  it('keeps intent accuracy and exact matches above their floors', () => {
    expect(result.intentAccuracy).toBeGreaterThanOrEqual(floors.intentAccuracy);
    expect(result.exactMatch).toBeGreaterThanOrEqual(floors.exactMatch);
  });

  it.each(Object.keys(floors.slots) as (keyof Floors['slots'])[])('keeps %s precision and recall above their floors', (slot) => {
    const [precision, recall] = floors.slots[slot];
    expect(result.slots[slot].precision).toBeGreaterThanOrEqual(precision);
    expect(result.slots[slot].recall).toBeGreaterThanOrEqual(recall);
  });
});
