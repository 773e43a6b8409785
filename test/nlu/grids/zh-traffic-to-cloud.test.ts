// Whether traffic goes to the cloud, asked right after it (zh-traffic-to-cloud.ts). GRID_REPORT=1 prints misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { trafficToCloudGrid } from './zh-traffic-to-cloud';

const recognizer = createRecognizer();

describe('whether traffic goes to the cloud, asked after it', () => {
  const items = trafficToCloudGrid();
  const s = scoreSlotsReported('traffic to the cloud', recognizer, items, PARTY_SLOTS, 'zh-TW');

  it('covers the space', () => {
    expect(items.length).toBe(90);
  });

  // main 7689296: "還會上雲嗎", "會不會出去 cloud", "也會跑到雲端嗎" read the cloud as both parties' homing.
  it('reads the accounts stated, not the cloud asked about', () => {
    expect(recallOf(s, 'homing')).toBe(1);
    expect(recallOf(s, 'peerHoming')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});
