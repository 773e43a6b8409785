// The valid next message after a junk input, and what a sensible reply to it is. Together the probes are real
// multi-turn dialogs: a question typed, its questions answered by clicking the cards' buttons, up to the answer.
import { list, t, type Locale } from '../../src/i18n';
import { submitsOf } from '../dialogs/cardReading';
import type { Json } from './activities';
import type { FuzzConversation } from './driver';
import type { Random } from './random';
import type { Reading } from './replies';

export interface Probe {
  kind: 'switch back' | 'click an answer' | 'click a what-if' | 'ask';
  name: string;
  activity: Json;
  /** Problems with the reply; empty when it is sensible. */
  check(reading: Reading): string[];
}

/** Questions that start a dialog of several questions (the welcome card's examples are answered at once). */
const STARTERS: Record<Locale, readonly string[]> = {
  en: ['PSTN call', 'Which path does media take in a conference?', 'peer-to-peer call', 'Skype Meeting Broadcast', 'Hybrid deployment', 'a user at home joins a meeting'],
  'zh-TW': ['PSTN 通話', '會議的媒體走哪裡？', '對等通話', 'Skype 會議廣播', '混合式部署', '使用者在家加入會議'],
};

/** Messages that say a valid message went wrong. */
const FAILURE_KEYS = ['dialog.notUnderstood', 'dialog.notUnderstoodAnswer', 'dialog.invalidChoice', 'dialog.turnError', 'dialog.storageUnavailable'];

function failureNotices(reading: Reading, locale: Locale): string[] {
  const shown = new Set(reading.cards.flatMap((card) => card.texts));
  return FAILURE_KEYS.filter((key) => shown.has(t(locale, key))).map((key) => `the reply says ${key}`);
}

/** The conversation moved on: the next question or the answer (in a triage, its result), and no failure notice. */
function movedOn(reading: Reading, locale: Locale): string[] {
  const kind = reading.cards.at(-1)?.kind[locale];
  const problems = kind === 'question' || kind === 'answer' || kind === 'triage' ? [] : [`the reply is ${kind ? `a ${kind} card` : 'no card'}, not a question or an answer`];
  return [...problems, ...failureNotices(reading, locale)];
}

export function nextProbe(random: Random, conversation: FuzzConversation): Probe {
  const { addressing, home, current, lastCard } = conversation;
  const message = { ...addressing, type: 'message', locale: home };
  if (current !== home) {
    return {
      kind: 'switch back',
      name: `switch back to ${home}`,
      activity: { ...message, value: { action: 'language', locale: home } },
      check: (reading) => (reading.cards.some((card) => card.texts.includes(t(home, 'dialog.languageSwitched'))) ? [] : [`no "${home}" switch notice`]),
    };
  }
  const buttons = lastCard ? submitsOf(lastCard.card) : [];
  const answers = lastCard?.kind[home] === 'question' ? buttons.filter((data) => data.action === 'answer') : [];
  if (answers.length > 0) {
    const answer = random.pick(answers);
    return { kind: 'click an answer', name: `click ${JSON.stringify(answer)}`, activity: { ...message, value: answer }, check: (reading) => movedOn(reading, home) };
  }
  // After an answer: change one thing (the what-if buttons ask that question again), or ask something new.
  const whatIfs = buttons.filter((data) => data.action === 'whatIf');
  if (whatIfs.length > 0 && random.chance(0.5)) {
    const whatIf = random.pick(whatIfs);
    return {
      kind: 'click a what-if',
      name: `click ${JSON.stringify(whatIf)}`,
      activity: { ...message, value: whatIf },
      check: (reading) => (reading.cards.at(-1)?.kind[home] === 'question' ? failureNotices(reading, home) : ['the what-if did not ask its question again']),
    };
  }
  const question = random.pick([...list(home, 'cards.welcome.examples'), ...STARTERS[home]]);
  return { kind: 'ask', name: `ask ${JSON.stringify(question)}`, activity: { ...message, text: question }, check: (reading) => movedOn(reading, home) };
}
