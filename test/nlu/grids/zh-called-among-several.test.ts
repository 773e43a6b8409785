// Chinese other-party grids, round 23 (zh-called-among-several.ts): every stated slot scored, every wrong reading
// counted. Floors hold recall a little under what the recognizer reaches; wrong readings stay at exactly 0.
// GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { bodyAfterAccountGrid, bothWithMeGrid, deputyGrid, letteredGrid, negativesGrid, ownFirmGrid, twoTitlesGrid } from './zh-called-among-several';

describeHeldGrids('the %s grid', createRecognizer(), [
  { name: 'a head and their deputy (組長在公司、副組長今天 WFH ... 打給組長)', build: deputyGrid, floor: 0.95 },
  { name: 'two titles each somewhere, one called (副總在公司，經理在家 ... 打給經理)', build: twoTitlesGrid, floor: 0.95 },
  { name: 'both with me, another called (我跟 PM 都駐點在客戶那 ... 打給老闆)', build: bothWithMeGrid, floor: 0.95 },
  { name: 'where someone is after their account (Online 帳號人在研究室)', build: bodyAfterAccountGrid, floor: 0.95 },
  { name: 'our own firm and head office network (在事務所裡, 總部網絡裡)', build: ownFirmGrid, floor: 0.95 },
  { name: 'lettered people of a title (理賠員 A、理賠員 B)', build: letteredGrid, floor: 0.95 },
  { name: 'what must not change (打給同事, 跟 PM 一對一, 會計師事務所)', build: negativesGrid, floor: 1 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'], 'zh-TW');
