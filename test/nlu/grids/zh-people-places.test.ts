// Chinese place and other-party grids, round 10 (zh-people-places.ts): every stated slot scored, every wrong reading
// counted. Floors hold recall a little under what the recognizer reaches; wrong readings stay at exactly 0.
// GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { awayGrid, backAndAwayGrid, cantoneseGrid, chatLogGrid, mixedPlacesGrid, partnerGrid, peerWordsGrid, voiceGrid, workplaceTitleGrid } from './zh-people-places';

describeHeldGrids('the %s grid', createRecognizer(), [
  { name: 'written Cantonese (佢喺屋企, 打俾, 我哋)', build: cantoneseGrid, floor: 0.95 },
  { name: 'someone away named right before it (Amy 出差中, 對方住飯店)', build: awayGrid, floor: 0.95 },
  { name: 'other party in everyday words (在外面跑業務的同事, 另一個院區的同仁)', build: peerWordsGrid, floor: 0.95 },
  { name: 'code-mixed and Cantonese places of the user (在 client 那邊, 喺客戶嗰度)', build: mixedPlacesGrid, floor: 0.95 },
  { name: 'workplace titles (門市店長, 區公所同仁自宅)', build: workplaceTitleGrid, floor: 0.95 },
  { name: "back at the office, at a customer's home, both at one site (回到公司座位上, 在客戶家, 同在所內)", build: backAndAwayGrid, floor: 0.95 },
  { name: 'partners on their own Skype (合作診所, 有自己的 Teams)', build: partnerGrid, floor: 0.95 },
  { name: 'chat logs with times and writers ([14:02] 阿明：)', build: chatLogGrid, floor: 0.95 },
  { name: 'voice-typed, no punctuation (嗯那個我們是全online 我今天在家沒有連VPN)', build: voiceGrid, floor: 0.95 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'], 'zh-TW');
