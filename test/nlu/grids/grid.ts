// Probe grids: sentences built from parts (a cartesian product of data tables, deterministic), each knowing what it
// states, scored over the whole space: how many read what they state (recall) and how many read something they do not
// state (wrong readings: a slot with another value or never stated, an answerable question out of a vague one).
import type { PartialScenario, SlotName } from '../../../src/engine/types';
import type { Recognition, Recognizer } from '../../../src/nlu';

/** Every combination of the tables' rows, in order: product([[a, b], [c]]) is [[a, c], [b, c]]. */
export function product<T>(tables: readonly (readonly T[])[]): T[][] {
  return tables.reduce<T[][]>((rows, table) => rows.flatMap((row) => table.map((cell) => [...row, cell])), [[]]);
}

/** One generated probe: its text and what a right reading is. */
export interface Probe {
  text: string;
  /** The slots the text states, exactly: any other slot or value is a wrong reading (absent: slots not scored). */
  slots?: PartialScenario;
  /** Slots a right reading may read or leave out (the caller's place on a call someone receives). */
  optional?: readonly SlotName[];
  /**
   * For probes that score it: the one traffic type the question asks about, or 'none' (a symptom of the video is no
   * question about media alone). Reading another is a wrong reading: it gives a focused answer to a vague question.
   */
  focus?: 'signaling' | 'media' | 'none';
  /** The intents a right reading may have. */
  intents: readonly Recognition['intent'][];
  /** For explain probes: the topic ids (topics.ts topicId) a right reading may have. */
  topics?: readonly string[];
}

export interface GridScore {
  size: number;
  /** Probes read right: an allowed intent (and topic), every stated slot and nothing else. */
  right: number;
  /** Probes with a slot read that the text does not state, or with another value. */
  wrong: number;
  misses: { text: string; why: string }[];
}

export function score(probes: readonly Probe[], read: (probe: Probe) => { recognition: Recognition; topic?: string }): GridScore {
  const result: GridScore = { size: probes.length, right: 0, wrong: 0, misses: [] };
  for (const probe of probes) {
    const { recognition, topic } = read(probe);
    const got = recognition.slots as Record<string, string>;
    const stated = probe.slots as Record<string, string> | undefined;
    const extra = stated ? Object.entries(got).filter(([slot, value]) => stated[slot] !== value && !probe.optional?.includes(slot as SlotName)) : [];
    const missing = stated ? Object.entries(stated).filter(([slot, value]) => got[slot] !== value) : [];
    const intentOk = probe.intents.includes(recognition.intent);
    const topicOk = probe.topics === undefined || (topic !== undefined && probe.topics.includes(topic));
    // Only a question gets an answer, and so a focus.
    const focusOk = probe.focus === undefined || recognition.intent !== 'ask' || (recognition.focus ?? 'none') === probe.focus;
    if (!focusOk) extra.push(['focus', recognition.focus ?? 'none']);
    if (extra.length > 0) result.wrong += 1;
    if (extra.length === 0 && missing.length === 0 && intentOk && topicOk) result.right += 1;
    else {
      const why = [
        intentOk ? '' : `intent ${recognition.intent}`,
        topicOk ? '' : `topic ${topic}`,
        extra.length ? `WRONG ${JSON.stringify(Object.fromEntries(extra))}` : '',
        missing.length ? `missed ${missing.map(([slot]) => slot).join(',')}` : '',
      ].filter(Boolean);
      result.misses.push({ text: probe.text, why: why.join('; ') });
    }
  }
  return result;
}

/** "right/size (pct), wrong n": the figure commit messages and the report quote. */
export const summary = (s: GridScore): string => `${s.right}/${s.size} (${((100 * s.right) / s.size).toFixed(1)}%), wrong ${s.wrong}`;

// Per-slot scoring (the Chinese slot grids, test/nlu/grids/zh.ts): sentences filled from parts that each state some
// slots; each slot's recall, and every wrong reading (a slot read with another value, or read though not stated).

export interface GridItem {
  text: string;
  /** The slots the sentence states, among the grid's scored slots. */
  slots: PartialScenario;
}

/** A part of a sentence: its words and the slots they state. */
export interface Part {
  text: string;
  slots?: PartialScenario;
}

export const part = (text: string, slots: PartialScenario = {}): Part => ({ text, slots });

/** Fills a template's `{0}`, `{1}`... with the parts' words; the item states every part's slots. */
export function fill(template: string, parts: readonly Part[], extra: PartialScenario = {}): GridItem {
  const text = template.replace(/\{(\d)\}/g, (_, index: string) => parts[Number(index)].text);
  const slots = Object.assign({}, ...parts.map((p) => p.slots ?? {}), extra) as PartialScenario;
  return { text, slots };
}

export interface SlotScore {
  stated: number;
  recalled: number;
  /** Read with another value than stated. */
  misread: number;
  /** Read although not stated. */
  invented: number;
}

export interface SlotGridScore {
  items: number;
  bySlot: Partial<Record<SlotName, SlotScore>>;
  recall: number;
  wrong: number;
  /** Up to a few examples per kind of failure, for the report and for debugging. */
  misses: string[];
  wrongs: string[];
}

export function scoreSlots(recognizer: Recognizer, items: readonly GridItem[], scored: readonly SlotName[]): SlotGridScore {
  const bySlot: Partial<Record<SlotName, SlotScore>> = {};
  const misses: string[] = [];
  const wrongs: string[] = [];
  let stated = 0;
  let recalled = 0;
  let wrong = 0;
  for (const item of items) {
    const read = recognizer.recognize(item.text).slots as Record<string, string | undefined>;
    const want = item.slots as Record<string, string | undefined>;
    for (const slot of scored) {
      const score = (bySlot[slot] ??= { stated: 0, recalled: 0, misread: 0, invented: 0 });
      if (want[slot] !== undefined) {
        score.stated++;
        stated++;
        if (read[slot] === want[slot]) {
          score.recalled++;
          recalled++;
        } else if (read[slot] !== undefined) {
          score.misread++;
          wrong++;
          wrongs.push(`${slot}=${read[slot]} (said ${want[slot]}): ${oneLine(item.text)}`);
        } else misses.push(`${slot} (${want[slot]}): ${oneLine(item.text)}`);
      } else if (read[slot] !== undefined) {
        score.invented++;
        wrong++;
        wrongs.push(`${slot}=${read[slot]} (not said): ${oneLine(item.text)}`);
      }
    }
  }
  return { items: items.length, bySlot, recall: stated ? recalled / stated : 1, wrong, misses, wrongs };
}

/** One line per slot, for the test's log and the report. */
export function describeSlotScore(name: string, score: SlotGridScore): string {
  const slots = Object.entries(score.bySlot)
    .filter(([, s]) => s.stated + s.misread + s.invented > 0)
    .map(([slot, s]) => `${slot} ${s.recalled}/${s.stated}${s.misread + s.invented ? ` wrong ${s.misread}+${s.invented}` : ''}`)
    .join('; ');
  return `${name}: ${score.items} items, recall ${(100 * score.recall).toFixed(1)}%, wrong ${score.wrong} (${slots})`;
}

const oneLine = (text: string): string => text.replace(/\n/g, ' / ');
