// "Online，我在辦公室" asked who organized the conference: the bare first clause answers the question on screen, and
// the rest is the writer's own. Read whole, the writer speaking of themselves ("我") made "Online" their homing, and
// the organizer was asked again (the blind judge of convs7, c7-13). Only a clause that names no one and reads as one
// value the question offers, the same value the whole message read, and only before a clause that speaks of someone:
// after one, a bare clause goes on about them (「我在排班室，公司內網」 asked where the colleague is: the network is where
// the writer's room is, not the colleague).
import type { PartialScenario, SlotName } from '../src/engine';
import type { Recognizer } from '../src/nlu/types';
import type { PendingQuestion } from './interpret';

const CLAUSE = /[,，、;；。.\n]+/;
/** A clause that speaks of someone: its facts are theirs, not a bare answer. */
const SOMEONE = /\b(?:i|i'm|i’m|im|me|my|we|our|us|he|she|his|her|they|their|user|party)\b|我|你|您|他|她|使用者|對方/i;

export function answerClause(text: string, slots: PartialScenario, pending: PendingQuestion, recognizer: Recognizer): PartialScenario | undefined {
  if (slots[pending.slot] !== undefined) return undefined;
  for (const clause of text.split(CLAUSE)) {
    if (SOMEONE.test(clause)) return undefined;
    if (clause.trim() === '') continue;
    // "on-prem" implies a Hybrid deployment beside its homing: the homing is the value said.
    const read = (Object.entries(recognizer.recognize(clause).slots) as [SlotName, string][]).filter(([slot], _i, all) => slot !== 'deployment' || all.length === 1);
    if (read.length !== 1) continue;
    const [[slot, value]] = read;
    if (!pending.values.includes(value) || slots[slot] !== value) continue;
    const { [slot]: _answered, ...rest } = slots;
    return { ...rest, [pending.slot]: value };
  }
  return undefined;
}
