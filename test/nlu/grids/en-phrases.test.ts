// The blind place statements (en-phrases.ts, phrases-en.json) in call questions: floors a little under what the
// recognizer reaches; the wrong readings still left are held by statement, to go down. GRID_REPORT=1 prints the misses
// and the wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids, recallOf, scoreSlotsReported, type SlotGridScore } from './grid';
import { messageItems, phraseGrid, STATEMENTS } from './en-phrases';

const recognizer = createRecognizer();

describe('the blind place statements (statement x who x call question)', () => {
  const items = phraseGrid();
  const s: SlotGridScore = scoreSlotsReported('blind place statements', recognizer, items, ['location', 'peer'], 'en');
  const rowRecall = (tag: string): number => {
    const row = s.byTag.get(tag);
    return row === undefined ? 1 : row.right / row.all;
  };

  it('covers every statement for every kind of person in every frame', () => {
    expect(items.length).toBe(STATEMENTS.length * 5 * 3);
  });

  it('reads where the person is', () => {
    // Main f19293c: 75.5%, 410 wrong readings (300 statements). 88.9% now (two left out, see LEFT_OUT): places the
    // vocabulary lacked (an Airbnb, eduroam, a phone booth, a rep office, a corporate APN, "VPN pool"), a network
    // said to be down, a machine's place, "in the office, but she's on the guest wifi".
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.89);
  });

  it.each(['who:I', 'who:my-user', 'who:role', 'who:name', 'who:pronoun'])('reads every kind of person: %s', (tag) => {
    expect(rowRecall(tag)).toBeGreaterThanOrEqual(0.87);
  });

  it('reads no other party in a call to a phone number', () => {
    expect(s.bySlot.peer?.invented).toBe(0);
  });

  it('keeps wrong readings of the user\'s place under their ceiling (to go to 0)', () => {
    // 223 left, by class: a past or planned place said alone ("was in the office yesterday", "will join from home
    // tomorrow", "is flying to Delhi tonight and will call from the hotel": kept by design, a ticket may ask about that
    // call); a place denied alone ("isn't in the office today", "is not at home", "isn't on the VPN": read as the
    // other one); "travelling this week"; another firm's room in our words ("the bank's branch as a visitor", "a
    // floor rented by another firm"); a place left or planned in the same sentence ("went back to the office and is
    // there now", "will connect to VPN once he's at the hotel"); a self-correction ("on the internet... no wait").
    // Round 10: 223 -> 200 ("at the bank's branch as a visitor, on their customer wifi": the visitor was someone
    // else; "isn't in the office today" read the Internet: it says only where she is not).
    expect(s.wrong).toBeLessThanOrEqual(200);
  });
});

describeHeldGrids("the %s (two or more people; the user, their place, the other party's, the call type)", recognizer, [
  { name: 'blind messages', build: messageItems, size: 100, slotFloors: { location: 0.75, peer: 0.7, callType: 0.95 }, ceiling: 7 },
], ['location', 'peer', 'callType'], 'en');
