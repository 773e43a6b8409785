// The English deployment and homing grid (en-deployment.ts): a floor a little under what the recognizer reaches, no
// wrong reading. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { deploymentGrid, retiredServersGrid, stillOnOldServerGrid } from './en-deployment';
import { scoreText } from './grid';

const recognizer = createRecognizer();

describe('the deployment grid (forum and misheard deployment words x who x homing said of them x order)', () => {
  const probes = deploymentGrid();
  const s = scoreText('deployment grid', recognizer, probes, 'en');

  it('covers the space', () => {
    expect(probes.length).toBe(1088);
  });

  it('reads the deployment, who is homed where, and where they are', () => {
    // On main 5112012: 349/504 (69.2%), 56 wrong readings; 504/504 after round 7. Round 8's deployment words and
    // homings (1088): 1014 (93.2%) with 20 wrong ("the pool still hosts some users" read as the user's homing) before
    // the vocabulary took them, 1088/1088 after.
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.98);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });
});

describe('servers taken out of service in plain speech ("we killed the last lync pool in 2017") x an Online frame x a call', () => {
  const probes = retiredServersGrid();
  const s = scoreText('retired servers', recognizer, probes, 'en');

  it('covers the space', () => {
    expect(probes.length).toBe(72);
  });

  it('reads an Online deployment and where the user is', () => {
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.95);
  });

  it('reads no one homed on the servers that are gone, and no Hybrid', () => {
    expect(s.wrong).toBe(0);
  });
});

describe('someone still on an old server ("my manager is still on the old in-house Skype server") x server x who', () => {
  const probes = stillOnOldServerGrid();
  const s = scoreText('still on the old server', recognizer, probes, 'en');

  it('covers the space', () => {
    expect(probes.length).toBe(45);
  });

  it('reads where each is homed now', () => {
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.95);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });
});
