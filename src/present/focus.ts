// An answer to a question about one traffic type whose other traffic is not known yet: what that other traffic
// depends on, said in the reader's language, so no path is shown that could be wrong.
import type { AskableSlot, TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { slotLabel } from './answer';

export interface OtherTraffic {
  traffic: TrafficType;
  dependsOn: readonly AskableSlot[];
}

export function otherTrafficNote(other: OtherTraffic, locale: Locale): string {
  const separator = locale === 'zh-TW' ? '、' : ', ';
  return t(locale, 'focus.dependsOn', {
    traffic: t(locale, `answer.${other.traffic}`),
    slots: other.dependsOn.map((slot) => slotLabel(slot, locale)).join(separator),
  });
}
