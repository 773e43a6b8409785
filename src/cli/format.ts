// The readable answer the command line prints without --json.
import { advise, allowedValues, type AskableSlot, type PartialScenario, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { answerView, explanationOf, routeLines, slotQuestion, slotValueText, type LegView, type TriageJson } from '../present';
import type { ExplainTopic } from '../nlu/types';
import type { Reply } from './request';

/** Each party's path word, then its routes in words (alternatives after "or", and what decides). */
function legLines(heading: string, legs: LegView[], locale: Locale): string[] {
  return [`${heading}:`, ...legs.flatMap((l) => [`  ${l.party}: ${l.pathText}`, ...routeLines(l, locale).map((line) => `    ${line}`)])];
}

function questionLines(slots: PartialScenario, missing: AskableSlot[], locale: Locale): string[] {
  return [
    t(locale, 'cli.needMore'),
    ...missing.map((slot) => {
      const options = allowedValues(slot, slots).map((v) => `${v} = ${slotValueText(slot, v, locale)}`);
      return `  - ${slotQuestion(slot, locale)}\n      ${options.join('\n      ')}`;
    }),
  ];
}

function explanationLines(topic: ExplainTopic, locale: Locale): string[] {
  const e = explanationOf(topic, locale);
  return [e.title, ...e.paragraphs, ...e.items.map((item) => `  ${item}`), e.footnote, e.url].filter((line) => line !== '');
}

/** The triage in words: what was observed, what differs, the explanations with their checks and links, or what is still needed. */
function triageLines(triage: TriageJson, slots: PartialScenario, locale: Locale): string[] {
  const section = (key: string, items: string[]) => (items.length > 0 ? [`  ${t(locale, `triage.cli.${key}`)}:`, ...items] : []);
  return [
    `${t(locale, 'triage.cli.heading')}: ${triage.summary}`,
    ...section('observedHeading', triage.observed.map((o) => `    - ${o.text}`)),
    ...section('differencesHeading', triage.differences.map((d) => `    - ${d.text}`)),
    ...section(
      'explanationsHeading',
      triage.explanations.flatMap((e, i) => [
        `    ${e.documented ? t(locale, 'triage.cli.documented', { n: i + 1, example: t(locale, `examples.${e.documented}`) }) : t(locale, 'triage.cli.explanation', { n: i + 1, changes: e.changesText.join(t(locale, 'triage.card.and')) })}`,
        ...e.routes.map((r) => `       ${r}`),
        ...e.checks.map((c) => `       - ${c}`),
        ...e.links.map((l) => `       ${t(locale, 'triage.cli.linksHeading')}: ${l.title} ${l.url}`),
      ]),
    ),
    ...(triage.missing.length > 0 ? ['  ' + questionLines(slots, triage.missing, locale).join('\n  ')] : []),
    ...section('consistentHeading', triage.consistent.map((c) => `    - ${c.text}`)),
    ...section('notesHeading', triage.notes.map((n) => `    - ${n}`)),
    ...section('ignoredHeading', triage.ignored.map((o) => `    - ${o.text}`)),
  ];
}

export function formatReply(reply: Reply): string {
  const { locale } = reply;
  // A text in a language not read: which languages are, before what could be read of it.
  const leading = reply.otherLanguage === undefined ? [] : [reply.otherLanguage];
  if (reply.intent === 'explain' && reply.topic && !reply.answer) return [...leading, ...explanationLines(reply.topic, locale)].join('\n');
  if (reply.intent !== 'ask' && reply.intent !== 'explain' && !reply.answer) return reply.otherLanguage ?? t(locale, 'cli.outOfScope');
  const lines: string[] = [...leading, ...(reply.conflicts ?? [])];
  const resolution = reply.answer ? advise(reply.slots, reply.focus as TrafficType | undefined).resolution : null;
  const triage = reply.triage ? ['', ...triageLines(reply.triage, reply.slots, locale)] : [];
  if (!resolution) {
    // A triage asks its own questions: only what separates its explanations.
    if (!reply.triage) lines.push(...questionLines(reply.slots, reply.missing as AskableSlot[], locale));
    return [...lines, ...triage].join('\n').trim();
  }
  const view = answerView(resolution, locale, { perspective: reply.perspective });
  lines.push(`${t(locale, 'cli.answerFor')}: ${view.facts.map((f) => f.value).join(' · ')}`);
  // An answer about one traffic type leaves out the other traffic when it is not known yet (its note says why).
  const unknown = reply.answer?.dependsOn?.traffic;
  if (unknown !== 'signaling') lines.push(...legLines(t(locale, 'answer.signaling'), view.signaling, locale));
  if (unknown !== 'media') lines.push(...legLines(t(locale, 'answer.media'), view.media, locale));
  if (reply.answer?.dependsOn) lines.push(reply.answer.notes[0]);
  lines.push(view.sourceText, `  ${view.sourceLink.url}`, view.principlesText);
  if (view.examples.length > 0) {
    lines.push(`${t(locale, 'answer.examplesHeading')}:`, ...view.examples.map((e) => `  - ${e.title} (${e.anchor})\n    ${e.url}`));
  }
  if (view.notes.length > 0) lines.push(`${t(locale, 'answer.notesHeading')}:`, ...view.notes.map((n) => `  - ${n}`));
  return [...lines, ...triage].join('\n');
}
