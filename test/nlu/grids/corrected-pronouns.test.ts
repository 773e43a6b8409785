// The grid of corrected-pronouns.ts: a pronoun after a correction is whom the corrected words were said of. Every
// slot scored. GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { correctedPronounGrid } from './corrected-pronouns';

describeHeldGrids('the %s grid', createRecognizer(), [
  { name: 'a pronoun after a correction (from the office - no wait, she was at the hotel)', build: correctedPronounGrid, floor: 0.95 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'], 'en');
