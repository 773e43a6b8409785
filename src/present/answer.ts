// Turns the engine's answer into localized, channel-neutral data: the JSON contract of the command line, and the
// view the cards, Slack and diagrams render. No channel code here.
import {
  clientZones,
  SLOT_VALUES,
  type AskableSlot,
  type Leg,
  type Note,
  type PartialScenario,
  type Perspective,
  type Resolution,
  type SlotName,
  type Source,
} from '../engine';
import { t, type Locale } from '../i18n';
import { exampleLink, sourceLink, type ExampleLink, type SourceLink } from './links';
import { legJson, legView, type LegJson, type LegView } from './routes';

/** How a list of words is joined in each language: 「、」 in Chinese. */
export const separator = (locale: Locale) => (locale === 'zh-TW' ? '、' : ', ');

/** The `answer` object of `callflow ask --json` (README, "JSON answers"). */
export interface AnswerJson {
  signaling: LegJson[];
  media: LegJson[];
  source: Source;
  /** Where the source is in the article, in the reader's language. */
  sourceLink: SourceLink;
  derived: boolean;
  examples: ExampleLink[];
  notes: string[];
}

export function noteText(note: Note, locale: Locale): string {
  if (note.id === 'rowNote') return t(locale, `tables.${note.table}.rows.${note.row}.note`);
  return t(locale, `notes.${note.id}`);
}

function principleList(principles: readonly number[], locale: Locale): string {
  return principles.join(separator(locale));
}

/** Says what an answer rests on, never presenting a derived answer as documented. */
export function sourceText(r: Pick<Resolution, 'source' | 'derived'>, locale: Locale): string {
  const { source } = r;
  switch (source.kind) {
    case 'table':
      return t(locale, r.derived ? 'source.tableDerived' : 'source.table', {
        table: t(locale, `tables.${source.table}.title`),
        row: source.row,
      });
    case 'example':
      return t(locale, 'source.example', { example: t(locale, `examples.${source.example}`) });
    case 'principles':
      return t(locale, 'source.principles', { principles: principleList(source.principles, locale) });
  }
}

export function principlesText(principles: readonly number[], locale: Locale): string {
  return t(locale, 'source.principlesApplied', { principles: principleList(principles, locale) });
}

export function slotLabel(slot: SlotName, locale: Locale): string {
  return t(locale, `slots.${slot}.label`);
}

export function slotValueText(slot: SlotName, value: string, locale: Locale): string {
  return t(locale, `slots.${slot}.values.${value}`);
}

export function slotQuestion(slot: AskableSlot, locale: Locale): string {
  return t(locale, `slots.${slot}.question`);
}

/** The known slots as label/value pairs, in the contract's order (whatever order the scenario's keys were set in). */
export function scenarioFacts(s: PartialScenario, locale: Locale): { slot: SlotName; title: string; value: string }[] {
  return (Object.keys(SLOT_VALUES) as SlotName[])
    .filter((slot) => s[slot] !== undefined)
    .map((slot) => ({ slot, title: slotLabel(slot, locale), value: slotValueText(slot, String(s[slot]), locale) }));
}

/** The slots the user gave: an answer never shows an assumed value as if the user had said it. */
export function knownScenario(r: Resolution): PartialScenario {
  const known: PartialScenario = { ...r.scenario };
  for (const slot of r.assumed) delete known[slot];
  return known;
}

/** Says which unknown slots cannot change the paths, and which case the details describe. */
export function assumedText(r: Resolution, locale: Locale): string | undefined {
  if (r.assumed.length === 0) return undefined;
  return t(locale, 'answer.assumed', {
    slots: r.assumed.map((slot) => slotLabel(slot, locale).toLowerCase()).join(separator(locale)),
    values: r.assumed.map((slot) => `${slotLabel(slot, locale)}: ${slotValueText(slot, String(r.scenario[slot]), locale)}`).join(separator(locale)),
  });
}

function notesOf(r: Resolution, locale: Locale): string[] {
  const assumed = assumedText(r, locale);
  return [...(assumed ? [assumed] : []), ...r.notes.map((n) => noteText(n, locale))];
}

export function answerJson(r: Resolution, locale: Locale): AnswerJson {
  const zones = clientZones(r.scenario);
  return {
    signaling: r.signaling.map((l) => legJson(l, zones, locale)),
    media: r.media.map((l) => legJson(l, zones, locale)),
    source: r.source,
    sourceLink: sourceLink(r, locale),
    derived: r.derived,
    examples: r.examples.map((id) => exampleLink(id, locale)),
    notes: notesOf(r, locale),
  };
}

export interface AnswerView {
  facts: { title: string; value: string }[];
  signaling: LegView[];
  media: LegView[];
  derived: boolean;
  badge: string;
  sourceText: string;
  sourceLink: SourceLink;
  principlesText: string;
  examples: ExampleLink[];
  notes: string[];
}

export interface ViewOptions {
  /** The party the question is about: its path leads each traffic type (broadcast attendees). */
  perspective?: Perspective;
}

/** The party asked about first, the others in the engine's order. */
function leading(legs: readonly Leg[], perspective: Perspective | undefined): Leg[] {
  const first = legs.filter((l) => l.party === perspective);
  return [...first, ...legs.filter((l) => l.party !== perspective)];
}

/** Everything a channel needs to show an answer, localized. */
export function answerView(r: Resolution, locale: Locale, options: ViewOptions = {}): AnswerView {
  const zones = clientZones(r.scenario);
  const views = (legs: readonly Leg[]) => leading(legs, options.perspective).map((l) => legView(l, zones, locale));
  return {
    facts: scenarioFacts(knownScenario(r), locale).map(({ title, value }) => ({ title, value })),
    signaling: views(r.signaling),
    media: views(r.media),
    derived: r.derived,
    badge: t(locale, r.derived ? 'answer.derivedBadge' : 'answer.documentedBadge'),
    sourceText: sourceText(r, locale),
    sourceLink: sourceLink(r, locale),
    principlesText: principlesText(r.principles, locale),
    examples: r.examples.map((id) => exampleLink(id, locale)),
    notes: notesOf(r, locale),
  };
}
