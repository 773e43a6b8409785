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

// The late conversation set: "office user dialing pstn, trace shows SIP going up to MS over the ER" put the user on the
// Internet: "trace" was corrected to "trade", and "trade shows" is a place. Words of troubleshooting and telephony one
// letter from a vocabulary word are ordinary words, never corrected into it: a SIP trunk is no truck, a delay no Edge
// relay, a trail no train.
describe('troubleshooting words are no typos', () => {
  it.each([
    ["We run Cloud Connector Edition. Office user dialing PSTN, trace shows SIP going up to MS over the ER first. Path?", 'customerNetwork'],
    ['Skype Online. I am in the office and call a landline over our SIP trunk. Which path?', 'customerNetwork'],
    ['Skype Online, user at HQ calling a mobile, the audit trail shows the call. Path?', 'customerNetwork'],
    ['Skype Online, user at her desk calling a landline, there is a delay on the line. Path?', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(recognizer.recognize(text).slots.location).toBe(location);
  });

  it('leaves the words themselves alone, and still corrects the vocabulary words they are near', () => {
    const words = ['trace', 'trunk', 'track', 'trail', 'delay', 'patch', 'pilot', 'codec'];
    expect(words.filter((word) => recognizer.recognize(`the ${word} is fine`).slots.location !== undefined)).toEqual([]);
    expect(recognizer.recognize('hybird confrence from home, organiser is on prem').slots.location).toBe('internet');
  });
});
