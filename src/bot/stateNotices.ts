// What the user is told about their stored state, before the turn's own replies.
import { assertNever } from '../engine/types';
import { t, type Locale } from '../i18n';
import type { StateNotice } from '../state';

function messageKey(notice: StateNotice): string {
  switch (notice.kind) {
    case 'unreadable':
      return notice.scope === 'conversation' ? 'turn.stateUnreadable' : 'turn.settingsUnreadable';
    case 'lost':
      return 'turn.conversationLost';
    default:
      return assertNever(notice);
  }
}

/** One message per distinct notice, in the user's language. */
export function noticeTexts(notices: StateNotice[], locale: Locale): string[] {
  return [...new Set(notices.map(messageKey))].map((key) => t(locale, key));
}
