// Places the writer says in shapes the place reader missed (issue 15, round 10: test14/16 zh asked back for a place
// that was written): a place followed by how one is connected there ("分公司有線": wired, not an inventory of what
// the place has), a place followed by "這邊" ("總部這邊，打外線": here, the writer's side, unless a thing of that
// side follows: "內網這端的 media"), and a place whose head the segmenter cut off as a word of its own ("營業部",
// "工務所"). Each with negatives that must keep saying nothing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const ours = ['分公司', '總部', '門市', '分行', '倉庫', '病房', '護理站', '廠區', '實驗室', '營業所'];
const theirs = ['家裡', '飯店', '客戶那邊', '機場', '咖啡廳'];
const places: [string, string][] = [...ours.map((p) => [p, 'customerNetwork'] as [string, string]), ...theirs.map((p) => [p, 'internet'] as [string, string])];
const asks = ['進 PM 開的會，media 走哪？', '打外線，訊號跟媒體走哪？', '參加 Skype 會議，會走 ER 嗎？'];
const ask = (k: number) => asks[k % asks.length];

describe('a place, then wired (有線)', () => {
  it.each(places.flatMap(([place, location], k) => [
    [`全部 Online。${place}有線，${ask(k)}`, location],
    [`全部 Online。我今天${place}有線，${ask(k + 1)}`, location],
    [`全部 Online。人在${place}，有線網路，${ask(k + 2)}`, location],
  ]))('%s -> %s', (text, location) => expect(slots(text).location).toBe(location));

  it.each([
    '全部 Online。總部有線路問題，參加會議，media 走哪？',
    '全部 Online。總部有 Edge，參加會議，media 走哪？',
    '全部 Online。分公司有兩台 SfB Server，參加會議，media 走哪？',
  ])('an inventory of a place says where nobody is: %s', (text) => expect(slots(text)).not.toHaveProperty('location'));
});

describe('a place, then here (這邊)', () => {
  it.each(places.flatMap(([place, location], k) => [
    [`全部 Online。${place}這邊，${ask(k)}`, location],
    [`全部 Online。今天${place}這邊，${ask(k + 1)}`, location],
    [`全部 Online。我們${place}這邊${ask(k + 2)}`, location],
  ]))('%s -> %s', (text, location) => expect(slots(text).location).toBe(location));

  it.each([
    '全部 Online。總部那邊，打外線，媒體走哪？',
    '全部 Online。內網這邊的 media 走哪？',
    '全部 Online。總部這邊的媒體走 ER 嗎？',
  ])('there (那邊), or a thing of the side, is no place of the writer: %s', (text) => expect(slots(text)).not.toHaveProperty('location'));
});

describe('a place whose head the segmenter cut off', () => {
  const cut = ['營業部', '工務所', '業務部', '研發部', '總務處', '收銀台', '收銀臺'];
  const who = ['櫃員', '我', '護理師', '業務'];
  it.each(cut.flatMap((place, k) => [
    [`${who[k % who.length]}在${place}打外線，走 ER 嗎？`],
    [`全部 Online。我今天在${place}用 Skype 打給在家的同事，我這端走哪？`],
  ]))('%s -> customerNetwork', (text) => expect(slots(text).location).toBe('customerNetwork'));

  it.each([
    ['我在超商收銀台打外線，走 ER 嗎？', 'internet'],
    ['我在飯店收銀台打外線，走 ER 嗎？', 'internet'],
  ])('a counter of a public place is that place: %s -> %s', (text, location) => expect(slots(text).location).toBe(location));
  it.each(['我在所以打外線，走 ER 嗎？', '他在部門開會，走 ER 嗎？'])('no place: %s', (text) => expect(slots(text)).not.toHaveProperty('location'));
});
