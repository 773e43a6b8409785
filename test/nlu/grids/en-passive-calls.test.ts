// A person called by another (en-passive-calls.ts). GRID_REPORT=1 prints misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { calledMeetingGrid, passiveCallGrid, placedPassiveGrid } from './en-passive-calls';

const recognizer = createRecognizer();

describe('a person called by another ("Tom gets called by Ann")', () => {
  const items = passiveCallGrid();
  const s = scoreSlotsReported('passive calls', recognizer, items, ['callType', 'organizer'], 'en');

  it('covers the space', () => {
    expect(items.length).toBe(96);
  });

  // main 4f27ef7: "called by" was a meeting host's marker, so every one read a meeting hosted Online (a wrong answer).
  it("reads a one-to-one call with no organizer (the help desk's call stays asked)", () => {
    expect(recallOf(s, 'callType')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

describe('a person called by another, both placed, the question about either', () => {
  const s = scoreSlotsReported('placed passive calls', recognizer, placedPassiveGrid(), PARTY_SLOTS, 'en');

  it('gives each side its own place', () => {
    expect(recallOf(s, 'location')).toBe(1);
    expect(recallOf(s, 'peer')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

describe('a meeting called by its host ("a meeting called by", "the urgent meeting was called by", "it was called by")', () => {
  const s = scoreSlotsReported('called meetings', recognizer, calledMeetingGrid(), ['callType', 'organizer'], 'en');

  it('stays a meeting with its host', () => {
    expect(recallOf(s, 'callType')).toBe(1);
    expect(recallOf(s, 'organizer')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});
