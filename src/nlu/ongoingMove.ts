// A move of the organization's people under way: "we were on Lync on-prem forever and started moving people to Skype
// Online", "we're migrating users to Online in batches", 「我們一直都是地端 Lync，今年春天開始把人陸續搬到 Skype
// Online」. Where the organization was, and where the people go, then says the deployment is split (Hybrid), not where
// the writer or anyone in the call is homed: some are moved already, some not, and the question says neither.
import type { Item } from './analyzer';
import { clauseStart, endsClause, sentenceStart, sentenceEnd, isNameWord, kindOf, surfaceOf } from './items';

/** Words of moving accounts (English keys: "moving" is "move", "migrating" "migrat"; Chinese run together). */
const MOVING = /move|migrat|搬|遷移|迁移|轉移|移到|移轉/;
/**
 * Words that say the move is under way, not done nor planned ("started", "gradually", "in the middle of", "開始", "陸續");
 * not a wave or a batch, which a move done names too ("moved to Online in the last wave").
 */
const UNDER_WAY = /start|begin|began|gradual|progress|ongo|middl|開始|开始|陸續|陆续|逐步|分批|慢慢|正在|一批一批/;
/** Words of a move ahead ("next year", "we plan to"): not under way yet. */
const AHEAD = /next|plan|will|tomorrow|明年|下個月|下个月|下週|打算|預計|预计|將|将/;

/** A group word that may be moved ("people", "users", "人", "大家"), as keys; not one that may be one person ("my user", "使用者"). */
const GROUP = /^(?:people|users|folks|staff|employees|accounts|人|大家)$/;

/**
 * Whether the homing at `index` is said of the organization (its clause names "we", a group, or nobody: no one
 * person) in a sentence that tells a move of people under way.
 */
export function ongoingMove(items: readonly Item[], index: number): boolean {
  const sentence = items.slice(sentenceStart(items, index), sentenceEnd(items, index)).map((item) => surfaceOf(item) ?? '').join('');
  if (!MOVING.test(sentence) || !UNDER_WAY.test(sentence) || AHEAD.test(sentence)) return false;
  for (let k = clauseStart(items, index); k < items.length && (k <= index || !endsClause(items[k])); k++) {
    const item = items[k];
    // "Dr. Osei is still on the old server (migration in progress)": a person named keeps theirs.
    if (isNameWord(item)) return false;
    if (kindOf(item) !== 'party' || item.kind !== 'mention' || item.concept.kind !== 'party') continue;
    if (item.concept.role !== 'all' && !GROUP.test(item.surface)) return false;
  }
  return true;
}
