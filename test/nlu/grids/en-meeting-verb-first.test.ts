// English grid of a meeting's host named after its relative clause's verb (en-meeting-verb-first.ts). GRID_REPORT=1
// prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { hostFirstGrid, noHostGrid, verbFirstGrid } from './en-meeting-verb-first';

const recognizer = createRecognizer();
const SLOTS = ['organizer', 'homing', 'location', 'peerHoming'] as const;

describe('"a meeting that organize my colleague Javier" (hostingShapes.ts hostsAfterMeetingVerb)', () => {
  // main e86d0e4: organizer 12/72 of verb first, 12/12 host first, 8/8 and 0 wrong without a host; after: 72/72, 12/12, 8/8.
  const first = scoreSlotsReported('verb first', recognizer, verbFirstGrid(), SLOTS, 'en');
  const native = scoreSlotsReported('host first', recognizer, hostFirstGrid(), SLOTS, 'en');
  const none = scoreSlotsReported('no host after the verb', recognizer, noHostGrid(), SLOTS, 'en');

  it('reads the one after the verb as the host', () => {
    expect(recallOf(first, 'organizer')).toBeGreaterThanOrEqual(0.95);
    expect(first.wrongs).toEqual([]);
  });

  it('reads the host said first as before', () => {
    expect(recallOf(native, 'organizer')).toBe(1);
    expect(native.wrongs).toEqual([]);
  });

  it('names no host when nobody follows the verb', () => {
    expect(none.wrongs).toEqual([]);
  });
});
