// Round 9's English party grids (en-others.ts): the other party described as in mail with a side word after what is
// said of them, another company's people, and the deployment told as a story. Floors a little under what the
// recognizer reaches; no wrong reading. GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported, type scoreSlots, type GridItem, type SlotGridScore } from './grid';
import { arrowNoteGrid, calledByNameGrid, comparedCallsGrid, joinedCallGrid, deploymentStoryGrid, namedAgainstRestGrid, floorsGrid, homingWordsGrid, likewiseGrid, outsideCallsGrid, likewisePlaceGrid, otherSideGrid, partBesideUserGrid, partOfGroupGrid, theirSideGrid } from './en-others';

const recognizer = createRecognizer();
const score = (name: string, items: readonly GridItem[], slots: Parameters<typeof scoreSlots>[2] = PARTY_SLOTS): SlotGridScore =>
  scoreSlotsReported(name, recognizer, items, slots, 'en');

describe('the other party with a side word after what is said of them ("he is at home on his end")', () => {
  const items = otherSideGrid();
  const s = score('other side', items);

  it('covers the space', () => {
    expect(items.length).toBe(768);
  });

  // main ddd3c36: 81.3% with 432 wrong readings (the side word swapped the parties); 100%, 0 wrong after.

  it('reads where each party is and is homed', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.97);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.97);
  });

  it('never takes the side word for a question about their side (main ddd3c36 swapped the parties)', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('another company\'s people on their own tenant, homed Online "at their end"', () => {
  const s = score('their side', theirSideGrid());

  // main ddd3c36: 70.0%, 0 wrong ("homed Online at their end" swapped the parties: asked back); 98.3% after.
  it('reads them federated and keeps the writer\'s own place and homing', () => {
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrongs).toEqual([]);
  });
});

describe('the deployment told as a story (a migration under way, servers retired, a split of the organization)', () => {
  const items = deploymentStoryGrid();
  const s = score('deployment story', items, [...PARTY_SLOTS, 'deployment', 'callType']);

  // main ddd3c36: 86.4% with 124 wrong readings (the story's homing put on the user and the peer, a site's homing
  // ("head office is still on-prem") too, Online read for a migration under way, PSTN for a colleague called beside
  // Cloud Connector for PSTN); 100%, 0 wrong after.
  it('reads the deployment and the call', () => {
    expect(recallOf(s, 'deployment')).toBeGreaterThanOrEqual(0.97);
    expect(recallOf(s, 'callType')).toBe(1);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads nobody\'s homing from the story, and no deployment it does not tell', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('a part of a group homed somewhere ("we have some folks still on the on-prem servers"), nothing else said', () => {
  const items = partOfGroupGrid();
  const s = score('part of a group', items, [...PARTY_SLOTS, 'deployment']);

  it('covers the space', () => {
    expect(items.length).toBe(320);
  });

  // main ddd3c36: 58.8% with 238 wrong readings; 100%, 0 wrong after.
  it('reads a Hybrid deployment', () => {
    expect(recallOf(s, 'deployment')).toBeGreaterThanOrEqual(0.97);
  });

  it('reads nobody\'s homing (main ddd3c36 read the user\'s, and answered vague questions)', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('the user\'s own homing beside a part of the group homed the other way', () => {
  const s = score('part beside the user', partBesideUserGrid(), [...PARTY_SLOTS, 'deployment']);

  // main ddd3c36: 88.5% with 60 wrong readings; 100%, 0 wrong after.
  it('keeps the user\'s homing and place, and reads Hybrid', () => {
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'deployment')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

describe('the host or the one called homed as the writer is ("and so is my boss", "Peter too", "as is Tomasz")', () => {
  const s = score('likewise', likewiseGrid());

  // main ddd3c36: 66.7% (the host's and the peer's homing never read), 0 wrong; 100%, 0 wrong after.
  it('reads the same homing for both, and nothing wrong', () => {
    expect(recallOf(s, 'homing')).toBe(1);
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.97);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.97);
    expect(s.wrongs).toEqual([]);
  });
});

describe('the one called where the writer is ("I am at home, and so is Tomasz", "my colleague Jo too")', () => {
  const s = score('likewise place', likewisePlaceGrid());

  // main ddd3c36: 50.0% (the peer's place never read), 0 wrong; 100%, 0 wrong after.
  it('reads both places, and nothing wrong', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.97);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.97);
    expect(s.wrongs).toEqual([]);
  });
});

describe('homing in the words non-admins repeat ("still on the server", "moved to Office 365 last term", "the cloud Skype")', () => {
  const s = score('homing words', homingWordsGrid());

  // main ddd3c36: 72.9% (half the homings never read), 0 wrong; 100%, 0 wrong after.
  it('reads each party\'s homing, and nothing wrong', () => {
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrongs).toEqual([]);
  });
});

describe('phone calls to customers said as people say them ("her calls out to customers\' phones")', () => {
  const s = score('outside calls', outsideCallsGrid(), [...PARTY_SLOTS, 'callType']);

  // main ddd3c36: 67.9% with 116 wrong readings (98 read a call between clients, 18 a customer as the other party);
  // 95.7%, 0 wrong after ("Hybrid, user homed Online. Our agent ...": whose homing is unclear, asked back).
  it('reads a phone call and where the caller is, and no other party', () => {
    expect(recallOf(s, 'callType')).toBeGreaterThanOrEqual(0.97);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.97);
    expect(s.wrongs).toEqual([]);
  });
});

describe('floors of our buildings ("Olu (3rd floor) calls Marta (7th floor)", "we both sit on the executive floor")', () => {
  const s = score('floors', floorsGrid());

  // main ddd3c36: 46.7% (no floor was a place), 0 wrong; 97.8% after (a floor of a hotel or a home beside it clashes:
  // asked back, never our network).
  it('reads both places, and nothing wrong', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.92);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.97);
    expect(s.wrongs).toEqual([]);
  });
});

describe('someone else\'s own calls set against the writer\'s ("his calls from the hotel were fine but mine ...")', () => {
  const s = score('compared calls', comparedCallsGrid());

  // main ddd3c36: 33.3% with 48 wrong readings (the other person's place read as the peer's, and vague questions
  // answered; own6 en-34); 100%, 0 wrong after.
  it('reads the writer\'s place only: the other person is no party of the call', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.97);
    expect(s.wrongs).toEqual([]);
  });
});

// Round 9's held set had both as wrong answers (the lead read them): a name called beside "Cloud Connector only
// handles the phone lines" was read as a phone call, and two people named as homed on the pool lost their homing to
// "the rest of the company is in Skype Online" (then a guessed place of the one called answered wrongly).
describe('someone called by name beside Cloud Connector for the phone lines', () => {
  const items = calledByNameGrid();
  const s = score('called by name', items, ['deployment', 'callType', 'location', 'peer']);

  it('covers the space', () => {
    expect(items.length).toBe(36);
  });

  it('reads a call between two clients, and nothing wrong', () => {
    expect(recallOf(s, 'callType')).toBe(1);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrongReadings).toEqual([]);
  });
});

describe('people named homed somewhere, set against the rest of the company', () => {
  const items = namedAgainstRestGrid();
  const s = score('named against the rest', items);

  it('covers the space', () => {
    expect(items.length).toBe(18);
  });

  // Before: homing 6/18 and peerHoming 6/18; now the pair opened by "Grace and Sam are" without "both" still loses
  // Grace's own homing in some frames (asked back).
  it('reads both homings, and nothing wrong', () => {
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.6);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrongReadings).toEqual([]);
  });
});

describe('a call joined ("joins the weekly regional call that Hannah sets up"): a meeting when its host is said', () => {
  const items = joinedCallGrid();
  const s = score('joined call', items, ['callType', 'organizer', 'location', 'deployment']);

  it('covers the space', () => {
    expect(items.length).toBe(144);
  });

  // main d385561: 98.4% with 36 wrong readings (peerToPeer where no call type is said; two wrong answers on test7); 0 after.
  it('reads a meeting when its host is said', () => {
    expect(recallOf(s, 'callType')).toBeGreaterThanOrEqual(0.6);
  });

  it('never reads a call joined as a call between two', () => {
    expect(s.wrongReadings.filter((w) => w.slot === 'callType')).toEqual([]);
  });
});

describe('terse notes with an arrow between the two ends of a call ("user on LAN <-> external user at home")', () => {
  const items = arrowNoteGrid();
  const s = score('arrow notes', items);

  it('covers the space', () => {
    expect(items.length).toBe(45);
  });

  // main 69aea39: 83.3%, 5 wrong readings: the arrow was no break, so the caller's network went to the one called (a
  // wrong answer on test7); after: 72.2%, those 5 gone, and the "external user" rows below read as with "calls".
  it('reads where the caller is', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.75);
  });

  // Left, a class older than the arrows (e88a40e reads it the same with "calls"): "User at HQ ... external user at
  // home ... User's media path?" takes the user for the external user, so the two places swap (10 readings, one end x
  // one callee x five arrows). Everything else: no wrong reading.
  it('never gives one end\'s place to the other (but for the "user" / "external user" swap)', () => {
    expect(s.wrongReadings.filter((w) => !(w.text.startsWith('SfBO. User at HQ') && w.text.includes('external user')))).toEqual([]);
    expect(s.wrong).toBeLessThanOrEqual(10);
  });
});
