// A Chinese title with characters before it that the lexicon does not know ("區經理", "工地主任", "店經理"), said after
// "的" or a call word (issue 15, nlu44): the characters are part of how the person is named, so a relative clause
// before them ("打給在家的區經理") still says where that person is, and the caller's own place stays theirs. Where such a
// character may be a verb ("叫經理", "問主任"), nothing changes.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const TITLES = ['區經理', '店經理', '工地主任', '廠經理', '駐廠工程師', '櫃檯主任', '內勤'];
const PLACES: readonly [string, string][] = [
  ['在家', 'internet'],
  ['正在外面用手機 4G', 'internet'],
  ['在分公司座位上', 'customerNetwork'],
  ['在飯店', 'internet'],
];
const CALLER: readonly [string, string][] = [
  ['我在公司', 'customerNetwork'],
  ['我在家沒開 VPN', 'internet'],
];

describe('the one called, described before a title with a prefix', () => {
  const grid = TITLES.flatMap((title) => PLACES.flatMap(([place, peer]) => CALLER.map(([caller, location]) => [`全 Online，${caller}打給${place}的${title}，一對一，我這端走哪？`, location, peer] as const)));
  it.each(grid)('%s -> %s / %s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer, callType: 'peerToPeer', deployment: 'online' });
  });
  it.each([
    ['全 Online，我在公司打给在家的区经理，一对一，我这端走哪？', 'customerNetwork', 'internet'],
    ['全 Online，我在家没开 VPN 打给在分公司的店经理，我这端走哪？', 'internet', 'customerNetwork'],
  ])('in Simplified: %s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});

describe('a title with a prefix right after a call word', () => {
  it.each(TITLES.map((title) => `全 Online，我在公司打給${title}，${title}在家沒開 VPN，我這端走哪？`))('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });
});

describe('a character that may be a verb before a title is left alone', () => {
  it('叫經理 / 問主任 read as before', () => {
    expect(slots('混合部署，老闆叫經理開會，經理是地端帳號，我在公司加入，我是 Online 帳號，走哪？')).toMatchObject({ homing: 'online', location: 'customerNetwork' });
    expect(slots('全 Online，我在家沒開 VPN，問主任要不要打給他，他在公司，我這端走哪？')).not.toHaveProperty('peer', 'internet');
  });
});
