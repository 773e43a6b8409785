// Button-like answers: the localized labels of every slot value (what a card's buttons say) read as that value.
// The user's and the other party's slots have the same words ("Homed Online", "On your network"): without knowing
// which question is open, such a label may be read as the user's.
import en from '../../locales/en.json';
import zhTW from '../../locales/zh-TW.json';
import { createRecognizer } from '../../src/nlu';
import { SLOT_VALUES, type SlotName } from '../../src/engine/types';

const recognizer = createRecognizer();
/** The user's slot with the same words as the other party's. */
const TWIN: Partial<Record<SlotName, SlotName>> = { peer: 'location', peerHoming: 'homing' };

const labels = (catalog: typeof en) =>
  (Object.keys(SLOT_VALUES) as SlotName[]).flatMap((slot) =>
    (SLOT_VALUES[slot] as readonly string[]).map((value) => {
      const values = catalog.slots[slot].values as Record<string, string>;
      return [slot, value, values[value]] as const;
    }),
  );

describe.each([
  ['en', en],
  ['zh-TW', zhTW],
])('slot value labels in %s', (_locale, catalog) => {
  it.each(labels(catalog))('%s = %s: "%s"', (slot, value, label) => {
    const read = recognizer.recognize(label).slots as Record<string, string>;
    const twin = TWIN[slot];
    if (slot === 'firewall' && value === 'allowsDirect' && catalog === en) {
      // "Open" alone says nothing about a firewall; the button sends its value.
      expect(read.firewall).toBeUndefined();
      return;
    }
    expect([read[slot], twin && read[twin]]).toContain(value);
  });
});
