// The English narrative grids (en-narrative.ts): a person introduced early and where they are said later, in prose,
// ticket fields, bullets and mails; the other party's place and homing in a sentence of their own. Floors a little under
// what the recognizer reaches; the distractor classes still read wrongly have ceilings at what they are now (each says
// which), to go down. GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported, wrongWith, type GridItem, type SlotGridScore } from './grid';
import { continuedPlaceGrid, internetBesideOursGrid, narrativeDistractorGrid, narrativeGrid, peerNarrativeGrid } from './en-narrative';

const recognizer = createRecognizer();
const score = (name: string, items: readonly GridItem[]): SlotGridScore => scoreSlotsReported(name, recognizer, items, PARTY_SLOTS, 'en');
const rowRecall = (s: SlotGridScore, tag: string): number => {
  const row = s.byTag.get(tag);
  return row === undefined ? 1 : row.right / row.all;
};

describe('the narrative grid (layout x place x distractor, the person rotated)', () => {
  const items = narrativeGrid();
  const s = score('narrative', items);

  it('covers the space', () => {
    expect(items.length).toBe(7070);
  });

  it('reads where the person is, said sentences after they are introduced', () => {
    // On main 8769f75: 71.7% with 1076 wrong readings (J.K.'s dot ended the sentence; "Next week she will be ..." was
    // now; the writer's own place was the user's; "Working from home, X dials ..." and "Site: home / Affected user: X"
    // were nobody's). 94.0% with 225 now.
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.93);
  });

  it.each([
    'who:role', 'who:role2', 'who:full-name', 'who:surname', 'who:honorific', 'who:honorific-san', 'who:initials',
    'who:initial-surname', 'who:employee-id', 'who:team-member', 'who:my-user', 'who:the-user',
  ])('reads every kind of person: %s', (tag) => {
    expect(rowRecall(s, tag)).toBeGreaterThanOrEqual(0.85);
  });

  it.each(['distractor:none', 'distractor:manager', 'distractor:server'])('reads nothing wrong with %s', (tag) => {
    expect(wrongWith(s, tag)).toEqual([]);
  });

  it('keeps the writer\'s, an earlier person\'s, a past and a planned place off the user (ceilings, to go down)', () => {
    // On main 8769f75: 651 + 73 + 38 + 241. Left: "(I'm at HQ myself, for what it's worth.)" beside a ticket whose
    // person never acts in a clause of their own ("- issue: make PSTN calls drops"); "Tom from IT, who is in the lab,
    // asked me to post this" before a person whose own place is not read; "Last week he was ...", "Next week she will
    // be ..." where what is said of now is not read (a place the vocabulary does not know: "at hoem", "Location: car").
    expect(wrongWith(s, 'distractor:writer').length).toBeLessThanOrEqual(109);
    expect(wrongWith(s, 'distractor:earlier-person').length).toBeLessThanOrEqual(71);
    // A ticket's "Location: train", "Location: 5G", "Location: car" is not read, so "Last week he was on the MPLS WAN" stands alone.
    expect(wrongWith(s, 'distractor:past').length + wrongWith(s, 'distractor:planned').length).toBeLessThanOrEqual(51);
  });
});

describe('the narrative distractors alone: nothing says where the person is now', () => {
  it('reads no location for them (ceiling: each said alone is still read, to go to 0)', () => {
    // A past or planned place said alone stays by design (the ticket may ask about that call); the writer's own place
    // and an earlier person's are read as the user's when nobody else has one.
    const s = score('narrative distractors', narrativeDistractorGrid());
    expect(s.items).toBe(144);
    expect(s.wrong).toBeLessThanOrEqual(96);
  });
});

describe('the other party in a sentence of their own (form x callee x place x homing, the caller rotated)', () => {
  const items = peerNarrativeGrid();
  const s = score('peer narrative', items);

  it('covers the space', () => {
    expect(items.length).toBe(5050);
  });

  it('reads where the one called is and where they are homed', () => {
    // On main 8769f75: 83.9% of the slots said, 1498 wrong readings ("Called party: X, home, on-prem" was the caller's,
    // J.K.'s dot ended the sentence). 98.3% now (peer 96.9%, peerHoming 99.7%, the caller's place 98.3%).
    expect(s.recall).toBeGreaterThanOrEqual(0.975);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.96);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.99);
  });

  it('reads the initials caller "J.K." as a person whose sentence goes on', () => {
    expect(rowRecall(s, 'caller:initials')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads nothing wrong but the rows still ceilinged', () => {
    // 10 now: a caller's place the vocabulary does not know ("Priya Shah is at hoem and rings a colleague. The person
    // she calls is in the building, already moved to SfB Online") gives the callee's place and homing to the caller.
    expect(s.wrong).toBeLessThanOrEqual(10);
  });
});

describe('an Internet place beside words of our network (the lead\'s round-8 class: internet or nothing, never ours)', () => {
  const items = internetBesideOursGrid();
  const s = score('internet beside ours', items);

  it('covers the space', () => {
    expect(items.length).toBe(1272);
  });

  it('reads the Internet (floor) and our network as seldom as now (ceiling, to go to 0)', () => {
    // 57.6% read, 110 read as our network before "the affected user" in a ticket's notes was the one of its "Caller:"
    // field; 58.8%, 81 now: a ticket's "Location: home" beside notes of a manager in the office, "X's account is homed
    // in the office pool", "works for our Leeds office".
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.57);
    expect(s.wrong).toBeLessThanOrEqual(81);
  });
});

describe('a network detail that goes on about the caller\'s place (origin x detail x how it follows x the callee\'s place)', () => {
  const items = continuedPlaceGrid();
  const s = score('continued place', items);

  it('covers the space', () => {
    expect(items.length).toBe(1035);
  });

  it('reads the detail as the caller\'s, never the one called', () => {
    // On main e88a40e: 66.0% with 694 wrong readings (the detail was the callee's, the nearest person before it; a
    // caller who "needs to call" or has an aside, "Priya (sales)", "Priya, who is new,", was no subject; "at HQ, no
    // VPN" and "at HQ (on a 4G hotspot)" were two places at odds). 96.7% now, 0 wrong. Left: the one called
    // named by an initial and a surname ("B. Ortiz ... Ortiz is at her desk") is not found again (peer 92.8%).
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.98);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});
