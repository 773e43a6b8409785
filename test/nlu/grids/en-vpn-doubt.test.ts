// A VPN said with a doubt of its own (en-vpn-doubt.ts). GRID_REPORT=1 prints misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { vpnDoubtGrid, vpnSaidGrid } from './en-vpn-doubt';

const recognizer = createRecognizer();

describe('a VPN in doubt ("home, VPN?", "VPN status unknown", "maybe on the VPN")', () => {
  const items = vpnDoubtGrid();
  const s = scoreSlotsReported('vpn doubt', recognizer, items, PARTY_SLOTS, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(256);
  });

  // main 3076f0a: a place read for all 256 (our network for the VPN, or the room: 256 wrong); after: none.
  it('reads no place for that client', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('the same rooms with the VPN said plainly on or off', () => {
  const s = scoreSlotsReported('vpn said', recognizer, vpnSaidGrid(), PARTY_SLOTS, 'en');

  it('reads our network for on, the Internet for off', () => {
    expect(recallOf(s, 'location')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});
