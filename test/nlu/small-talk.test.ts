// Small talk that names a place ("anyone know if the office is closing early for the snow?") is out of scope: a
// place said of nobody, among words the vocabulary does not know, with nothing of a call, a meeting or traffic.
// A place given as an answer ("in the office", "at home on the VPN") or said of someone stays a question's fact.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

describe('a place in small talk', () => {
  it.each([
    'anyone know if the office is closing early for the snow? lol',
    'Is the canteen at HQ serving lunch today or is the kitchen still being refitted?',
    'reminder: the Leeds office parking lot gets resurfaced on Friday, bring your badge',
    'who left their umbrella in the office lobby yesterday evening',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});

describe('a place that answers or describes someone', () => {
  it.each([
    ['in the office', { location: 'customerNetwork' }],
    ['at home on the VPN', { location: 'customerNetwork' }],
    ['the user is in the Leeds office today', { location: 'customerNetwork' }],
    ['office; where does the media go when the snow closes the roads?', { location: 'customerNetwork' }],
  ])('%s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toEqual(slots);
  });
});

describe('licensing, in either spelling', () => {
  it.each([
    'The client wants Teams Phone licences for 25 staff - which SKU do we quote?',
    'can we add a Phone System licence to E3 for the front office, or is E5 needed?',
    'how many calling licences are still unassigned?',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});
