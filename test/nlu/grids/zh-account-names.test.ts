// Chinese full names said with their account (zh-account-names.ts). GRID_REPORT=1 prints misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { accountNamesGrid, siteAccountsGrid } from './zh-account-names';

const recognizer = createRecognizer();

describe('Chinese full names said with their account', () => {
  const items = accountNamesGrid();
  const s = scoreSlotsReported('account names', recognizer, items, PARTY_SLOTS, 'zh-TW');

  it('covers the space', () => {
    expect(items.length).toBe(72);
  });

  // main 7689296: a full name no lexicon knows was single characters and nobody; its account was nobody's.
  it("reads each person's account, the one asked about as the user", () => {
    expect(recallOf(s, 'homing')).toBe(1);
    expect(recallOf(s, 'peerHoming')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

describe("a site's accounts beside the writer's", () => {
  const s = scoreSlotsReported('site accounts', recognizer, siteAccountsGrid(), PARTY_SLOTS, 'zh-TW');

  it("keeps the writer's homing", () => {
    expect(recallOf(s, 'homing')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});
