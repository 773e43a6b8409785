// A person word labelling a ticket's field names whom its value names (field-label-subjects.ts). GRID_REPORT=1 prints misses.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { fieldLabelGrid } from './field-label-subjects';

const recognizer = createRecognizer();
const SCORED = ['deployment', 'callType', 'location', 'organizer'] as const;

// main f72c772: the label word was the subject of "from home" (dev16 en20-35's "Attendee reporting: Pablo Ortega,
// from home, 4G router"), a second person, and the place was lost in 36 of this grid's 36.
describe("a person word labelling a ticket's field, then a place after 'from'", () => {
  const items = fieldLabelGrid();
  const s = scoreSlotsReported('field label subjects', recognizer, items, SCORED, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(36);
  });

  it("reads the place as the named person's", () => {
    expect(recallOf(s, 'location')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});
