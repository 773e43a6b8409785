// Typos: words close to the vocabulary's own words are corrected (natural's Damerau-Levenshtein and Jaro-Winkler);
// ordinary words are left alone.
import { TypoCorrector } from '../../src/nlu/typos';
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

describe('TypoCorrector', () => {
  const corrector = new TypoCorrector(['conference', 'expressroute', 'hybrid', 'organizer', 'meeting', 'signaling']);

  it.each([
    ['confrence', 'conference'],
    ['conferance', 'conference'],
    ['expresroute', 'expressroute'],
    ['hybird', 'hybrid'],
    ['orgnaizer', 'organizer'],
    ['meetnig', 'meeting'],
    ['singaling', 'signaling'],
  ])('%s -> %s', (typo, word) => {
    expect(corrector.correct(typo)).toBe(word);
  });

  it('does not correct short words or words too far from any vocabulary word', () => {
    expect(corrector.correct('hybr')).toBeUndefined();
    expect(corrector.correct('weather')).toBeUndefined();
    expect(corrector.correct('confidence')).toBeUndefined();
  });
});

describe('typos in questions', () => {
  it('understands misspelled questions', () => {
    expect(recognizer.recognize('hybird confrence from home, organiser is on prem').slots).toEqual({
      deployment: 'hybrid',
      callType: 'conference',
      location: 'internet',
      organizer: 'onPremises',
    });
    expect(recognizer.recognize('expresroute used for a pstn call from the offce?').slots).toEqual({
      callType: 'pstn',
      location: 'customerNetwork',
    });
  });

  it('never corrects a known word into a vocabulary word', () => {
    // "posted" is one edit from "hosted"; "router" from "route".
    expect(recognizer.recognize('I posted a question about the router').slots).toEqual({});
  });
});
