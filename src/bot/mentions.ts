// The bot's own @mention taken out of a message's text: in Teams channels the text reads "<at>Advisor</at> help",
// and the recognizer must read only "help". botbuilder's TurnContext.removeRecipientMention throws on what a
// channel may well send: a card submission carrying a mention entity but no text, or an entity without a type.
import type { Activity, Mention } from 'botbuilder';

function mentionedText(entity: unknown, botId: string): string | undefined {
  if (typeof entity !== 'object' || entity === null) return undefined;
  const { type, mentioned, text } = entity as Partial<Mention> & { type?: unknown };
  const isMention = typeof type === 'string' && type.toLowerCase() === 'mention';
  return isMention && mentioned?.id === botId && typeof text === 'string' && text !== '' ? text : undefined;
}

/** Removes every mention of the bot (the activity's recipient) from the activity's text, in place. */
export function removeBotMention(activity: Activity): void {
  const botId = activity.recipient?.id;
  if (typeof activity.text !== 'string' || !botId || !Array.isArray(activity.entities)) return;
  const mentions = activity.entities.map((entity) => mentionedText(entity, botId)).filter((text) => text !== undefined);
  if (mentions.length === 0) return;
  activity.text = mentions.reduce((text, mention) => text.split(mention).join(''), activity.text).trim();
}
