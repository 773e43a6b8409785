// "I'm still on-prem (they haven't migrated me yet)", "they moved us to Online last week": "they" who move someone's
// account are whoever runs the migration (IT), nobody in the call. Read as a person, the homing went to them and "both
// of us in the office" later had three people to choose from (the other party's place was asked back). English only.
import type { Item } from './analyzer';
import { isFiller, kindOf, nextIndex, surfaceOf } from './items';

/** Who does the moving: a pronoun with no one named ("they"); a named team ("IT") is no person already. */
const MOVERS: ReadonlySet<string> = new Set(['they']);
/** Words of moving an account, as stemmed keys or in a homing's phrase ("migrated", "not migrated", "moved to online"). */
const MOVING = /^(?:not )?(?:migrat|move)/;
/** Whom the moving is done to: the writer or the writer's side. */
const MOVED: ReadonlySet<string> = new Set(['me', 'us']);

/** The items without each "they" that moves the writer's account (the rules read pronouns by their words too). */
export function withoutMovers(items: Item[]): Item[] {
  return items.filter((item, index) => {
    if (item.kind !== 'mention' || kindOf(item) !== 'party' || !MOVERS.has(item.surface)) return true;
    const verb = nextIndex(items, index, isFiller);
    return !(MOVING.test(surfaceOf(items[verb]) ?? '') && MOVED.has(surfaceOf(items[verb + 1]) ?? ''));
  });
}
