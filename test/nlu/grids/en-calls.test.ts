// Round 10's English call grid (en-calls.ts): the later of two calls told in turn, and no call between two read for
// a call word with three or more people. GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids, scoreSlotsReported } from './grid';
import { callsInTurnGrid, manyPeopleGrid } from './en-calls';

const recognizer = createRecognizer();

describeHeldGrids('%s ("Had the project meeting (fine), then Sam called me")', recognizer, [
  // main 9a175aa: 7.7% with 15 wrong readings (two types cancelled, or the earlier one read); 100%, 0 wrong after:
  // the later call read, never the earlier one.
  { name: 'two calls told in turn', build: callsInTurnGrid, slotFloors: { callType: 0.9 } },
], ['callType'], 'en');

describe('a call word with three or more people ("a call with the three of them")', () => {
  const s = scoreSlotsReported('many people', recognizer, manyPeopleGrid(), ['callType'], 'en');

  // main 9a175aa: a call between two read in 5 of 10 ("calling Raj, Mei and Pieter"); none after ("jump on a call" is
  // joining: a meeting).
  it('reads no call between two', () => {
    expect(s.wrongReadings.filter((w) => w.got === 'peerToPeer').map((w) => w.text)).toEqual([]);
  });
});
