// Round 12's English grids of two people said together (en-pairs.ts). GRID_REPORT=1 prints the misses and wrong
// readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { pairHomingGrid, pairPlaceGrid, singularSecondGrid, twoOfUsGrid } from './en-pairs';

const recognizer = createRecognizer();

describe('two people said to be in one place with a plural verb ("Priya and Tom are in the office")', () => {
  const s = scoreSlotsReported('pair place', recognizer, pairPlaceGrid(), ['location', 'peer'], 'en');

  // main 6866664: 49.3% (the place was the second's only); 98.6%, 0 wrong after (the misses: a typo, "at hoem").

  it('reads the place as both parties\'', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads no wrong place', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('two people said to be homed in one place with a plural verb ("Priya and Tom are homed on-prem")', () => {
  const s = scoreSlotsReported('pair homing', recognizer, pairHomingGrid(), ['homing', 'peerHoming'], 'en');

  // main 6866664: 50.0% with 6 wrong readings ("were never migrated" read as moved); 100%, 0 wrong after.

  it('reads the homing as both parties\'', () => {
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads no wrong homing', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('the second of "X and Y" with a singular verb ("I call Priya and Tom is at home")', () => {
  const s = scoreSlotsReported('singular second', recognizer, singularSecondGrid(), ['location'], 'en');

  it('never gives the writer or the caller that place', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('"two of us", "the two of them" said somewhere ("when two of us at HQ call each other")', () => {
  const s = scoreSlotsReported('two of us', recognizer, twoOfUsGrid(), ['location', 'peer'], 'en');

  // bc27c4d: 83.3% ("two of us" was everyone in the organization: where the user is, nobody called); 100%, 0 wrong after.
  it('reads the place as both parties\'', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads no wrong place', () => {
    expect(s.wrongs).toEqual([]);
  });
});
