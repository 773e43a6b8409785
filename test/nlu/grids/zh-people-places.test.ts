// Chinese place and other-party grids, round 10 (zh-people-places.ts): every stated slot scored, every wrong reading
// counted. Floors hold recall a little under what the recognizer reaches; wrong readings stay at exactly 0.
// GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import type { SlotName } from '../../../src/engine/types';
import { describeSlotScore, scoreSlotsReported, type GridItem } from './grid';
import { awayGrid, backAndAwayGrid, cantoneseGrid, chatLogGrid, mixedPlacesGrid, partnerGrid, peerWordsGrid, voiceGrid, workplaceTitleGrid } from './zh-people-places';

const recognizer = createRecognizer();
const SCORED: readonly SlotName[] = ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'];

const GRIDS: readonly [string, () => GridItem[], number][] = [
  ['written Cantonese (佢喺屋企, 打俾, 我哋)', cantoneseGrid, 0.95],
  ['someone away named right before it (Amy 出差中, 對方住飯店)', awayGrid, 0.95],
  ['other party in everyday words (在外面跑業務的同事, 另一個院區的同仁)', peerWordsGrid, 0.95],
  ['code-mixed and Cantonese places of the user (在 client 那邊, 喺客戶嗰度)', mixedPlacesGrid, 0.95],
  ['workplace titles (門市店長, 區公所同仁自宅)', workplaceTitleGrid, 0.95],
  ['back at the office, at a customer\'s home, both at one site (回到公司座位上, 在客戶家, 同在所內)', backAndAwayGrid, 0.95],
  ['partners on their own Skype (合作診所, 有自己的 Teams)', partnerGrid, 0.95],
  ['chat logs with times and writers ([14:02] 阿明：)', chatLogGrid, 0.95],
  ['voice-typed, no punctuation (嗯那個我們是全online 我今天在家沒有連VPN)', voiceGrid, 0.95],
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
