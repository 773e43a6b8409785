// Chinese grids of round 11 (zh-callers.ts): every stated slot scored, every wrong reading counted. Floors hold
// recall a little under what the recognizer reaches; wrong readings stay at exactly 0. GRID_REPORT=1 prints every
// miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { accountUsedGrid, askedCallTypeGrid, bothInAsideGrid, hokkienGrid, namedAfterServerGrid, ourProductGrid, sameWordCalleeGrid, speakerHostsGrid, twoOfATradeGrid } from './zh-callers';

describeHeldGrids('the %s grid', createRecognizer(), [
  { name: 'the one called named as the caller is (同事出差住飯店，打給辦公室的同事)', build: sameWordCalleeGrid, floor: 0.95 },
  { name: 'a word for both in an aside after the one called (打給同事（兩人都在公司內網）)', build: bothInAsideGrid, floor: 0.95 },
  { name: 'a name after a server (打給還在地端 pool 的阿明)', build: namedAfterServerGrid, floor: 0.95 },
  { name: 'written Taiwanese (阮攏佇厝, 敲電話予, 行佗位)', build: hokkienGrid, floor: 0.95 },
  { name: 'the speaker hosts (我自己開的會議, 是我家己開的)', build: speakerHostsGrid, floor: 0.95 },
  { name: 'a call type asked about (這樣算 PSTN 嗎, 算不算一對一)', build: askedCallTypeGrid, floor: 0.95 },
  { name: "our organization's product said to be Online (我們的 Skype 是 Online)", build: ourProductGrid, floor: 0.95 },
  { name: 'two of a trade the vocabulary does not know (兩個 TD 工程師都在 fab office)', build: twoOfATradeGrid, floor: 0.95 },
  { name: 'an account used, then where (我用 Online 帳號在實驗室電腦上加入)', build: accountUsedGrid, floor: 0.95 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'], 'zh-TW');
