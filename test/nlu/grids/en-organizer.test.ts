// The English organizer grid (en-organizer.ts): floors a little under what the recognizer reaches, wrong readings
// exactly zero where they are zero; the distractor classes still read wrongly have ceilings at what they are now.
// GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { score, summary, type GridScore, type Probe } from './grid';
import { organizerDistractors, organizerGrid, organizerVoicesGrid } from './en-organizer';

const recognizer = createRecognizer();
const scored = (name: string, probes: readonly Probe[]): GridScore => {
  const s = score(probes, (probe) => ({ recognition: recognizer.recognize(probe.text, 'en') }));
  if (process.env.GRID_REPORT) console.log(`${name}: ${summary(s)}\n${s.misses.map((m) => `${m.why}  ${m.text}`).join('\n')}`);
  return s;
};

describe('the organizer grid (host x way of saying it x homing x frame)', () => {
  const probes = organizerGrid();
  const s = scored('organizer grid', probes);

  it('covers the space', () => {
    expect(probes.length).toBe(1664);
  });

  it('reads who hosts, where they are homed and what the user says of themselves', () => {
    // On main eb61299: 820/1664 with the organizer read (49.3%), 0 wrong readings; after nlu10's changes 95.4%.
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.93);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });
});

describe('the organizer in other voices (ticket fields, honorifics, non-native and forum English x host x homing x frame)', () => {
  const probes = organizerVoicesGrid();
  const s = scored('organizer voices', probes);

  it('covers the space', () => {
    expect(probes.length).toBe(4446);
  });

  it('reads who hosts and where they are homed', () => {
    // On main 5112012: 1802/4446 (40.5%), 484 wrong readings; 3724 (83.8%), 40 wrong after round 7.
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.8);
  });

  it('reads nothing wrong but where a host is not read as hosting (Frau Weber at a sentence start: to go to 0)', () => {
    // 48 after round 7's merge: the dot after "J.K." ended the sentence before "runs the call" / "scheduled", so the host
    // was read as called. Round 8: initials are one name and their dot ends no sentence (text.ts): 12, "Frau Weber"
    // at a sentence start and "the director of IT, whose account ..., runs the call" read as called.
    expect(s.wrong).toBeLessThanOrEqual(12);
  });
});

describe('organizer distractors: a person who does not host the meeting asked about', () => {
  // 'abbreviation': "the S&OP meeting", "the OP" (a forum's original poster): on main 5112012, 52 of 104 wrong.
  it.each(['attends', 'place', 'abbreviation'] as const)('reads no organizer when the person only %s', (kind) => {
    expect(scored(kind, organizerDistractors(kind)).wrong).toBe(0);
  });

  it('reads at most as many hosts of another meeting or of a supposed one as now (to go down)', () => {
    // "Last month X hosted a similar meeting ... Today I join the all-hands", "Does it matter if X hosts the meeting?"
    expect(scored('past', organizerDistractors('past')).wrong).toBeLessThanOrEqual(49);
    expect(scored('supposed', organizerDistractors('supposed')).wrong).toBeLessThanOrEqual(50);
  });
});
