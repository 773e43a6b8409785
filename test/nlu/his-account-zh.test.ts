// "處長說：我們是混合式，他的帳號已經搬到 Online 了": "他的" right before the account (or a homing phrase that opens
// with it) stands for the person the pronoun does, as "他帳號…" does; before, "他的" was a filler and the homing fell
// to "我們" opening the sentence, which a Hybrid deployment contradicts (people.ts mineAnchor). A "他的" nobody surely
// stands behind stays the filler it was (possessiveUnlinked), and "他的會議" still makes him the host.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("'他的帳號' is his homing", () => {
  it.each([
    ['組長交代：我們是混合式部署，他的帳號已經搬到 Online 了。他明天在辦公室要加入一場會議，路徑？', 'online'],
    ['副理說我們公司是 hybrid，她的帳號上週搬到雲端了，她在座位上撥外線給廠商，訊號怎麼走？', 'online'],
    ['主任來問：公司是混合式，他的帳號還在地端。他今天在家沒連 VPN，撥市話給家長，走哪？', 'onPremises'],
  ])('%s', (text, homing) => {
    expect(slots(text).homing).toBe(homing);
  });

  it('the one called keeps the homing said of her account', () => {
    const got = slots('我是工程師，帳號已經搬到 Online 了（公司是 Hybrid），在座位上打給會計，她的帳號在地端、人也在公司裡。我的訊號走 ER 嗎？');
    expect(got.homing).toBe('online');
    expect(got.peerHoming).toBe('onPremises');
  });

  it('his meeting is still hosted by him', () => {
    expect(slots('公司全部 Online。主管在公司，我在辦公室加入他的會議，他的帳號是 Online，路徑？').organizer).toBe('online');
  });
});
