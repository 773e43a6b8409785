// One junk input for a conversation: a text message, a card submission or an odd activity shape, in the
// conversation's language (the generators mix in the other one too).
import { submitsOf } from '../dialogs/cardReading';
import { junkActivity, type Json } from './activities';
import type { FuzzConversation } from './driver';
import type { Random } from './random';
import { junkText } from './texts';
import { junkValue } from './values';

export type Category = 'text' | 'value' | 'shape';

export interface JunkInput {
  category: Category;
  kind: string;
  activity: Json;
  /** Whether the Bot Framework endpoint must refuse it (fields of the wrong type). */
  mustBeRefused: boolean;
}

export function junkInput(random: Random, conversation: FuzzConversation): JunkInput {
  const { addressing, current } = conversation;
  const message = { ...addressing, type: 'message', locale: random.pick([current, current === 'en' ? 'en-US' : 'zh-TW']) };
  const category = random.weighted<Category>([
    [45, 'text'],
    [35, 'value'],
    [20, 'shape'],
  ]);
  switch (category) {
    case 'text': {
      const { kind, text } = junkText(random, current);
      return { category, kind, activity: { ...message, text }, mustBeRefused: false };
    }
    case 'value': {
      const buttons = conversation.lastCard ? submitsOf(conversation.lastCard.card) : [];
      const { kind, value } = junkValue(random, buttons);
      // Sometimes with text beside the value, as a messageBack or a client that sends both.
      const text = random.chance(0.2) ? junkText(random, current).text : undefined;
      return { category, kind, activity: { ...message, value, ...(text === undefined ? {} : { text }) }, mustBeRefused: false };
    }
    case 'shape': {
      const { kind, activity } = junkActivity(random, addressing, message.locale);
      return { category, kind, activity, mustBeRefused: kind === 'wrongFieldTypes' };
    }
  }
}

/** A failure's account of the input, short enough to read and exact enough to rebuild by hand. */
export function describeInput(input: JunkInput): string {
  const addressing = new Set(['channelId', 'serviceUrl', 'conversation', 'from', 'recipient']);
  const json = JSON.stringify(Object.fromEntries(Object.entries(input.activity).filter(([key]) => !addressing.has(key))));
  return `${input.category}/${input.kind} ${json.length > 300 ? `${json.slice(0, 300)}… (${json.length} chars)` : json}`;
}
