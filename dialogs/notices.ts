// The short messages that lead a card: what changed, what did not fit, what was not understood.
import { assertNever, type AskableSlot, type Conflict } from '../src/engine';
import type { Notice } from '../src/cards';
import { dependsText, slotLabel, slotValueText } from '../src/present';
import { t, type Locale } from '../src/i18n';
import { TEXT_LIMIT, type Misunderstanding } from './interpret';
import type { Change, Outcome, Session } from './session';

function joined(items: string[], locale: Locale): string {
  return items.join(t(locale, 'dialog.listSeparator'));
}

function item(slot: Change['slot'], value: string, locale: Locale): string {
  return t(locale, 'dialog.item', { label: slotLabel(slot, locale), value: slotValueText(slot, value, locale) });
}

function changeText(change: Change & { to: string }, locale: Locale): string {
  if (change.from === undefined) return item(change.slot, change.to, locale);
  return t(locale, 'dialog.changeItem', {
    label: slotLabel(change.slot, locale),
    value: slotValueText(change.slot, change.to, locale),
    previous: slotValueText(change.slot, change.from, locale),
  });
}

function conflictNotice(c: Conflict, locale: Locale): Notice {
  return {
    tone: 'warning',
    text: t(locale, 'dialog.conflict', {
      value: slotValueText(c.slot, c.value, locale),
      otherValue: slotValueText(c.conflictsWith, c.conflictingValue, locale),
    }),
  };
}

/**
 * After the user said something about the scenario: conflicts always; changes when they replace an earlier
 * answer or follow an answer (a what-if); after an answer, also that nothing changed.
 */
export function outcomeNotices(outcome: Outcome, locale: Locale): Notice[] {
  const notices = outcome.conflicts.map((c) => conflictNotice(c, locale));
  const reported = outcome.changes.filter(
    (c): c is Change & { to: string } => c.to !== undefined && (outcome.followedAnswer || c.from !== undefined),
  );
  if (reported.length > 0) {
    notices.push({ tone: 'info', text: t(locale, 'dialog.changed', { changes: joined(reported.map((c) => changeText(c, locale)), locale) }) });
  } else if (outcome.followedAnswer && notices.length === 0) {
    notices.push({ tone: 'info', text: t(locale, 'dialog.noChange') });
  }
  return notices;
}

/** Names the answers that "back" took back. */
export function backNotice(changes: Change[], locale: Locale): Notice {
  const takenBack = changes.flatMap((c) => (c.from === undefined ? [] : [item(c.slot, c.from, locale)]));
  return { tone: 'info', text: t(locale, 'dialog.wentBack', { changes: joined(takenBack, locale) }) };
}

export function misunderstandingNotice(why: Misunderstanding, questionPending: boolean, locale: Locale): Notice {
  switch (why.reason) {
    case 'text':
      return { tone: 'error', text: t(locale, questionPending ? 'dialog.notUnderstoodAnswer' : 'dialog.notUnderstood') };
    case 'tooLong':
      return { tone: 'error', text: t(locale, 'dialog.tooLong', { length: why.length, limit: TEXT_LIMIT }) };
    case 'invalidChoice':
      return { tone: 'error', text: t(locale, 'dialog.invalidChoice') };
    case 'whichParty':
      return { tone: 'error', text: t(locale, 'dialog.whichParty') };
    default:
      return assertNever(why);
  }
}

/** "Don't know" to a question: what each of its answers would give the user, and where to find it out. */
export function dependsNotice(session: Session, slot: AskableSlot, values: readonly string[], locale: Locale): Notice {
  return { tone: 'info', text: dependsText(session.scenario, slot, values, session.focus, locale) };
}

export function infoNotice(key: string, locale: Locale): Notice {
  return { tone: 'info', text: t(locale, key) };
}
