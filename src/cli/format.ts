// The readable answer the command line prints without --json.
import { allowedValues, resolve, type AskableSlot, type PartialScenario } from '../engine';
import { t, type Locale } from '../i18n';
import { answerView, routeLines, slotQuestion, slotValueText, type LegView } from '../present';
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

export function formatReply(reply: Reply): string {
  const { locale } = reply;
  if (reply.intent !== 'ask' && reply.intent !== 'explain' && !reply.answer) return t(locale, 'cli.outOfScope');
  const lines: string[] = [...(reply.conflicts ?? [])];
  const resolution = reply.answer ? resolve(reply.slots) : null;
  if (!resolution) {
    lines.push(...questionLines(reply.slots, reply.missing as AskableSlot[], locale));
    return lines.join('\n');
  }
  const view = answerView(resolution, locale, { perspective: reply.perspective });
  lines.push(`${t(locale, 'cli.answerFor')}: ${view.facts.map((f) => f.value).join(' · ')}`);
  lines.push(...legLines(t(locale, 'answer.signaling'), view.signaling, locale));
  lines.push(...legLines(t(locale, 'answer.media'), view.media, locale));
  lines.push(view.sourceText, `  ${view.sourceLink.url}`, view.principlesText);
  if (view.examples.length > 0) {
    lines.push(`${t(locale, 'answer.examplesHeading')}:`, ...view.examples.map((e) => `  - ${e.title} (${e.anchor})\n    ${e.url}`));
  }
  if (view.notes.length > 0) lines.push(`${t(locale, 'answer.notesHeading')}:`, ...view.notes.map((n) => `  - ${n}`));
  return lines.join('\n');
}
