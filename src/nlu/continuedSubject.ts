// What may stand between a Chinese subject and its verb and still leave the subject the one who acts, so that the
// host of 「X……發起一個會議」 is X:
// - a light comma between two things said of the subject: 「法務長今天在家，從家裡發起一個會議」 goes on with the one
//   before the comma, as 「老闆在飯店開會議」 does without one. Not a clause that opens on the verb, which may have
//   another subject ("使用者在公司，開的是副理約的會" is a meeting joined), nor a comma right after the person, a
//   label's ("甲：在公司 → 發起 1:1 通話" is a call);
// - the subject's own means: 「主管用他自己的帳號(Online)發了一個會議」, where 「他自己」 is the subject again and the
//   aside says how the account is homed.
import type { Item } from './analyzer';
import { isFiller, nextIndex, previousIndex, surfaceOf } from './items';
import { isStatement } from './statements';

/** Words for one's own ("自己的帳號", "本人的帳號"). */
const OWN = /^(?:自己|自己的|自個兒的|本人的)$/;
/** A third-person pronoun, which before "自己" is the subject again ("他自己的"). */
const HE = /^[他她]$/;

/** Whether the item at `index` is a light comma a Chinese subject carries across (not a full stop, a bracket or a quote). */
export function carriesSubject(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'break' || item.strong || item.paren !== undefined || item.quote) return false;
  return isStatement(items[previousIndex(items, index, isFiller)]) && isStatement(items[nextIndex(items, index, isFiller)]);
}

/** Whether the item at `index` says the subject's own means: "自己的", "他" before "自己", or a bracket opened after them ("帳號(Online)"). */
export function ownMeans(items: readonly Item[], index: number): boolean {
  const word = surfaceOf(items[index]) ?? '';
  if (OWN.test(word)) return true;
  if (HE.test(word)) return OWN.test(surfaceOf(items[index + 1]) ?? '');
  const item = items[index];
  return item?.kind === 'break' && item.paren === 'open' && OWN.test(surfaceOf(items[previousIndex(items, index, isFiller)]) ?? '');
}
