// English grid of the organizer named beside the word for them (named-organizer-en.ts). GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { namedOrganizerGrid, unnamedOrganizerGrid, type NamedProbe } from './named-organizer-en';

const recognizer = createRecognizer();
const read = (probes: readonly NamedProbe[]) => probes.map((p) => ({ ...p, slots: recognizer.recognize(p.text).slots as Record<string, string> }));
const report = (name: string, rows: ReturnType<typeof read>, bad: (row: ReturnType<typeof read>[number]) => boolean) => {
  if (process.env.GRID_REPORT) for (const row of rows.filter(bad)) console.log(`${name}: ${row.text} -> ${JSON.stringify(row.slots)}`);
};

describe('the organizer named beside the word for them ("The organiser of the 10am meeting (our team lead, ...)")', () => {
  const named = read(namedOrganizerGrid());
  const unnamed = read(unnamedOrganizerGrid());
  const right = (row: (typeof named)[number]) => row.slots.organizer === 'online' && row.slots.location === row.location;
  report('named', named, (row) => !right(row));
  report('unnamed', unnamed, (row) => row.slots.organizer !== undefined);

  it('reads the host as ours, homed as all of us are', () => {
    // main 733c46b: 0/60 (the meeting after the organizer word hid the copula or the aside); after: 60/60.
    expect(named.filter(right).length).toBeGreaterThanOrEqual(60);
    expect(named.filter((row) => row.slots.organizer !== undefined && row.slots.organizer !== 'online')).toEqual([]);
    expect(named.filter((row) => row.slots.location !== undefined && row.slots.location !== row.location)).toEqual([]);
  });

  it('leaves a host nobody names unknown', () => {
    expect(unnamed.filter((row) => row.slots.organizer !== undefined)).toEqual([]);
    expect(unnamed.filter((row) => row.slots.location !== undefined && row.slots.location !== row.location)).toEqual([]);
  });
});
