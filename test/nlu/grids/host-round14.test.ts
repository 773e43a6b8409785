// Round 14's host grid (host-round14.ts): the host's homing said before the hosting, the organizer's own account,
// and Chinese hosts (the writer, a unit of ours, a host before the product). GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { homedThenHostsGrid, labelledQuestionGrid, organizerAccountGrid, productAsideGrid, zhHostGrid, zhOrganizerFieldGrid } from './host-round14';

const recognizer = createRecognizer();
const SLOTS = ['deployment', 'callType', 'location', 'homing', 'organizer'] as const;

describe('the host homed, then hosting ("Site GM is homed on the on-prem pool and runs the daily meeting")', () => {
  const s = scoreSlotsReported('homed then hosts', recognizer, homedThenHostsGrid(), SLOTS, 'en');

  it("reads the host's homing", () => {
    // main a0f3461: organizer 0/80; 80/80 after.
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe("the organizer's own account (\"the organiser's account is homed on-prem\")", () => {
  const s = scoreSlotsReported('organizer account', recognizer, organizerAccountGrid(), SLOTS, 'en');

  it("reads the organizer's homing", () => {
    // main a0f3461: organizer 0/16 (the account was read as someone else's); 16/16 after.
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('Chinese hosts ("會議是我開的", "我們部門開的會", "主管用 Skype Online 開的會議")', () => {
  const s = scoreSlotsReported('zh hosts', recognizer, zhHostGrid(), SLOTS, 'zh-TW');

  it('reads who hosts', () => {
    // main a0f3461: organizer 0/14; 14/14 after.
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('the organizer field naming one of ours ("召集人：本公司行銷處長（線上帳號）")', () => {
  const s = scoreSlotsReported('zh organizer field', recognizer, zhOrganizerFieldGrid(), SLOTS, 'zh-TW');

  it('reads who hosts', () => {
    // main a0f3461: organizer 0/120 with 4 wrong readings (the host's homing read as the user's); 120/120, 0 wrong after.
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('a product alone in an aside after the host ("Meeting organised by Alejandro Vega (Skype Online)")', () => {
  const s = scoreSlotsReported('product aside', recognizer, productAsideGrid(), SLOTS, 'en');

  it("reads the host's homing", () => {
    // main a0f3461: organizer 0/48; 48/48 after.
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('the one asked about named as the last line\'s label ("Carmen: signaling and media?")', () => {
  const s = scoreSlotsReported('labelled question', recognizer, labelledQuestionGrid(), SLOTS, 'en');

  it('reads her homing and place', () => {
    // main a0f3461: homing and location 0/12 (asked); 12/12 after.
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});
