// The English party grids (en-location.ts, en-peer.ts): floors a little under what the recognizer reaches, so a
// change that loses a row or a column of the space fails here. Wrong readings are held at zero where they are zero;
// the classes still read wrongly have ceilings at what they are now (see the report in each describe), to go down.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlots, wrongWith as wrongsWith, type GridItem, type SlotGridScore } from './grid';
import { distractorGrid, locationGrid, vpnGrid } from './en-location';
import { organizerGrid } from './en-host-homing';
import { bothGrid, homingGrid, peerGrid } from './en-peer';

const recognizer = createRecognizer();
const score = (items: readonly GridItem[]): SlotGridScore => scoreSlots(recognizer, items, PARTY_SLOTS, 'en');

/** How many wrong readings the sentences carrying a tag have. */
const wrongWith = (s: SlotGridScore, tag: string): number => wrongsWith(s, tag).length;

describe('the user\'s location grid (who x place x frame x distractor)', () => {
  const items = locationGrid();
  const s = score(items);

  it('covers the space', () => {
    expect(items.length).toBeGreaterThan(4000);
  });

  it('reads where the user is', () => {
    // 37.8% before round 5 (1146 wrong readings); 94.9% after.
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.93);
  });

  // At most the misspelt places, and "the payroll team call a customer's mobile" read as a Teams-style "team call"
  // (a meeting, so an organizer nobody stated): left as found.
  it.each(['distractor:none', 'distractor:conditional', 'distractor:asked', 'distractor:separate-case', 'distractor:server'])('reads almost nothing wrong when the distractor is %s', (tag) => {
    expect(wrongWith(s, tag)).toBeLessThanOrEqual(3);
  });

  it('keeps another person\'s place and a past or usual one off the user (ceilings: teams, "their", "my manager")', () => {
    expect(wrongWith(s, 'distractor:manager') + wrongWith(s, 'distractor:colleague')).toBeLessThanOrEqual(54);
    expect(wrongWith(s, 'distractor:past') + wrongWith(s, 'distractor:usually')).toBeLessThanOrEqual(28);
  });
});

describe('the VPN grid (outside place x VPN on or off x order)', () => {
  it('puts a client on the VPN in our network and one off it outside, in every order', () => {
    const s = score(vpnGrid());
    expect(s.items).toBeGreaterThan(500);
    expect(recallOf(s, 'location')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

describe('the organizer grid (host x how hosting is said x where the host is homed)', () => {
  const items = organizerGrid();
  const s = score(items);

  it('reads where the host is homed', () => {
    // 45.5% before round 5 (10 wrong readings: the host's homing put on the user).
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.58);
    expect(recallOf(s, 'location')).toBe(1);
  });

  it('puts the host\'s homing on nobody else (ceiling: "the meeting is from X")', () => {
    expect(s.wrong).toBeLessThanOrEqual(3);
  });
});

describe('distractors alone: no place of the user is said', () => {
  const items = distractorGrid();
  const s = score(items);

  it.each(['distractor:conditional', 'distractor:asked', 'distractor:server'])('reads no location for %s', (tag) => {
    expect(wrongsWith(s, tag).filter((w) => w.slot === 'location')).toEqual([]);
  });

  it('reads at most a few for another person and a separate case (a past said alone stays: a ticket may tell what happened)', () => {
    expect(wrongWith(s, 'distractor:manager') + wrongWith(s, 'distractor:colleague') + wrongWith(s, 'distractor:separate-case')).toBeLessThanOrEqual(19);
  });
});

describe('the other party\'s grid (frame x callee x place x caller\'s place said or not)', () => {
  const items = peerGrid();
  const s = score(items);

  it('reads where the other party is and where the caller is', () => {
    // Before round 5: peer 57.9%, location 87.0%, 1358 wrong readings.
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.61);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.94);
  });

  it('has no more wrong readings than now', () => {
    expect(s.wrong).toBeLessThanOrEqual(380);
  });
});

describe('both parties in one place, and where each is homed', () => {
  it('reads "both on mobile hotspots" for both', () => {
    const s = score(bothGrid());
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.96);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.94);
    expect(s.wrong).toBeLessThanOrEqual(2);
  });

  it('reads each party\'s homing', () => {
    const s = score(homingGrid());
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.85);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.85);
    expect(s.wrong).toBeLessThanOrEqual(16);
  });
});
