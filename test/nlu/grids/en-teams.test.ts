// Round 10's English team grid (en-teams.ts): a team's homing is nobody's in the call unless the text puts them in the
// team. Floors a little under what the recognizer reaches; no wrong reading. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { groupContrastGrid, notTheTeamGrid, openTeamMemberGrid, teamPairGrid, teamHomingGrid, teamMemberGrid } from './en-teams';

const recognizer = createRecognizer();
const SLOTS = [...PARTY_SLOTS, 'deployment'] as const;

describe('a team\'s homing beside a call ("Finance is still on the pool ... Grace calls Tomasz")', () => {
  const s = scoreSlotsReported('team homing', recognizer, teamHomingGrid(), SLOTS, 'en');

  it('reads a Hybrid deployment and both places', () => {
    expect(recallOf(s, 'deployment')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the team\'s homing to nobody in the call', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('the caller said to be in the team ("Grace from finance")', () => {
  const s = scoreSlotsReported('team member', recognizer, teamMemberGrid(), SLOTS, 'en');

  it('reads the team\'s homing as hers', () => {
    // "already in Skype Online" is a product said, not a homing statement: never the member's (asked back).
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.85);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('a group said against the rest beside both parties\' homing ("Both their accounts are on-prem - only admin went Online")', () => {
  const s = scoreSlotsReported('group contrast', recognizer, groupContrastGrid(), SLOTS, 'en');

  // main 9a175aa: dev11 en16-1 gave the other party the group's homing (a wrong answer).
  it('reads both parties\' homing and gives the group\'s to nobody', () => {
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

describe('one of any team\'s people, said by its name ("Radiology staff are on the pool ... a radiology clerk dials out")', () => {
  const s = scoreSlotsReported('open team member', recognizer, openTeamMemberGrid(), SLOTS, 'en');

  it('reads the team\'s homing as theirs', () => {
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('two teams set against each other, one of either calling ("Radiology staff are on the pool, the admin staff are in O365")', () => {
  const s = scoreSlotsReported('team pair', recognizer, teamPairGrid(), SLOTS, 'en');

  it('gives each team\'s homing to its own people', () => {
    // A clerk of either team dialling out alone loses place and homing beside two teams (asked back): 12/16.
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.7);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads nothing wrong', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('"they" said of others after a team\'s homing ("Finance is still on the pool. They told me to ask you. I dial out")', () => {
  const s = scoreSlotsReported('not the team', recognizer, notTheTeamGrid(), SLOTS, 'en');

  it('gives the team\'s homing to nobody in the call', () => {
    expect(s.wrongs).toEqual([]);
  });
});
