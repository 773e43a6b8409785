// Whom a message's place or homing is said of, when the dialog needs to know more than the message itself: only the
// writer ("I'm at home", "my account is on-prem", 「我的帳號在地端」), or only a pronoun for someone it does not name
// ("what if she's at home?", 「那如果他在家呢？」), or only someone by name ("what if Pieter was at home?"). Alone, each makes the user; in a conversation, the writer
// answering a question about someone else still speaks of themselves, and a pronoun or a name may stand for either
// person of a call.
import type { PartialScenario } from '../engine/types';
import type { Item } from './analyzer';
import { surfaceOf } from './items';
import { WRITER_WORDS } from './parties';
import type { Subject } from './types';

/** The slots a person's place or homing fills when the text gives them to nobody else. */
const PERSON_SLOTS = ['location', 'homing'] as const;
/** The writer, in either language ("I", "me", 「我」, 「本人」). */
const WRITER: ReadonlySet<string> = new Set([...WRITER_WORDS, '我', '本人']);
/** The writer's possessives, read as fillers ("my account", 「我的帳號」). */
const WRITERS: ReadonlySet<string> = new Set(['my', 'mine', '我的']);
/** Pronouns' possessives, read as fillers ("her account", 「他的帳號」). */
const THEIRS: ReadonlySet<string> = new Set(['his', 'her', 'their', '他的', '她的', '他們的', '她們的']);
/** Words for an account, read as someone (party words): whose it is says whom it is about. */
const ACCOUNT: ReadonlySet<string> = new Set(['account', 'accounts', 'login', '帳號', '帳戶', '账号']);

/** 「我人在飯店」: 人 after 我 is the writer in person, nobody else. */
function selfAsPerson(items: readonly Item[], index: number): boolean {
  const before = items[index - 1];
  return surfaceOf(items[index]) === '人' && before?.kind === 'mention' && WRITER.has(before.surface);
}

/** Who the text's place or homing is said of, when that is only the writer or only pronouns; undefined otherwise. */
export function subjectOf(items: readonly Item[], slots: PartialScenario): Subject | undefined {
  if (!PERSON_SLOTS.some((slot) => slots[slot] !== undefined)) return undefined;
  const found = new Set<Subject>();
  for (const [index, item] of items.entries()) {
    if (item.kind === 'word' && item.name === true) found.add('someone');
    if (item.kind !== 'mention') continue;
    if (item.concept.kind === 'filler' && WRITERS.has(item.surface)) found.add('writer');
    if (item.concept.kind === 'filler' && THEIRS.has(item.surface)) found.add('pronoun');
    if (item.concept.kind !== 'party' || ACCOUNT.has(item.surface) || selfAsPerson(items, index)) continue;
    if (item.concept.role === 'pronoun') found.add('pronoun');
    else if (item.concept.role === 'user' && WRITER.has(item.surface)) found.add('writer');
    else return undefined;
  }
  return found.size === 1 ? [...found][0] : undefined;
}
