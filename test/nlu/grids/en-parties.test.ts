// The English party grids (en-location.ts, en-peer.ts, en-host-homing.ts), scored by grid.ts's scoreSlots: floors a
// little under what the recognizer reaches, so a change that loses a row or a column of the space fails here. Wrong
// readings are held at zero where they are zero; the classes still read wrongly have ceilings at what they are now
// (each says which), to go down.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlots, wrongWith, type GridItem, type SlotGridScore, type WrongReading } from './grid';
import { distractorGrid, locationGrid, machinePlaceGrid, notOursGrid, vpnGrid, vpnLeftOffGrid } from './en-location';
import { organizerGrid } from './en-host-homing';
import { bothGrid, homingGrid, oneOfThemGrid, peerGrid, whoIsOnProductGrid } from './en-peer';

const recognizer = createRecognizer();
const score = (items: readonly GridItem[]): SlotGridScore => scoreSlots(recognizer, items, PARTY_SLOTS, 'en');

/**
 * "The payroll team call a customer's mobile" reads a Teams-style "team call" (a meeting, so an organizer nobody
 * stated), and "their manager" after a team is not kept apart from the team: the team's rows have a ceiling of their own.
 */
const team = (w: WrongReading): boolean => w.tags.includes('who:team');
const besidesTeam = (s: SlotGridScore, tag: string): WrongReading[] => wrongWith(s, tag).filter((w) => !team(w));

describe('the user\'s location grid (who x place x frame x distractor)', () => {
  const items = locationGrid();
  const s = score(items);

  it('covers the space', () => {
    expect(items.length).toBeGreaterThan(10000);
  });

  it('reads where the user is', () => {
    // 37.8% before round 5 (1146 wrong readings); 94.9% after; round 7's wider grid (honorifics, initials, "Caller:"
    // fields, parentheses, EDIT lines, network and vehicle words, three more distractors): 90.3% -> 93.6%.
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.93);
  });

  // At most a place that goes on after a comma out of a condition ("when he is on site at a customer's plant, on their
  // guest wifi"), and misspelt places ("at hoem") beside a place asked about.
  it.each([
    'distractor:none',
    'distractor:conditional',
    'distractor:asked',
    'distractor:separate-case',
    'distractor:server',
    'distractor:job',
    'distractor:required',
    'distractor:subset',
  ])('reads almost nothing wrong when the distractor is %s', (tag) => {
    expect(besidesTeam(s, tag).length).toBeLessThanOrEqual(2);
  });

  it('keeps another person\'s place and a past or usual one off the user (ceilings)', () => {
    expect(besidesTeam(s, 'distractor:manager').length + besidesTeam(s, 'distractor:colleague').length).toBeLessThanOrEqual(23);
    expect(besidesTeam(s, 'distractor:past').length + besidesTeam(s, 'distractor:usually').length).toBeLessThanOrEqual(39);
    expect(s.wrongReadings.filter(team).length).toBeLessThanOrEqual(147);
  });
});

describe('the VPN grids', () => {
  it('puts a client on the VPN in our network and one off it outside, in every order', () => {
    const s = score(vpnGrid());
    expect(s.items).toBeGreaterThan(500);
    expect(recallOf(s, 'location')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });

  it('reads a VPN left off in everyday words ("skips the VPN", "never bothers with the VPN") as outside', () => {
    // Round 7: "he never bothers with the VPN" beside a place; "skips", "forgot", "never uses" were read as on it.
    const s = score(vpnLeftOffGrid());
    expect(s.items).toBeGreaterThan(200);
    expect(recallOf(s, 'location')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

describe('round 9: a network said not to be ours, a machine\'s place beside the user\'s', () => {
  it('puts the user on a network said not to be ours outside it, whatever words of ours name it', () => {
    // Before: 'which has nothing to do with our network' denied nothing and 'the client's site-office wifi' read ours.
    // Left: "..., a network that is not ours" after the network (read as nothing: asked back) and a
    // "Network:" field said of nobody.
    const s = score(notOursGrid());
    expect(s.items).toBe(108);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.8);
    expect(s.wrongs).toEqual([]);
  });

  it('keeps where a server, pool or mailbox is kept, and a closed office, off the user', () => {
    // Left (not the user's place): a manager's homing in brackets after the user is read as the user's.
    const s = score(machinePlaceGrid());
    expect(s.items).toBe(180);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs.filter((w) => w.startsWith('location'))).toEqual([]);
  });
});

describe('the organizer grid (host x how hosting is said x where the host is homed)', () => {
  const items = organizerGrid();
  const s = score(items);

  it('reads where the host is homed', () => {
    // 45.5% before round 5 (10 wrong readings: the host's homing put on the user).
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.74);
    expect(recallOf(s, 'location')).toBe(1);
  });

  it('puts the host\'s homing on nobody else', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('distractors alone: no place of the user is said', () => {
  const items = distractorGrid();
  const s = score(items);

  it.each(['distractor:conditional', 'distractor:asked', 'distractor:server', 'distractor:job', 'distractor:subset'])('reads no location for %s, but for "our site lead"', (tag) => {
    // "Our site lead" alone reads "our site" as where she is (a place before a role is where that person is when
    // nothing else is said of them): one per distractor.
    expect(besidesTeam(s, tag).filter((w) => w.slot === 'location' && !w.tags.includes('who:site-lead'))).toEqual([]);
  });

  it('reads at most a few for another person, a requirement and a separate case (a past said alone stays: a ticket may tell what happened)', () => {
    const few = ['distractor:manager', 'distractor:colleague', 'distractor:separate-case', 'distractor:required'];
    expect(few.reduce((sum, tag) => sum + besidesTeam(s, tag).filter((w) => !w.tags.includes('who:site-lead')).length, 0)).toBeLessThanOrEqual(6);
  });
});

describe('the other party\'s grid (frame x callee x place x caller\'s place said or not)', () => {
  const items = peerGrid();
  const s = score(items);

  it('reads where the other party is and where the caller is', () => {
    // Before round 5: peer 57.9%, location 87.0%, 1358 wrong readings. Round 7: peer 62.3 -> 81.5% on the same rows
    // (5280); 69.7% on the wider grid (honorifics, EDIT lines), where "X calls Y; she is ..." with two possible
    // antecedents is asked back.
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.69);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.98);
  });

  it('reads nothing wrong', () => {
    // 375 wrong readings before round 7 ("Priya rings her." took her place for the caller's; list lines; outside the
    // corp network).
    expect(s.wrongs.slice(0, 10)).toEqual([]);
  });
});

describe('both parties in one place, and where each is homed', () => {
  it('reads "both on mobile hotspots", "they are both on the LAN", "EDIT: both ..." for both', () => {
    const s = score(bothGrid());
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.98);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.97);
    expect(s.wrongs).toEqual([]);
  });

  it('reads each party\'s homing (ceiling: "Tomasz is X. Priya is Y and calls him.")', () => {
    const s = score(homingGrid());
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.85);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.85);
    expect(s.wrong).toBeLessThanOrEqual(16);
  });
});

describe('"one of them" after a pair ("Two users, one of them on the LAN") x what the other is x frame', () => {
  const items = oneOfThemGrid();
  const s = score(items);

  it('covers the space', () => {
    expect(items.length).toBe(72);
  });

  it('reads what is said of the one as the user\'s, of the other as the other party\'s', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.95);
  });

  it('never reads what is said of one as both\'s', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('the other party "who is on Skype Online" (way x who x the product\'s name)', () => {
  const items = whoIsOnProductGrid();
  const s = score(items);

  it('covers the space', () => {
    expect(items.length).toBe(36);
  });

  it('reads where the one the relative clause follows is homed', () => {
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});
