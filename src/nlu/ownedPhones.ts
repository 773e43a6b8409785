// "on my phone's LTE", "her mobile's LTE", "using his cell phone's data": a phone followed by "'s" is the device, whose
// connection (or battery, or screen) is said next, not a call. Read as the call word ("I phone the branch") or as a
// PSTN call ("call her mobile"), it made the writer's own connection a call to someone on the Internet (session 53's
// blind conversations: a what-if moving a PSTN caller to a car park "on his phone's LTE" changed nothing).
// The phone so owned is what its owner is on, as "his iPhone's hotspot" and "her tablet's LTE" are: a means
// (`cue.means`), and the connection after it says where its owner is, whatever the room. "the phone call's media"
// is the call's traffic: only a phone by its last word (the `handset` class) is a device.
import type { Item } from './analyzer';
import { parseConcept, type Concept } from './concepts';
import { kindOf, surfaceOf } from './items';
import { headOfClass } from './wordClasses';

const MEANS = 'cue.means';
const MEANS_CONCEPT = parseConcept(MEANS) as Concept;

/** A phone read as a call or a PSTN call ("phone", "her mobile", "cell phone"). */
const isPhoneCall = (item: Item | undefined): boolean => (kindOf(item) === 'call' || kindOf(item) === 'callType') && headOfClass(item, 'handset');

/** The items with each phone owned ("my phone's") read as the device (see the file's comment). */
export function withOwnedPhones(items: readonly Item[]): Item[] {
  const out = [...items];
  items.forEach((_, index) => {
    if (surfaceOf(items[index + 1]) !== "'s") return;
    // "her mobile phone's LTE": every phone word before the possessive.
    for (let k = index; k >= 0 && isPhoneCall(items[k]); k--) {
      const phone = items[k];
      if (phone.kind === 'mention') out[k] = { ...phone, id: MEANS, concept: MEANS_CONCEPT };
    }
  });
  return out;
}
