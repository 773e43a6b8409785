// Round 14's blind lexicon of hosts and homing (lex14-hosts.ts): floors at what the recognizer reads, wrong readings
// capped at what is left. GRID_REPORT=1 prints each group.
import { createRecognizer } from '../../../src/nlu';
import { scoreLexicon, type LexiconRow } from './lex14-hosts';
import en from './lex14-hosts-en.json';
import zh from './lex14-hosts-zh.json';

const recognizer = createRecognizer();

/** Per group: the fewest rows read right, the most read wrong. */
type Bounds = Record<string, [number, number]>;

// main a0f3461 (right, wrong), en: organizer online 27/45, onPremises 22/40, otherCompany 11/38 (1 wrong; 26 name
// another company without saying where it hosts: asked by design), homing writer 45/59 (1 wrong), other 10/20, both
// 4/5 (1 wrong), group 15/22 (3 wrong), none 52/55 (3 wrong).
// Two rows relabelled from otherCompany to online: "they organised it on their tenant", "the partner's webinar runs on
// their Skype Online tenant" say another company hosts in its Office 365 tenant, in the cloud (principle 1), not on its
// own servers (Online row 6); a blind judge found that reading a wrong answer (convs7 c7-9), and the dlg lane's
// tenantMeetings.ts reads them Online. Bounds at what the main with it gives.
const EN: Bounds = {
  'organizer:online': [32, 0],
  'organizer:onPremises': [25, 0],
  'organizer:otherCompany': [11, 0],
  'homing:writer': [45, 1],
  'homing:other': [10, 0],
  'homing:both': [5, 0],
  'homing:group': [16, 3],
  none: [53, 2],
};

// main a0f3461, zh: organizer online 33/43, onPremises 24/34 (2 wrong), otherCompany 7/40 (1 wrong), homing writer
// 38/46, other 20/34 (1 wrong), both 10/12, group 21/25 (2 wrong), none 50/54 (4 wrong).
const ZH: Bounds = {
  'organizer:online': [36, 0],
  'organizer:onPremises': [25, 0],
  'organizer:otherCompany': [7, 0],
  'homing:writer': [40, 0],
  'homing:other': [20, 1],
  'homing:both': [10, 0],
  'homing:group': [23, 1],
  none: [51, 3],
};

describe.each([
  ['en', en as LexiconRow[], EN],
  ['zh', zh as LexiconRow[], ZH],
])('the %s lexicon of hosts and homing', (_lang, rows, bounds) => {
  const groups = scoreLexicon(recognizer, rows);

  it.each(Object.entries(bounds))('%s', (name, [right, wrong]) => {
    const group = groups.get(name);
    expect(group?.right ?? 0).toBeGreaterThanOrEqual(right);
    expect(group?.wrong ?? 0).toBeLessThanOrEqual(wrong);
  });
});
