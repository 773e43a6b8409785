// Probe grids: sentences built from parts (a cartesian product of data tables, deterministic), each knowing what it
// states, scored over the whole space: how many read what they state (recall) and how many read something they do not
// state (wrong readings: a slot with another value or never stated, an answerable question out of a vague one).
import { writeFileSync } from 'fs';
import type { PartialScenario, SlotName } from '../../../src/engine/types';
import type { Locale, Recognition, Recognizer } from '../../../src/nlu';

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

/** Probes read as plain text in one locale, scored; GRID_REPORT=1 prints the name, the summary and every miss. */
export function scoreText(name: string, recognizer: Recognizer, probes: readonly Probe[], locale: Locale): GridScore {
  const s = score(probes, (probe) => ({ recognition: recognizer.recognize(probe.text, locale) }));
  if (process.env.GRID_REPORT) console.log(`${name}: ${summary(s)}\n${s.misses.map((m) => `${m.why}  ${m.text}`).join('\n')}`);
  return s;
}

// Per-slot scoring (the Chinese slot grids, test/nlu/grids/zh.ts; the English party grids, en-*.ts): sentences
// built from parts that each state some slots; each slot's recall, and every wrong reading (a slot read with another
// value, or read though not stated).

export interface GridItem {
  text: string;
  /** The slots the sentence states, among the grid's scored slots. */
  slots: PartialScenario;
  /** Which row and column of the grid the sentence comes from, to find what fails together. */
  tags?: readonly string[];
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

/** A slot read with another value than the item states (`said`), or read though not stated. */
export interface WrongReading {
  text: string;
  slot: SlotName;
  got: string;
  said?: string;
  tags: readonly string[];
}

export interface SlotGridScore {
  items: number;
  bySlot: Partial<Record<SlotName, SlotScore>>;
  recall: number;
  wrong: number;
  /** Every failure as one line, for the report and for debugging. */
  misses: string[];
  wrongs: string[];
  wrongReadings: WrongReading[];
  /** Per tag: items with every stated slot read right, of all items with that tag. */
  byTag: Map<string, { all: number; right: number }>;
}

/** Scores each item's scored slots as the recognizer reads its text (in `locale` when given, else detected). */
export function scoreSlots(recognizer: Recognizer, items: readonly GridItem[], scored: readonly SlotName[], locale?: Locale): SlotGridScore {
  const bySlot: Partial<Record<SlotName, SlotScore>> = {};
  const misses: string[] = [];
  const wrongReadings: WrongReading[] = [];
  const byTag = new Map<string, { all: number; right: number }>();
  let stated = 0;
  let recalled = 0;
  for (const item of items) {
    const read = recognizer.recognize(item.text, locale).slots as Record<string, string | undefined>;
    const want = item.slots as Record<string, string | undefined>;
    const tags = item.tags ?? [];
    let allRight = true;
    for (const slot of scored) {
      const score = (bySlot[slot] ??= { stated: 0, recalled: 0, misread: 0, invented: 0 });
      const got = read[slot];
      const said = want[slot];
      if (said !== undefined) {
        score.stated++;
        stated++;
        if (got === said) {
          score.recalled++;
          recalled++;
          continue;
        }
        allRight = false;
        if (got === undefined) misses.push(`${slot} (${said}): ${oneLine(item.text)}`);
        else score.misread++;
      } else if (got !== undefined) score.invented++;
      if (got !== undefined) wrongReadings.push({ text: item.text, slot, got, ...(said !== undefined && { said }), tags });
    }
    for (const tag of tags) {
      const entry = byTag.get(tag) ?? { all: 0, right: 0 };
      entry.all += 1;
      if (allRight) entry.right += 1;
      byTag.set(tag, entry);
    }
  }
  const wrongs = wrongReadings.map((w) => `${w.slot}=${w.got} (${w.said === undefined ? 'not said' : `said ${w.said}`}): ${oneLine(w.text)}`);
  return { items: items.length, bySlot, recall: stated ? recalled / stated : 1, wrong: wrongReadings.length, misses, wrongs, wrongReadings, byTag };
}

/** Recall of one slot, 0..1 (1 when the grid never states it). */
export function recallOf(score: SlotGridScore, slot: SlotName): number {
  const s = score.bySlot[slot];
  return s === undefined || s.stated === 0 ? 1 : s.recalled / s.stated;
}

/** The wrong readings of the items carrying a tag. */
export const wrongWith = (score: SlotGridScore, tag: string): WrongReading[] => score.wrongReadings.filter((w) => w.tags.includes(tag));

/** One line per slot, for the test's log and the report. */
export function describeSlotScore(name: string, score: SlotGridScore): string {
  const slots = Object.entries(score.bySlot)
    .filter(([, s]) => s.stated + s.misread + s.invented > 0)
    .map(([slot, s]) => `${slot} ${s.recalled}/${s.stated}${s.misread + s.invented ? ` wrong ${s.misread}+${s.invented}` : ''}`)
    .join('; ');
  return `${name}: ${score.items} items, recall ${(100 * score.recall).toFixed(1)}%, wrong ${score.wrong} (${slots})`;
}

/**
 * scoreSlots, and with GRID_REPORT=1 the name, the summary, every miss and every wrong reading printed; with
 * GRID_MISSES=/tmp/x every wrong reading and miss written to /tmp/x.<name>, for study.
 */
export function scoreSlotsReported(name: string, recognizer: Recognizer, items: readonly GridItem[], scored: readonly SlotName[], locale?: Locale): SlotGridScore {
  const s = scoreSlots(recognizer, items, scored, locale);
  if (process.env.GRID_REPORT) console.log([describeSlotScore(name, s), ...s.misses, ...s.wrongs].join('\n'));
  if (process.env.GRID_MISSES) writeFileSync(`${process.env.GRID_MISSES}.${name.replace(/\//g, '-')}`, [...s.wrongs.map((w) => `WRONG ${w}`), ...s.misses].join('\n') + '\n');
  return s;
}

/** A slot grid held by a recall floor and a ceiling of wrong readings, as the per-slot grid tests hold theirs. */
export interface HeldGrid {
  /** Its name in the test's title, the report and the GRID_MISSES file. */
  name: string;
  build: () => readonly GridItem[];
  /** Recall of all the stated slots, at least (absent: held by slotFloors alone). */
  floor?: number;
  /** Recall of single slots, at least ({ location: 0.72 }). */
  slotFloors?: Partial<Record<SlotName, number>>;
  /** How many items the material makes, where the test checks that it covers all of it. */
  size?: number;
  /** Wrong readings at most, where some are still left (named in the test, to go to 0); absent: none at all. */
  ceiling?: number;
}

/** One describe per grid (`title` with %s for its name): its size, its floors, and its wrong readings under the ceiling. */
export function describeHeldGrids(title: string, recognizer: Recognizer, grids: readonly HeldGrid[], scored: readonly SlotName[], locale?: Locale): void {
  describe.each(grids.map((grid) => [grid.name, grid] as const))(title, (name, grid) => {
    const items = grid.build();
    const score = scoreSlotsReported(name, recognizer, items, scored, locale);

    if (grid.size !== undefined) {
      it('covers the material', () => {
        expect(items.length).toBe(grid.size);
      });
    }

    const floors = Object.entries(grid.slotFloors ?? {}).map(([slot, floor]) => `${slot} ${(100 * floor).toFixed(0)}%`);
    it(grid.floor === undefined ? `reads at least ${floors.join(', ')}` : `reads at least ${(100 * grid.floor).toFixed(0)}% of the stated slots`, () => {
      console.log(describeSlotScore(name, score));
      expect(score.recall).toBeGreaterThanOrEqual(grid.floor ?? 0);
      for (const [slot, floor] of Object.entries(grid.slotFloors ?? {})) expect(recallOf(score, slot as SlotName)).toBeGreaterThanOrEqual(floor);
    });

    const { ceiling } = grid;
    if (ceiling === undefined) {
      it('reads no slot wrong', () => {
        expect(score.wrongs.slice(0, 20)).toEqual([]);
      });
    } else {
      it(`reads at most ${ceiling} slots wrong`, () => {
        expect(score.wrong).toBeLessThanOrEqual(ceiling);
      });
    }
  });
}

const oneLine = (text: string): string => text.replace(/\n/g, ' / ');
