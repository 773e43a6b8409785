// A homing said in a "who" clause of someone called by a role noun the vocabulary lacks, with the site's name between
// ("rings the storeman at Eastgate, who is still on the old pool"): the homing is the one called's (peerHoming), never
// the writer's. Near misses: a meeting moved, and a homing in the past ("used to be on-prem"), are no callee's homing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const CALLEES = ['the storeman at Eastgate', 'our quartermaster at Riverside', 'the archivist at Kingsway'] as const;
const HOMINGS = [
  ['who is still on the on-prem pool', 'onPremises'],
  ['who is homed on-premises', 'onPremises'],
  ['who was moved to Skype Online last month', 'online'],
] as const;
const WRITERS = [
  ['I am homed in SfB Online and I ring', 'online', 'Media path for me?'],
  ['I am still on our on-prem pool and I ring', 'onPremises', 'My signaling?'],
  ['The shift lead (homed Online) rings', 'online', 'Her media path?'],
] as const;

describe("a callee's homing said past the site's name stays the callee's", () => {
  const cases = CALLEES.flatMap((callee) =>
    HOMINGS.flatMap(([said, peerHoming]) => WRITERS.map(([writer, homing, asked]) => [`Hybrid SfB. ${writer} ${callee}, ${said}. Both sites are on our WAN. ${asked}`, homing, peerHoming] as const)),
  );
  it.each(cases)('%s', (text, homing, peerHoming) => {
    expect(slots(text)).toMatchObject({ callType: 'peerToPeer', homing, peerHoming });
  });

  it.each(CALLEES.flatMap((callee) => HOMINGS.map(([said, peerHoming]) => [`Hybrid SfB. The shift lead rings ${callee}, ${said}. Both on our WAN. Path?`, peerHoming] as const)))(
    'with no homing of the writer said, it is not given to the writer: %s',
    (text, peerHoming) => {
      expect(slots(text).homing).toBeUndefined();
      expect(slots(text).peerHoming).toBe(peerHoming);
    },
  );

  it.each(CALLEES)('near miss, a past homing is nobody\'s homing now: I am online and ring %s, who used to be on-prem', (callee) => {
    const read = slots(`Hybrid SfB. I am homed online and ring ${callee}, who used to be on-prem. Both on our WAN. Path?`);
    expect(read.homing).toBe('online');
    expect(read.peerHoming).toBeUndefined();
  });

  it.each(CALLEES)('near miss, a meeting moved is no homing of the writer: a meeting set up by %s', (callee) => {
    const read = slots(`Hybrid SfB. I join a meeting set up by ${callee}, whose meeting was moved to next week. I'm on our WAN. Path?`);
    expect(read.homing).toBeUndefined();
  });
});
