// The English organizer grid (en-organizer.ts): floors a little under what the recognizer reaches, wrong readings
// exactly zero where they are zero; the distractor classes still read wrongly have ceilings at what they are now.
// GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { scoreText, type GridScore, type Probe } from './grid';
import { hedgedOrganizerGrid, hostPlaceGrid, organizerDistractors, organizerGrid, organizerRound8Grid, organizerVoicesGrid, hostedOnPoolGrid, otherHostGrid, speakerCallGrid, speakerHostGrid } from './en-organizer';

const recognizer = createRecognizer();
const scored = (name: string, probes: readonly Probe[]): GridScore => scoreText(name, recognizer, probes, 'en');

describe('the organizer grid (host x way of saying it x homing x frame)', () => {
  const probes = organizerGrid();
  const s = scored('organizer grid', probes);

  it('covers the space', () => {
    expect(probes.length).toBe(1664);
  });

  it('reads who hosts, where they are homed and what the user says of themselves', () => {
    // On main eb61299: 820/1664 with the organizer read (49.3%), 0 wrong readings; after nlu10's changes 95.4%; 99.6%
    // in round 8 ("I dial in on Ravi's bridge. He is ...": a name after "on" before whose meeting).
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.98);
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
    // On main 5112012: 1802/4446 (40.5%), 484 wrong readings; 3724 (83.8%), 40 wrong after round 7; 4158 (93.5%) after
    // round 8 (a role noun the vocabulary does not know that hosts, "Frau Weber" opening a sentence, asides after a name
    // of two words); 4404 (99.1%) with initials one name whose dot ends no sentence (text.ts).
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.98);
  });

  it('reads nothing wrong', () => {
    // 48 after round 7's merge: the dot after "J.K." ended the sentence before "runs the call" / "scheduled", so the
    // host was read as called; "Frau Weber" opening a sentence and "the director of IT, whose account ..." too.
    expect(s.wrong).toBe(0);
  });
});

describe('the organizer in round 8 voices (non-native, quiz scenario, Slack, dial-in and invite, a homing field x host x homing x frame)', () => {
  const probes = organizerRound8Grid();
  const s = scored('organizer round 8', probes);

  it('covers the space', () => {
    expect(probes.length).toBe(3276);
  });

  it('reads who hosts and where they are homed', () => {
    // 2856/3276 (87.2%) with the vocabulary and people.ts before round 8's voices; 2980 (91.0%) after; 3178 (97.0%)
    // with initials one name.
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.96);
  });

  it('reads nothing wrong', () => {
    // "J.K. (he's on-prem too) is host" was read as another party (peerHoming) while the dot of "K." ended the sentence.
    expect(s.wrong).toBe(0);
  });
});

describe('organizer distractors: a person who does not host the meeting asked about', () => {
  // 'abbreviation': "the S&OP meeting", "the OP" (a forum's original poster): on main 5112012, 52 of 104 wrong.
  it.each(['attends', 'place', 'abbreviation'] as const)('reads no organizer when the person only %s', (kind) => {
    expect(scored(kind, organizerDistractors(kind)).wrong).toBe(0);
  });

  // "Last month X hosted a similar meeting ... Today I join the all-hands", "Does it matter if X (homed on-prem) hosts
  // the meeting?": 49 and 50 of 52 wrong before round 8, each.
  it.each(['past', 'supposed'] as const)('reads no organizer when the person hosts only a %s meeting', (kind) => {
    expect(scored(kind, organizerDistractors(kind)).wrong).toBe(0);
  });
});

describe('the speaker hosts (speaker x way of saying it x who joins)', () => {
  const s = scored('speaker hosts', speakerHostGrid());

  it('reads the speaker as the host, homed where they are', () => {
    // Before round 8 the organizer was never read (0/180); 180/180 after.
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.98);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });

  it('reads no host when the speaker schedules a call with someone', () => {
    expect(scored('speaker calls', speakerCallGrid()).wrong).toBe(0);
  });

  it('reads no host in someone "hosted on the on-prem pool" (main dc77d5a: 12 of 12 wrong, a meeting they host)', () => {
    expect(scored('hosted on the pool', hostedOnPoolGrid()).wrong).toBe(0);
  });
});

describe("another organization hosts on its own servers (frame x way x organization)", () => {
  const s = scored('other host', otherHostGrid());

  it('reads the organizer as another company', () => {
    // 31/36 (86.1%) in round 8. Left: the user's homing beside "not in Office 365" said of the host's servers.
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.84);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });
});

describe("the host's place in a relative clause right after them (frame x way x host x place)", () => {
  const probes = hostPlaceGrid();
  const s = scored('host place', probes);

  it('covers the space', () => {
    expect(probes.length).toBe(702);
  });

  it("never reads the host's place as the user's", () => {
    expect(s.wrong).toBe(0);
  });

  it('reads what the user says of themselves', () => {
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the organizer hedged: the writer does not know who hosts (hedge x guesses x frame)", () => {
  const probes = hedgedOrganizerGrid();
  const s = scored('hedged organizer', probes);

  it('covers the space', () => {
    expect(probes.length).toBe(40);
  });

  it('reads the rest of the question', () => {
    // 34/40 in session 52, when a guess between two of our own people in an all-Online tenant ("Ravi or his deputy")
    // came to be expected Online (either hosts it there): one wording of five reads it, four ask (misses, not wrong).
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.85);
  });

  it('reads no organizer, whoever is guessed, unless every guess hosts it alike', () => {
    expect(s.wrong).toBe(0);
  });
});
