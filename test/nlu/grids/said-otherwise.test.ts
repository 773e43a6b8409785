// Facts said in other words (said-otherwise.ts): each grid's floor a little under what the recognizer reaches, and no
// wrong reading. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import type { Locale } from '../../../src/nlu';
import { scoreText, type Probe } from './grid';
import {
  bareOutsiderGrid,
  deploymentWordsGrid,
  describedTitleGrid,
  directCallsEnGrid,
  directCallsZhGrid,
  directPathGrid,
  goneServersGrid,
  notDeploymentWordsGrid,
  notGoneGrid,
  ownAccountGrid,
  reachedOutsiderGrid,
  systemOnlineGrid,
} from './said-otherwise';

const recognizer = createRecognizer();

const GRIDS: readonly { name: string; probes: Probe[]; locale: Locale; size: number; floor: number }[] = [
  { name: 'on-premises servers said gone (地端早就沒了)', probes: goneServersGrid(), locale: 'zh-TW', size: 180, floor: 0.9 },
  { name: 'something else said gone: no deployment', probes: notGoneGrid(), locale: 'zh-TW', size: 9, floor: 0.9 },
  { name: 'a call placed directly (直接打給), zh', probes: directCallsZhGrid(), locale: 'zh-TW', size: 18, floor: 0.9 },
  { name: 'a call placed directly, en', probes: directCallsEnGrid(), locale: 'en', size: 12, floor: 0.9 },
  { name: 'the direct path stays a firewall statement', probes: directPathGrid(), locale: 'en', size: 4, floor: 1 },
  { name: 'Online said of our whole system, en', probes: systemOnlineGrid('en'), locale: 'en', size: 18, floor: 0.9 },
  { name: 'Online said of our whole system, zh', probes: systemOnlineGrid('zh-TW'), locale: 'zh-TW', size: 15, floor: 0.9 },
  { name: "someone's own account said Online", probes: ownAccountGrid(), locale: 'en', size: 3, floor: 0.6 },
  { name: 'the deployment said in other words, en', probes: deploymentWordsGrid('en'), locale: 'en', size: 36, floor: 0.9 },
  { name: 'the deployment said in other words, zh', probes: deploymentWordsGrid('zh-TW'), locale: 'zh-TW', size: 30, floor: 0.9 },
  { name: 'close to deployment words, and none', probes: notDeploymentWordsGrid(), locale: 'en', size: 5, floor: 0.8 },
  { name: 'a call with a customer, said no more: no call type', probes: bareOutsiderGrid(), locale: 'en', size: 10, floor: 0.9 },
  { name: 'a customer reached a way that is said', probes: reachedOutsiderGrid(), locale: 'en', size: 4, floor: 1 },
  { name: 'a title described by unknown words (ICU 的專科護理師)', probes: describedTitleGrid(), locale: 'zh-TW', size: 16, floor: 0.8 },
];

describe.each(GRIDS)('$name', ({ name, probes, locale, size, floor }) => {
  const s = scoreText(name, recognizer, probes, locale);

  it('covers the space', () => {
    expect(probes.length).toBe(size);
  });

  it('reads what is said', () => {
    expect(s.right / s.size).toBeGreaterThanOrEqual(floor);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });
});
