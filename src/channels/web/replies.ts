// The replies to the page's recent messages, by message id. The page sends a message again when the network failed
// before the answer came back; if the first one did reach the advisor, the same replies are returned and no second
// turn runs (a "back" or a what-if applied twice would be a wrong answer). Two copies in flight at once share the
// one turn. Bounded, least recently used first out: a repeat comes within seconds, not after thousands of turns.
import { LruMap } from '../../memo';
import type { PageActivity } from './conversations';

/** Far more messages than arrive between a failure and its repeat, few enough to stay small (cards are shared). */
export const REMEMBERED_MESSAGES = 2000;

export class RecentReplies {
  private readonly replies: LruMap<string, Promise<PageActivity[]>>;

  constructor(limit = REMEMBERED_MESSAGES) {
    this.replies = new LruMap(limit);
  }

  /** The replies to message `messageId` of a conversation: `turn` runs only for a message not answered before. */
  once(conversationId: string, messageId: string, turn: () => Promise<PageActivity[]>): Promise<PageActivity[]> {
    const key = `${conversationId}/${messageId}`;
    const known = this.replies.get(key);
    if (known) return known;
    const replies = turn();
    this.replies.set(key, replies);
    // A turn that failed did not happen: sending the message again runs it.
    replies.catch(() => {
      if (this.replies.has(key) && this.replies.get(key) === replies) this.replies.delete(key);
    });
    return replies;
  }

  get size(): number {
    return this.replies.size;
  }
}
