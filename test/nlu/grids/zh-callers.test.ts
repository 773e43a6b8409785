// Chinese grids of round 11 (zh-callers.ts): every stated slot scored, every wrong reading counted. Floors hold
// recall a little under what the recognizer reaches; wrong readings stay at exactly 0. GRID_REPORT=1 prints every
// miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import type { SlotName } from '../../../src/engine/types';
import { describeSlotScore, scoreSlotsReported, type GridItem } from './grid';
import { askedCallTypeGrid, bothInAsideGrid, hokkienGrid, namedAfterServerGrid, ourProductGrid, sameWordCalleeGrid, speakerHostsGrid } from './zh-callers';

const recognizer = createRecognizer();
const SCORED: readonly SlotName[] = ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'];

const GRIDS: readonly [string, () => GridItem[], number][] = [
  ['the one called named as the caller is (同事出差住飯店，打給辦公室的同事)', sameWordCalleeGrid, 0.95],
  ['a word for both in an aside after the one called (打給同事（兩人都在公司內網）)', bothInAsideGrid, 0.95],
  ['a name after a server (打給還在地端 pool 的阿明)', namedAfterServerGrid, 0.95],
  ['written Taiwanese (阮攏佇厝, 敲電話予, 行佗位)', hokkienGrid, 0.95],
  ['the speaker hosts (我自己開的會議, 是我家己開的)', speakerHostsGrid, 0.95],
  ['a call type asked about (這樣算 PSTN 嗎, 算不算一對一)', askedCallTypeGrid, 0.95],
  ["our organization's product said to be Online (我們的 Skype 是 Online)", ourProductGrid, 0.95],
];

describe.each(GRIDS)('the %s grid', (name, build, floor) => {
  const score = scoreSlotsReported(name, recognizer, build(), SCORED, 'zh-TW');

  it(`reads at least ${(100 * floor).toFixed(0)}% of the stated slots`, () => {
    console.log(describeSlotScore(name, score));
    expect(score.recall).toBeGreaterThanOrEqual(floor);
  });

  it('reads no slot wrong', () => {
    expect(score.wrongs.slice(0, 20)).toEqual([]);
  });
});
