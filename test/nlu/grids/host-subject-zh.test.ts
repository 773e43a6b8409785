// Chinese grid of a host whose hosting verb comes after what else is said of them (host-subject-zh.ts). GRID_REPORT=1
// prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { acrossCommaGrid, ownAccountGrid, NOT_HOSTS, type HostProbe } from './host-subject-zh';

const recognizer = createRecognizer();
const read = (probes: readonly HostProbe[]) => probes.map((p) => ({ ...p, slots: recognizer.recognize(p.text).slots as Record<string, string> }));
const right = (row: ReturnType<typeof read>[number]) => row.slots.organizer === row.organizer && row.slots.homing === 'onPremises' && row.slots.location === 'customerNetwork';
const wrong = (row: ReturnType<typeof read>[number]) =>
  (row.slots.organizer !== undefined && row.slots.organizer !== row.organizer) || (row.slots.homing ?? 'onPremises') !== 'onPremises' || (row.slots.location ?? 'customerNetwork') !== 'customerNetwork';

describe.each([
  // main 733c46b: across a comma 0/288, own account 48/96; after: 288/288 and 96/96, none wrong.
  ['where the host is, across a comma (「法務長（地端帳號）今天在家，從家裡發起一個會議」)', acrossCommaGrid()],
  ['the host\'s own account (「主管用他自己的帳號(Online)發了一個會議」)', ownAccountGrid()],
])('%s', (_, probes) => {
  const rows = read(probes);
  if (process.env.GRID_REPORT) for (const row of rows.filter((r) => !right(r))) console.log(`${row.text} -> ${JSON.stringify(row.slots)}`);

  it('reads the host and the writer apart', () => {
    expect(rows.filter(right).length / rows.length).toBeGreaterThanOrEqual(0.95);
    expect(rows.filter(wrong)).toEqual([]);
  });
});

describe('no host read across a comma that opens on the verb, a label, or another subject', () => {
  it.each(NOT_HOSTS)('%s', (text) => {
    const slots = recognizer.recognize(text).slots as Record<string, string>;
    expect(slots.organizer === undefined || slots.organizer === 'onPremises').toBe(true);
  });
});
