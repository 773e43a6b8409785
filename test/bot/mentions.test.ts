// The bot's @mention taken out of the text before the recognizer reads it, and nothing thrown by what a channel
// may send: a card submission with a mention entity and no text, entities without a type (botbuilder's own
// removeRecipientMention throws on both; the fuzz test found it).
import { TurnContext, type Activity } from 'botbuilder';
import { removeBotMention } from '../../src/bot/mentions';

const bot = { id: 'advisor-bot', name: 'Advisor' };
const mentionOf = (who: { id: string }, text: string) => ({ type: 'mention', mentioned: who, text });

function strip(fields: Record<string, unknown>): Partial<Activity> {
  const activity = { type: 'message', recipient: bot, ...fields } as unknown as Activity;
  removeBotMention(activity);
  return activity;
}

it('removes every mention of the bot, and only the bot', () => {
  expect(strip({ text: '<at>Advisor</at> help', entities: [mentionOf(bot, '<at>Advisor</at>')] }).text).toBe('help');
  expect(strip({ text: '<at>Advisor</at> PSTN <at>Advisor</at> call', entities: [mentionOf(bot, '<at>Advisor</at>')] }).text).toBe('PSTN  call');
  expect(strip({ text: '<at>Mei</at> help', entities: [mentionOf({ id: 'mei' }, '<at>Mei</at>')] }).text).toBe('<at>Mei</at> help');
  expect(strip({ text: '@Advisor help', entities: [{ ...mentionOf(bot, '@Advisor'), type: 'Mention' }] }).text).toBe('help');
});

it('leaves alone what it cannot read, where botbuilder throws', () => {
  const submission = { value: { action: 'help' }, entities: [mentionOf(bot, '<at>Advisor</at>')] };
  expect(() => TurnContext.removeRecipientMention({ type: 'message', recipient: bot, ...submission } as unknown as Activity)).toThrow(TypeError);
  expect(strip(submission)).toEqual({ type: 'message', recipient: bot, ...submission });

  const typeless = { text: 'help', entities: [{}, { type: 7 }, null, mentionOf(bot, '')] };
  expect(() => TurnContext.removeRecipientMention({ type: 'message', recipient: bot, text: 'help', entities: [{}] } as unknown as Activity)).toThrow(TypeError);
  expect(strip(typeless).text).toBe('help');
  expect(strip({ text: 'help' }).text).toBe('help');
});
