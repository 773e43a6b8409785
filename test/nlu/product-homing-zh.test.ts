// 「CFO 的帳號已經在 Skype Online」「他已經被搬到 SfB Online 了」: an account said to be in the product now, by its
// name, is homed Online (movedAccounts.ts). 「已經在 online」 was a phrase, but with the product named the segmenter cut
// 「已經在」「帳號已經搬到」 apart from it and only the deployment was read: the host of a Hybrid meeting said so was
// asked about (round 36). A move still to come (「下個月會搬到」「打算搬到」) and the product a company uses (「在用」) are
// no homing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const HOSTED_ONLINE: readonly string[] = [
  '混合式環境，我還在地端。明天的預算會議是業務副總發起的，副總的帳號已經在 SfB Online。我在總部座位加入，媒體走哪？',
  '我們 hybrid。這次的專案會由 Kevin 召集，Kevin 帳號已經搬到 Skype for Business Online 了，我在地端，在辦公室加入，訊號走哪？',
  '公司是混合部署，主持人是王協理，他已經被搬到 Skype Online，我帳號在地端，人在公司，路徑？',
  '混合部署，我账号在地端。今天的会是财务长发的，财务长的账号已经在 Skype Online。我在公司会议室加入，走哪？',
];

it.each(HOSTED_ONLINE)('the host in the product now: %s', (text) => expect(slots(text).organizer).toBe('online'));

it.each([
  ['混合部署，Amy 帳號已經移到 SfB Online，她在辦公室打外線給客戶，走哪？', 'online'],
  ['我們是混合式，我已經被搬到 Skype Online 了，在公司打外線，走哪？', 'online'],
])('the caller in the product now: %s', (text, homing) => expect(slots(text).homing).toBe(homing));

it.each([
  // A move to come.
  '混合式環境，我還在地端。明天的預算會議是副總發起的，副總下個月會搬到 Skype Online。我在總部座位加入，媒體走哪？',
  '混合式環境，我還在地端。明天的預算會議是副總發起的，副總打算搬到 SfB Online。我在總部座位加入，媒體走哪？',
  // Nothing said of the host.
  '混合式環境，我還在地端，我們公司也有 Skype Online。明天的預算會議是副總發起的，我在總部座位加入，媒體走哪？',
])('no homing of the host: %s', (text) => expect(slots(text).organizer).toBeUndefined());

it('the product a company uses is its deployment, nobody\'s homing', () => {
  expect(slots('我們公司在用 Skype Online，我在公司打外線給客戶，走哪？')).toMatchObject({ deployment: 'online' });
  expect(slots('我們公司在用 Skype Online，我在公司打外線給客戶，走哪？').homing).toBeUndefined();
});
