// Turns the engine's answer into localized, channel-neutral data: the JSON contract of the command line, and the
// view the cards, Slack and diagrams render. No channel code here.
import {
  ARTICLE_LOCALES,
  ARTICLE_PATH,
  exampleById,
  type AskableSlot,
  type ExampleId,
  type Leg,
  type Note,
  type PartialScenario,
  type PathKind,
  type Resolution,
  type SlotName,
  type Source,
} from '../engine';
import { t, type Locale } from '../i18n';

export interface ExampleLink {
  id: ExampleId;
  /** The article's own anchor (data; two are used twice in the article). */
  anchor: string;
  title: string;
  /** Opens the article in the reader's language at the example (heading anchor where the short one is a duplicate). */
  url: string;
}

export interface LegJson {
  party: string;
  path: PathKind;
  via?: string;
}

/** The `answer` object of `callflow ask --json`. */
export interface AnswerJson {
  signaling: LegJson[];
  media: LegJson[];
  source: Source;
  derived: boolean;
  examples: ExampleLink[];
  notes: string[];
}

export function articleUrl(locale: Locale, anchor?: string): string {
  const base = `https://learn.microsoft.com/${ARTICLE_LOCALES[locale]}/${ARTICLE_PATH}`;
  return anchor ? `${base}#${anchor}` : base;
}

export function exampleLink(id: ExampleId, locale: Locale): ExampleLink {
  const example = exampleById(id);
  const linkAnchor = example.linkable ? example.anchor : example.headingAnchor;
  return { id, anchor: example.anchor, title: t(locale, `examples.${id}`), url: articleUrl(locale, linkAnchor) };
}

export function noteText(note: Note, locale: Locale): string {
  if (note.id === 'rowNote') return t(locale, `tables.${note.table}.rows.${note.row}.note`);
  return t(locale, `notes.${note.id}`);
}

function principleList(principles: readonly number[], locale: Locale): string {
  return principles.join(locale === 'zh-TW' ? '、' : ', ');
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

/** The known slots as label/value pairs, in the contract's order. */
export function scenarioFacts(s: PartialScenario, locale: Locale): { slot: SlotName; title: string; value: string }[] {
  return (Object.keys(s) as SlotName[])
    .filter((slot) => s[slot] !== undefined)
    .map((slot) => ({ slot, title: slotLabel(slot, locale), value: slotValueText(slot, String(s[slot]), locale) }));
}

function legJson(leg: Leg, locale: Locale): LegJson {
  const json: LegJson = { party: t(locale, `parties.${leg.party}`), path: leg.path };
  if (leg.via) json.via = leg.via;
  return json;
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
  const separator = locale === 'zh-TW' ? '、' : ', ';
  return t(locale, 'answer.assumed', {
    slots: r.assumed.map((slot) => slotLabel(slot, locale).toLowerCase()).join(separator),
    values: r.assumed.map((slot) => `${slotLabel(slot, locale)}: ${slotValueText(slot, String(r.scenario[slot]), locale)}`).join(separator),
  });
}

function notesOf(r: Resolution, locale: Locale): string[] {
  const assumed = assumedText(r, locale);
  return [...(assumed ? [assumed] : []), ...r.notes.map((n) => noteText(n, locale))];
}

export function answerJson(r: Resolution, locale: Locale): AnswerJson {
  return {
    signaling: r.signaling.map((l) => legJson(l, locale)),
    media: r.media.map((l) => legJson(l, locale)),
    source: r.source,
    derived: r.derived,
    examples: r.examples.map((id) => exampleLink(id, locale)),
    notes: notesOf(r, locale),
  };
}

/** One leg as a sentence part: "ExpressRoute, via Online Edge Server, to the Online conferencing server". */
export interface LegView {
  party: string;
  path: PathKind;
  pathText: string;
  detail: string;
}

export interface AnswerView {
  facts: { title: string; value: string }[];
  signaling: LegView[];
  media: LegView[];
  derived: boolean;
  badge: string;
  sourceText: string;
  principlesText: string;
  examples: ExampleLink[];
  notes: string[];
}

function legView(leg: Leg, locale: Locale): LegView {
  const parts = [t(locale, 'answer.to', { target: t(locale, `targets.${leg.to}`) })];
  if (leg.via) parts.unshift(t(locale, 'answer.via', { relay: t(locale, `relays.${leg.via}`) }));
  return {
    party: t(locale, `parties.${leg.party}`),
    path: leg.path,
    pathText: t(locale, `paths.${leg.path}`),
    detail: parts.join(locale === 'zh-TW' ? '，' : ', '),
  };
}

/** Everything a channel needs to show an answer, localized. */
export function answerView(r: Resolution, locale: Locale): AnswerView {
  return {
    facts: scenarioFacts(knownScenario(r), locale).map(({ title, value }) => ({ title, value })),
    signaling: r.signaling.map((l) => legView(l, locale)),
    media: r.media.map((l) => legView(l, locale)),
    derived: r.derived,
    badge: t(locale, r.derived ? 'answer.derivedBadge' : 'answer.documentedBadge'),
    sourceText: sourceText(r, locale),
    principlesText: principlesText(r.principles, locale),
    examples: r.examples.map((id) => exampleLink(id, locale)),
    notes: notesOf(r, locale),
  };
}
