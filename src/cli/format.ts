// The readable answer the command line prints without --json.
import { advise, allowedValues, type AskableSlot, type PartialScenario, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { answerView, explanationOf, routeLines, slotQuestion, slotValueText, type LegView } from '../present';
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

export function formatReply(reply: Reply): string {
  const { locale } = reply;
  if (reply.intent === 'explain' && reply.topic && !reply.answer) return explanationLines(reply.topic, locale).join('\n');
  if (reply.intent !== 'ask' && reply.intent !== 'explain' && !reply.answer) return t(locale, 'cli.outOfScope');
  const lines: string[] = [...(reply.conflicts ?? [])];
  const resolution = reply.answer ? advise(reply.slots, reply.focus as TrafficType | undefined).resolution : null;
  if (!resolution) {
    lines.push(...questionLines(reply.slots, reply.missing as AskableSlot[], locale));
    return lines.join('\n');
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
  return lines.join('\n');
}
