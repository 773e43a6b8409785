// Round 12's English grids for messages that name several people (en-several.ts): what another organization runs or
// hosts is theirs, and each writer of a chat log is who says "I" in their line. Floors a little under what the
// recognizer reaches; no wrong reading. GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported, type GridItem, type SlotGridScore } from './grid';
import { chatLogGrid, chatReplyGrid, contrastGrid, letterGrid, listedNotInCallGrid, partnerMeetingGrid, theirProductGrid } from './en-several';

const recognizer = createRecognizer();
const SCORED = [...PARTY_SLOTS, 'deployment', 'callType'] as const;
const score = (name: string, items: readonly GridItem[]): SlotGridScore => scoreSlotsReported(name, recognizer, items, SCORED, 'en');

describe('someone of another organization said to run a product ("Northwind runs Skype Online")', () => {
  const items = theirProductGrid();
  const s = score('their product', items);

  it('covers the space', () => {
    expect(items.length).toBe(900);
  });

  // main 6866664: 49.3% with 1140 wrong readings ("runs" read as hosting: a meeting hosted where they are, and their
  // Skype for Business Server made us hybrid); 88.0%, 0 wrong after (their homing is read only where they are named
  // as a person: "Callee: Tom @ Northwind (..., Northwind runs ...)"). Since main b88c6c8 (nlu33) the federated
  // party's homing is not reported (the blind labels never record it): 80.0%, 0 wrong, peerHoming not expected.
  it('reads a call between two with a federated party, our deployment and where we are', () => {
    expect(recallOf(s, 'callType')).toBe(1);
    expect(recallOf(s, 'peer')).toBe(1);
    expect(recallOf(s, 'deployment')).toBe(1);
    expect(recallOf(s, 'location')).toBe(1);
  });

  it('never reads their product as a meeting\'s host or as our deployment', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('a partner\'s meeting hosted on their own on-premises servers, in notes and chat logs', () => {
  const items = partnerMeetingGrid();
  const s = score('partner meeting', items);

  it('covers the space', () => {
    expect(items.length).toBe(675);
  });

  // main 6866664: 79.5% with 307 wrong readings (the partner's servers read as our on-premises host; with a full name
  // asked about, "Wanjiru Kamau's media", the other attendee's place and homing); 100%, 0 wrong after.
  it('reads another company as the host, and where and how our attendee is', () => {
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.97);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.97);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.97);
  });

  it('never reads the partner\'s on-premises servers as an on-premises host of ours', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('a pasted chat log whose writers say where they are as "I" ("[11:01] Kojo: I\'m at home")', () => {
  const items = chatLogGrid();
  const s = score('chat log', items);

  it('covers the space', () => {
    expect(items.length).toBe(432);
  });

  // main 6866664: 64.3% with 18 wrong readings (every "I" was the user: the places clashed, or one went to the one
  // called); 96.4%, 0 wrong after (left: en-places.ts's typed "at hoem", no place).
  it('reads where the one asked about says they are, and the other writer as the one called', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
  });

  it('never gives one writer\'s "I" to another', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('the side asked about said against the other ("about Ben\'s leg, not Anna\'s", "I don\'t care about my side")', () => {
  const items = contrastGrid();
  const s = score('contrast', items);

  it('covers the space', () => {
    expect(items.length).toBe(168);
  });

  // main 6866664: 70.8% with 200 wrong readings (the answer was for the quoted "I" or the writer who set their own side
  // aside: a wrong answer on a held set); 96.9%, 0 wrong after (left: en-places.ts's typed "at hoem", no place).
  it('reads the one asked about as the user, the quoted or dismissed one as the other party', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.95);
  });

  it('never answers for the one set aside', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('people listed beside a call but not in it ("CC\'d only", "Watcher:", "not on the call")', () => {
  const items = listedNotInCallGrid();
  const s = score('listed, not in the call', items);

  it('covers the space', () => {
    expect(items.length).toBe(20);
  });

  // main 6866664: 60.8%, 0 wrong here (the listed person's homing clashed with the one called: asked back; dev13
  // en20-67 answered wrong with it); 100% after.
  it('reads both parties\' homing and place', () => {
    expect(recallOf(s, 'homing')).toBe(1);
    expect(recallOf(s, 'peerHoming')).toBe(1);
    expect(recallOf(s, 'peer')).toBe(1);
  });

  it('never gives the listed person\'s homing or place to a party', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('a chat log with a question, its reply and the asker\'s own line ("are u in the office?" / "no, at a hotel")', () => {
  const items = chatReplyGrid();
  const s = score('chat reply', items);

  it('covers the space', () => {
    expect(items.length).toBe(1701);
  });

  // b7a7c69 (351fb6c with main): 87.7% with 96 wrong readings (the place asked about in "are u in the office?" went to the one who replied
  // "no, at a hotel"; the joiner's "My media" past the line's first sentence was nobody's: a wrong answer on a held set);
  // 99.9%, 0 wrong after (a question put to "you" states nothing; a chat line is its writer's to its end).
  it('reads where the reply and the joiner\'s own line say they are', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.98);
  });

  it('never reads a place from a question asked in the chat', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('a letter asking about someone it describes ("Dear Mr. Weber, ... a member of your finance team ...")', () => {
  const items = letterGrid();
  const s = score('letter', items);

  it('covers the space', () => {
    expect(items.length).toBe(408);
  });

  // A guard for a held question that asked back for the place at 43cbb5d: 100%, 0 wrong on b7a7c69 (main merged) and after.
  it('reads where the one described is and who hosts', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.98);
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.98);
  });

  it('never gives the salutation\'s or the signature\'s name a side', () => {
    expect(s.wrongs).toEqual([]);
  });
});
