// A room and a network said apart make the place unclear when they disagree (networks-apart.ts). GRID_REPORT=1 prints misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { networksApartGrid, networksInBreathGrid } from './networks-apart';

const recognizer = createRecognizer();

// main e86d0e4: "Ops control at the airport, we sit on the corporate LAN in the ops building" read the Internet, a
// wrong answer (dev18 en34-21): the room said of the writer outweighed the network said of "we".
describe('a room and a network said in different sentences', () => {
  const items = networksApartGrid();
  const s = scoreSlotsReported('networks apart', recognizer, items, PARTY_SLOTS, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(40);
  });

  it('reads the place when they agree and invents none when they do not', () => {
    expect(recallOf(s, 'location')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

describe('a room and a network in one breath', () => {
  const s = scoreSlotsReported('networks in breath', recognizer, networksInBreathGrid(), PARTY_SLOTS, 'en');

  it('reads the network', () => {
    expect(s.wrongs).toEqual([]);
    expect(recallOf(s, 'location')).toBe(1);
  });
});

describe('a VPN now and a hotel Wi-Fi last week', () => {
  it('keeps the VPN', () => {
    const text = 'She was in a hotel last week on the hotel wifi. This week she is back home but connected to the corporate VPN. I call her. SfB Online. Her media path?';
    expect(recognizer.recognize(text).slots.peer ?? recognizer.recognize(text).slots.location).toBe('customerNetwork');
  });
});

// Merged main: "我在分公司打給在家的同事，算在內網嗎？" lost the colleague's home (explain-shapes.test.ts) when the network
// asked about counted as said: a network in a clause that asks is no network said.
describe('a network asked about, beside a room said', () => {
  it.each([
    ['我在分公司打給在家的同事，算在內網嗎？訊號走哪', { location: 'customerNetwork', peer: 'internet' }],
    ['我在公司打給在飯店的主管，他算在內網嗎？我們 Online，訊號走哪', { location: 'customerNetwork', peer: 'internet' }],
  ] as const)('%s', (text, slots) => {
    expect(recognizer.recognize(text).slots).toMatchObject(slots);
  });
});
