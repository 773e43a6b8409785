// Where the recognizer reads more than intent and slots out of a text: each extractor fills one optional field of
// a Recognition, for the intents it names, from the analysis every extractor shares. To add one (an observed path
// for helpdesk triage, "people watching the broadcast" for the answer's perspective, ...):
//   1. add the optional field to Recognition (types.ts), with its doc comment;
//   2. add its words to locales/vocabulary/ as concepts (concepts.ts parses their ids; a phrase is data, not code);
//   3. write `extract(analysis)`: a pure function of the analysis, undefined when the text says nothing of it;
//   4. list it in EXTRACTORS. It runs after the intent is decided; slots and intent never depend on it.
import type { PartialScenario } from '../engine/types';
import type { Item } from './analyzer';
import { askedPartyOf } from './askedParty';
import { perspectiveOf } from './perspective';
import type { People } from './people';
import { subjectOf } from './subject';
import { focusOf } from './slots';
import type { Intent, Locale, Recognition } from './types';

/** What every extractor reads: the analyzed text, once. */
export interface TextAnalysis {
  /** The text as the user wrote it. */
  text: string;
  locale: Locale;
  intent: Intent;
  /** Words and vocabulary mentions in order, with sentence and clause breaks (see analyzer.ts). */
  items: readonly Item[];
  /** Indexes of the mentions a negation denies ("not on the VPN", "訊號沒有走 ER"). */
  negated: ReadonlySet<number>;
  /** The slots the text states (an extractor may read them; they never depend on it). */
  slots: PartialScenario;
  /** Who is who in `items` (people.ts), read when first asked for: the slot reader's reading when it read these items. */
  people: () => People;
}

/** The fields extractors may fill: every optional field of a recognition beyond its intent, slots and topic. */
export type ExtractedField = Exclude<keyof Recognition, 'locale' | 'intent' | 'slots' | 'confidence' | 'topic'>;

export interface Extractor<F extends ExtractedField = ExtractedField> {
  field: F;
  /** The intents whose recognitions carry the field. */
  intents: readonly Intent[];
  extract(analysis: TextAnalysis): Recognition[F] | undefined;
}

/** "where does the media go?": the traffic type a question is only about. */
const focus: Extractor<'focus'> = {
  field: 'focus',
  intents: ['ask'],
  extract: ({ items, negated }) => focusOf(items, negated),
};

/** "switch to English": the language asked for. */
const targetLocale: Extractor<'targetLocale'> = {
  field: 'targetLocale',
  intents: ['switchLanguage'],
  extract: ({ items }) => {
    for (const item of items) if (item.kind === 'mention' && item.concept.kind === 'lang') return item.concept.locale;
    return undefined;
  },
};

/** "what path does the stream take to the viewers?": the broadcast's attendees, not the user, are asked about. */
const perspective: Extractor<'perspective'> = {
  field: 'perspective',
  intents: ['ask'],
  extract: ({ text, slots }) => perspectiveOf(text, slots),
};

/** "what if she's at home?", "my account is on-prem": whom a place or homing is said of, for the dialog. */
const subject: Extractor<'subject'> = {
  field: 'subject',
  intents: ['ask'],
  extract: ({ items, slots }) => subjectOf(items, slots),
};

/** "where does her signaling go?" in a call between two people: the user's paths alone are asked about. */
const askedParty: Extractor<'askedParty'> = {
  field: 'askedParty',
  intents: ['ask'],
  extract: ({ items, slots, people }) => askedPartyOf(items, slots, people),
};

export const EXTRACTORS: readonly Extractor[] = [focus, targetLocale, perspective, subject, askedParty];

/** Every extractor's field that applies to the recognized intent and that the text says something of. */
export function extracted(analysis: TextAnalysis): Partial<Recognition> {
  const fields: Partial<Record<ExtractedField, unknown>> = {};
  for (const extractor of EXTRACTORS) {
    if (!extractor.intents.includes(analysis.intent)) continue;
    const value = extractor.extract(analysis);
    if (value !== undefined) fields[extractor.field] = value;
  }
  return fields as Partial<Recognition>;
}
