// People named by letters in Chinese: the heavenly stems ("甲在公司，乙在機場，甲打給乙", "教師甲與教師乙") are read as
// the letters A, B (chineseLetters.ts), and a letter opening a row before a colon labels that row ("A：在公司",
// "甲：在公司 → 發起通話"), as "A 在公司" did. Studied zh26-42 and zh21-130 asked back for a place stated in the row.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

type Row = [string, string];
const places: [Row, Row][] = [
  [['公司', 'customerNetwork'], ['機場', 'internet']],
  [['總部', 'customerNetwork'], ['家', 'internet']],
  [['飯店', 'internet'], ['辦公室', 'customerNetwork']],
  [['咖啡廳', 'internet'], ['台中分公司', 'customerNetwork']],
];
const letters: [string, string][] = [['甲', '乙'], ['A', 'B'], ['同事甲', '同事乙'], ['教師甲', '教師乙']];
/** Ways to say where each one is and that the first calls the second, asking about the one named by `asked`. */
const frames: ((a: string, b: string, pa: string, pb: string, asked: string) => string)[] = [
  (a, b, pa, pb, asked) => `Online。${a}在${pa}，${b}在${pb}，${a}打給${b}。${asked}的路徑？`,
  (a, b, pa, pb, asked) => `Online\n${a}：在${pa}，打給 ${b}\n${b}：在${pb}\n問：${asked}的訊號／媒體路徑？`,
  (a, b, pa, pb, asked) => `部署：Skype for Business Online\n${a}：在${pa} → 發起 1:1 通話\n${b}：在${pb}用 Wi-Fi\n問：${asked}的路徑？`,
];

describe('lettered people: each one keeps their own place, whichever is asked', () => {
  const cases = letters.flatMap(([a, b]) =>
    places.flatMap(([[pa, va], [pb, vb]]) =>
      frames.flatMap((frame) => [
        [frame(a, b, pa, pb, a), va, vb],
        [frame(a, b, pa, pb, b), vb, va],
      ]),
    ),
  );
  it.each(cases)('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer, callType: 'peerToPeer' });
  });
});

describe('negatives', () => {
  it('one stem alone is no person ("乙方" is a party to a contract)', () => {
    expect(slots('我們是乙方，Online，我在公司打給同事，路徑？')).toMatchObject({ location: 'customerNetwork' });
  });
  it('alternatives lettered by stems stay alternatives', () => {
    expect(slots('情境甲：我在家；情境乙：我在公司。Online，打給同事，差在哪？').location).toBeUndefined();
  });
  it('a letter before a colon with nothing said of a place or homing labels no one (an answer\'s label)', () => {
    expect(slots('Q：我在家用 Skype 打外線，Online。A：是走網際網路嗎？')).toMatchObject({ location: 'internet', callType: 'pstn' });
  });
  it('a bare 公司 field is read as ours, not as the other row\'s place', () => {
    expect(slots('Online / A：公司 / B：機場 / A 打給 B / A 的路徑？')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});
