// One request (text and/or slots, optional locale) -> the JSON object the command line prints.
import { advise, replacingLegs, SLOT_VALUES, TRAFFIC_TYPES, triage, type Conflict, type Observation, type PartialScenario, type Perspective, type SlotName, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { writtenInOtherLanguage } from '../nlu/otherLanguages';
import { MAX_READABLE_LENGTH, detectLocale, readableLength, readableText } from '../nlu/text';
import type { ExplainTopic, Intent, Recognition, Recognizer } from '../nlu/types';
import { answerJson, otherTrafficNote, slotLabel, slotValueText, triageJson, type AnswerJson, type OtherTraffic, type TriageJson } from '../present';
import { ObservedError, parseObservedJson } from './observed';
import { isLocale } from './args';

/** Longer text (links left out, see readableLength) is refused rather than recognized: a pasted log is not a question. */
export const MAX_TEXT_LENGTH = MAX_READABLE_LENGTH;

export interface Request {
  text?: string;
  locale?: Locale;
  slots?: PartialScenario;
  /** What was observed of the call (flags, or batch JSON's `"observed"`): the reply then carries a triage. */
  observed?: Observation[];
  /** Batch JSON's `"focus"`: the question is about this traffic only, as if the text had asked only about it. */
  focus?: TrafficType;
}

/**
 * `dependsOn`: only in an answer to a question about one traffic type whose other traffic is not known yet; that
 * traffic's list of legs is then empty, and a note says what it depends on.
 */
export type ReplyAnswer = AnswerJson & { dependsOn?: OtherTraffic };

export interface Reply {
  locale: Locale;
  intent: Intent;
  slots: PartialScenario;
  missing: string[];
  answer: ReplyAnswer | null;
  focus?: string;
  /** The party the question is about, when not the user (broadcast attendees): its path leads the text answer. */
  perspective?: Perspective;
  /** For `explain`: what the question asks to have explained. */
  topic?: ExplainTopic;
  conflicts?: string[];
  /** Only when something was observed (in the text, or given): the comparison with the article and its explanations. */
  triage?: TriageJson;
  /**
   * Only when the text is written in a language the advisor does not read (neither English nor Chinese): the message
   * saying which languages it reads. `slots` are what could be read of it anyway (product names, facts).
   */
  otherLanguage?: string;
}

/** An answer about one traffic type: the other traffic's legs left out, and what they depend on said instead. */
function focusedAnswer(answer: AnswerJson, other: OtherTraffic, locale: Locale): ReplyAnswer {
  return { ...answer, [other.traffic]: [], notes: [otherTrafficNote(other, locale), ...answer.notes], dependsOn: other };
}

export class RequestError extends Error {}

const SLOT_NAMES = Object.keys(SLOT_VALUES) as SlotName[];

/** A value as the user wrote it in their JSON (String() would show an object as "[object Object]"). */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Checks a parsed JSON request, naming what is allowed when something is not. */
export function validateRequest(value: unknown, locale: Locale): Request {
  if (typeof value === 'string') return { text: value };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new RequestError(t(locale, 'cli.badRequest'));
  const { text, locale: requested, slots, observed, focus } = value as Record<string, unknown>;
  if (text !== undefined && typeof text !== 'string') throw new RequestError(t(locale, 'cli.badRequest'));
  if (requested !== undefined && !isLocale(requested)) throw new RequestError(t(locale, 'cli.badLocale', { value: shown(requested) }));
  const messages: Locale = isLocale(requested) ? requested : locale;
  if (focus !== undefined && !TRAFFIC_TYPES.includes(focus as TrafficType)) {
    throw new RequestError(t(messages, 'cli.badFocus', { value: shown(focus), allowed: TRAFFIC_TYPES.join(', ') }));
  }
  if (slots !== undefined && (slots === null || typeof slots !== 'object' || Array.isArray(slots))) {
    throw new RequestError(t(messages, 'cli.badRequest'));
  }
  const checked: PartialScenario = {};
  for (const [slot, slotValue] of Object.entries((slots ?? {}) as Record<string, unknown>)) {
    if (!SLOT_NAMES.includes(slot as SlotName)) {
      throw new RequestError(t(messages, 'cli.badSlot', { slot, allowed: SLOT_NAMES.join(', ') }));
    }
    const allowed = SLOT_VALUES[slot as SlotName] as readonly string[];
    if (typeof slotValue !== 'string' || !allowed.includes(slotValue)) {
      throw new RequestError(t(messages, 'cli.badSlotValue', { slot, value: shown(slotValue), allowed: allowed.join(', ') }));
    }
    (checked as Record<string, string>)[slot] = slotValue;
  }
  let observations: Observation[] | undefined;
  try {
    observations = observed === undefined ? undefined : parseObservedJson(observed, messages);
  } catch (error) {
    if (error instanceof ObservedError) throw new RequestError(error.message);
    throw error;
  }
  return { text, locale: isLocale(requested) ? requested : undefined, ...(slots !== undefined && { slots: checked }), ...(observations && { observed: observations }), ...(focus !== undefined && { focus: focus as TrafficType }) };
}

export function conflictText(c: Conflict, locale: Locale): string {
  return t(locale, 'cli.conflict', {
    slot: slotLabel(c.slot, locale),
    value: slotValueText(c.slot, c.value, locale),
    other: slotLabel(c.conflictsWith, locale),
    otherValue: slotValueText(c.conflictsWith, c.conflictingValue, locale),
  });
}

/** The intents that carry no call-flow slots. */
const NO_SLOTS: readonly Intent[] = ['help', 'cancel', 'back', 'switchLanguage', 'greeting', 'none'];

export function handleRequest(request: Request, recognizer: Recognizer, fallbackLocale: Locale = 'en'): Reply {
  const text = request.text?.trim() ?? '';
  const length = readableLength(text);
  if (length > MAX_TEXT_LENGTH) {
    // In the paste's own language, as its answer would have been, unless the request names one.
    throw new RequestError(t(request.locale ?? detectLocale(text), 'cli.tooLong', { length, limit: MAX_TEXT_LENGTH }));
  }
  // Slots, even none yet, or observations make a call-flow question; a line with neither and no text asks nothing.
  if (!text && request.slots === undefined && request.observed === undefined) {
    throw new RequestError(t(request.locale ?? fallbackLocale, 'cli.nothingAsked'));
  }
  const explicit = request.slots ?? {};
  const given = request.observed ?? [];
  const hasExplicit = Object.keys(explicit).length > 0 || given.length > 0;
  const recognition: Recognition = text
    ? recognizer.recognize(text, request.locale)
    : { locale: request.locale ?? fallbackLocale, intent: 'ask', slots: {}, confidence: 1 };
  // A text in a language not read (checked here, as the dialog does, not by every recognition): what could be read of
  // it, in the language asked for, else the command line's (a Japanese text is no Chinese one); with nothing read,
  // nothing is asked.
  const other = text !== '' && writtenInOtherLanguage(readableText(text));
  const unread = other && !hasExplicit && Object.keys(recognition.slots).length === 0;
  // Flags and JSON slots are a call-flow question whatever the text looks like.
  const intent: Intent = unread ? 'none' : hasExplicit && NO_SLOTS.includes(recognition.intent) ? 'ask' : recognition.intent;
  const locale = request.locale ?? (other ? fallbackLocale : recognition.locale);
  const base: Reply = {
    locale, intent, slots: {}, missing: [], answer: null, ...(intent === 'explain' && recognition.topic && { topic: recognition.topic }), ...(other && { otherLanguage: t(locale, unread ? 'dialog.otherLanguage' : 'cli.otherLanguageRead') }),
  };
  if (NO_SLOTS.includes(intent)) return base;
  // "What is principle 4?" is not a call-flow question: nothing is missing.
  if (intent === 'explain' && !hasExplicit && Object.keys(recognition.slots).length === 0) return base;

  // Flags win over what the text says. A question about one traffic type is answered once that traffic is known.
  const focus = request.focus ?? recognition.focus;
  const advice = advise({ ...recognition.slots, ...explicit }, focus);
  const explicitConflicts = advice.conflicts.filter((c) => c.slot in explicit && c.conflictsWith in explicit);
  if (explicitConflicts.length > 0) throw new RequestError(explicitConflicts.map((c) => conflictText(c, locale)).join(' '));
  const reply: Reply = {
    ...base,
    slots: advice.scenario,
    missing: advice.missing,
    answer: advice.resolution ? answerJson(advice.resolution, locale) : null,
  };
  if (reply.answer && advice.otherTraffic) reply.answer = focusedAnswer(reply.answer, advice.otherTraffic, locale);
  // Observations given outright replace what the text says of the same party's same traffic. In words not read, a
  // path seen cannot be told from one asked about: none is taken.
  const observations = replacingLegs(other ? [] : (recognition.observations ?? []), given);
  if (observations.length > 0) reply.triage = triageJson(triage({ ...recognition.slots, ...explicit }, observations), locale);
  if (focus) reply.focus = focus;
  if (recognition.perspective) reply.perspective = recognition.perspective;
  const conflicts = [...advice.conflicts, ...clashConflicts(recognition.clash, explicit)];
  if (conflicts.length > 0) reply.conflicts = conflicts.map((c) => conflictText(c, locale));
  return reply;
}

/**
 * What the text said that cannot hold with its deployment (Recognition.clash): each on-premises fact against it, the
 * deployment then asked. Not when flags give the deployment: the request settled it.
 */
function clashConflicts(clash: PartialScenario | undefined, explicit: PartialScenario): Conflict[] {
  if (clash?.deployment === undefined || explicit.deployment !== undefined) return [];
  const { deployment, ...onPremises } = clash;
  return Object.entries(onPremises).map(([slot, value]) => ({ slot: slot as SlotName, value: String(value), conflictsWith: 'deployment', conflictingValue: deployment }));
}
