// Chinese places nobody wrote to us (zh-open-places.ts), read from their frame and morphemes; and the blind Chinese
// place lexicon of round 14 (places-lex-zh.json, written by people who never saw the recognizer): each place in its
// own sentence. GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import lexicon from './places-lex-zh.json';
import { notPlacesGrid, openPlacesGrid } from './zh-open-places';

const recognizer = createRecognizer();

describeHeldGrids('the %s grid', recognizer, [
  { name: 'places nobody wrote to us (楊梅發貨倉, 表哥家, 區間車上; 才藝班 asks)', build: openPlacesGrid, floor: 0.97 },
  { name: 'words that only look like places (值班, 網站)', build: notPlacesGrid, floor: 1 },
], ['location', 'peer', 'callType', 'deployment'], 'zh-TW');

interface LexiconPlace {
  label: 'customerNetwork' | 'internet' | 'ambiguous' | 'vpn';
  phrase: string;
  sentence: string;
  who: 'writer' | 'other';
}

/**
 * The blind lexicon's places, each in its writer's sentence: the writer's place is the location, another's the
 * other party's (or the location, when the sentence is about them). Floors at what the recognizer reads now; its
 * wrong readings are the vocabulary's own choices the writers did not share (a bare 在門市, 在 lab, 在樓下 read as ours)
 * and may only go down.
 */
describe('the blind Chinese place lexicon, round 14', () => {
  const places = (lexicon as LexiconPlace[]).filter((place) => place.label !== 'vpn');
  const read = places.map((place) => {
    const slots = recognizer.recognize(place.sentence, 'zh-TW').slots;
    const got = place.who === 'other' ? (slots.peer ?? slots.location) : slots.location;
    const want = place.label === 'ambiguous' ? undefined : place.label;
    return { place, got, right: got === want, wrong: got !== undefined && got !== want };
  });
  const clear = read.filter((r) => r.place.label !== 'ambiguous');
  const ambiguous = read.filter((r) => r.place.label === 'ambiguous');

  it('reads most clear places right', () => {
    expect(clear.filter((r) => r.right).length).toBeGreaterThanOrEqual(216);
  });
  it('reads at most 4 clear places wrong', () => {
    expect(clear.filter((r) => r.wrong).map((r) => `${r.got}: ${r.place.sentence}`).length).toBeLessThanOrEqual(4);
  });
  it('states at most 20 of the places that could be ours or not', () => {
    expect(ambiguous.filter((r) => r.wrong).length).toBeLessThanOrEqual(20);
  });
});

describe('a colleague at a seat near mine shares our office (坐我對面, 坐在我隔壁)', () => {
  const seats = ['坐我對面的同事', '坐在我隔壁的同事', '坐在我旁邊的同事'];
  const openings = ['全部是 Skype Online，我打給{0}（一對一），我這邊走哪？', '全部是 Skype Online，我跟{0}用 Skype 講話，我這端的媒體走 ER 嗎？'];
  it.each(seats.flatMap((seat) => openings.map((opening) => opening.replace('{0}', seat))))('%s', (text) => {
    const slots = recognizer.recognize(text, 'zh-TW').slots;
    expect([slots.location, slots.peer]).toEqual(['customerNetwork', 'customerNetwork']);
  });
});

// Without 我, the seat may be the colleague's usual one while the writer works from home: only the colleague's place is said.
describe('a colleague at a seat said without "me" (坐對面, 隔壁座位, 鄰座) is in the office; the writer is asked', () => {
  const seats = ['坐對面的同事', '隔壁座位的同事', '隔壁桌的同事', '鄰座的同事'];
  const openings = ['全部是 Skype Online，我打給{0}（一對一），我這邊走哪？', '全部是 Skype Online，我跟{0}用 Skype 講話，我這端的媒體走 ER 嗎？'];
  it.each(seats.flatMap((seat) => openings.map((opening) => opening.replace('{0}', seat))))('%s', (text) => {
    const slots = recognizer.recognize(text, 'zh-TW').slots;
    expect([slots.location, slots.peer]).toEqual([undefined, 'customerNetwork']);
  });
});

describe('a place typed with a homophone (辦公適, 媒題)', () => {
  it.each(['我在辦公適打給在咖啡廳的業務，全 Online，我這邊的媒題會走 ER 嗎', '我在辦公適撥外線，全 Online，媒題走哪'])('%s', (text) => {
    expect(recognizer.recognize(text, 'zh-TW').slots.location).toBe('customerNetwork');
  });
});
