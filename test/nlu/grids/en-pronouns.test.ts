// Round 10's English pronoun question grid (en-pronouns.ts): "Grace calls Tomasz. Which way does her call go?" asks
// about Grace. Floors a little under what the recognizer reaches; no wrong reading. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported, wrongWith } from './grid';
import { pronounQuestionGrid, questionForOtherGrid, roleCalledAgainGrid, saidGenderPronounGrid, unsaidGenderPronounGrid } from './en-pronouns';

const recognizer = createRecognizer();

describe('a question about one of two people by a pronoun ("Grace calls Tomasz. Which way does her call go?")', () => {
  const items = pronounQuestionGrid();
  const s = scoreSlotsReported('pronoun question', recognizer, items, PARTY_SLOTS, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(192);
  });

  // main e88a40e: 47.4% with 364 wrong readings (the pronoun was the one named last, whoever); 95.8%, 0 wrong after
  // ("a lady in payroll" said again is another lady: asked back).
  it('reads the side of the one the pronoun can be', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['by:name', 'by:title', 'by:noun'])('never swaps the parties (%s)', (tag) => {
    expect(wrongWith(s, tag).map((w) => `${w.slot}=${w.got}: ${w.text}`)).toEqual([]);
  });
});

describe('a question for the other person than the writer ("My boss is calling me ... For him, does the call go over ER?")', () => {
  const items = questionForOtherGrid();
  const s = scoreSlotsReported('question for the other', recognizer, items, PARTY_SLOTS, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(64);
  });

  // main 9a175aa with this branch's first two commits: 74.2% with 50 wrong readings ("For him" stood for the writer's "I'm an Online user", "For her" was
  // never read: the writer's side answered); 93.8%, 0 wrong after. "calling me from a cafe, not on VPN" puts the VPN
  // on the writer, whose desk then clashes with it (asked back).
  it('reads the person asked about as the user and the writer as the other party', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.72);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.9);
  });

  it('never reads the writer\'s side for theirs', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('someone described by a role, then called by it again ("The CFO is on-prem. Grace calls the CFO.")', () => {
  const s = scoreSlotsReported('role called again', recognizer, roleCalledAgainGrid(), PARTY_SLOTS, 'en');

  it('reads the one called as the other party, never as the user', () => {
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

describe('a pronoun that could be either of two people nothing tells apart ("Our manager ... calls a colleague at home. Her path?")', () => {
  const items = unsaidGenderPronounGrid();
  const s = scoreSlotsReported('unsaid gender pronoun', recognizer, items, PARTY_SLOTS, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(216);
  });

  // main 3076f0a: every one read the one called, named last (216 wrong readings of location and peer); after, the caller.
  it('asks about the caller, never the one only called', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrongs).toEqual([]);
  });
});

describe('the same calls with the one called told by a name or a title ("calls Tomasz at home ... his media")', () => {
  const s = scoreSlotsReported('said gender pronoun', recognizer, saidGenderPronounGrid(), PARTY_SLOTS, 'en');

  it('asks about the one called', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrongs).toEqual([]);
  });
});
