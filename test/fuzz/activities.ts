// Activity shapes: messages without text or with attachments only, odd locales, mentions, every activity type a
// channel may send and some none sends, conversationUpdate variants, and fields of the wrong type (which the Bot
// Framework endpoint's check must refuse before they reach the bot).
import type { Random } from './random';

export type Json = Record<string, unknown>;

/** The fields that place an activity in its conversation, as a channel sets them. */
export interface Addressing {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string };
  from: { id: string; name?: string };
  recipient: { id: string; name?: string };
}

type ShapeMaker = (random: Random, base: Addressing, locale: string) => Json;

const ODD_LOCALES = ['', 'zh', 'zh-Hant', 'zh-hant-tw', 'ZH-TW', 'zh_TW', 'zh-CN', 'zh-Hans', 'zh-HK', 'zh-MO', 'en', 'EN-us', 'en-GB', 'fr-FR', 'he-IL', 'ar-SA', 'xx-YY', 'i-klingon', 'en-US-u-ca-buddhist', '*', '😀', '\u0000', 'zh-TW\u0000', ' zh-TW ', 'x'.repeat(5000), '__proto__', 'constructor'];
const ACTIVITY_TYPES = ['event', 'invoke', 'typing', 'endOfConversation', 'messageReaction', 'installationUpdate', 'messageUpdate', 'messageDelete', 'contactRelationUpdate', 'deleteUserData', 'handoff', 'trace', 'delay', 'suggestion', 'command', 'commandResult', 'somethingNew', 'MESSAGE', 'Message', ' message', '__proto__', 'constructor', '😀'];
const INVOKE_NAMES = ['adaptiveCard/action', 'task/fetch', 'task/submit', 'composeExtension/query', 'signin/verifyState', 'healthCheck', 'actionableMessage/executeAction', 'fileConsent/invoke', 'config/fetch', 'application/search', '', 'constructor'];
const ATTACHMENTS: Json[] = [
  { contentType: 'image/png', contentUrl: 'https://example.invalid/a.png', name: 'screenshot.png' },
  { contentType: 'application/vnd.microsoft.teams.file.download.info', content: { downloadUrl: 'https://example.invalid/log.txt', fileType: 'txt' }, name: 'log.txt' },
  { contentType: 'text/html', content: '<p>help</p>' },
  { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: '${x}' }] } },
  { contentType: 'application/json', content: { polluted: true } },
  {},
];

/** Each kind of shape, by name. */
export const SHAPE_KINDS: Record<string, ShapeMaker> = {
  messageWithoutText: (_random, base, locale) => ({ ...base, type: 'message', locale }),
  messageEmptyText: (random, base, locale) => ({ ...base, type: 'message', locale, text: random.pick(['', ' ', '\n\t', '\u3000', '\u200b']) }),
  attachmentsOnly: (random, base, locale) => ({ ...base, type: 'message', locale, attachments: Array.from({ length: 1 + random.int(3) }, () => random.pick(ATTACHMENTS)) }),
  attachmentsWithText: (random, base, locale) => ({ ...base, type: 'message', locale, text: random.pick(['see attached', '附件', 'help']), attachments: [random.pick(ATTACHMENTS)] }),
  oddLocale: (random, base) => ({ ...base, type: 'message', locale: random.pick(ODD_LOCALES), text: random.pick(['help', 'PSTN call from home', '混合式部署的會議', 'hello', '你好']) }),
  mentionOfBot: (random, base, locale) => {
    const mention = { type: 'mention', mentioned: base.recipient, text: random.pick(['<at>Advisor</at>', '@Advisor', '', '(', '.*', '$&']) };
    const text = random.pick([undefined, `${mention.text} help`, 'help', `${mention.text}`, `${mention.text} ${mention.text} PSTN call`]);
    return { ...base, type: 'message', locale, ...(text === undefined ? {} : { text }), entities: [mention] };
  },
  // A card submission from a channel where the bot was @mentioned: Teams puts mention entities on it, but no text.
  mentionWithSubmission: (random, base, locale) => ({
    ...base,
    type: 'message',
    locale,
    value: random.pick([{ action: 'help' }, { action: 'back' }, { action: 'restart' }]),
    entities: [{ type: 'mention', mentioned: base.recipient, text: '<at>Advisor</at>' }],
  }),
  otherEntities: (random, base, locale) => ({
    ...base,
    type: 'message',
    locale,
    text: 'help',
    entities: random.pick([[{ type: 'clientInfo', locale: 'zh-TW', country: 'TW', platform: 'Web' }], [{ type: 'mention', mentioned: { id: 'someone-else' }, text: 'help' }], [{}], []]),
  }),
  otherType: (random, base, locale) => {
    const type = random.pick(ACTIVITY_TYPES);
    return { ...base, type, locale, ...(type === 'invoke' ? { name: random.pick(INVOKE_NAMES), value: random.pick([{}, { action: { type: 'Action.Execute', verb: 'x' } }, null]) } : {}), ...(type === 'event' ? { name: random.pick(['webchat/join', 'continueConversation', 'x']) } : {}), text: random.pick([undefined, 'help']) };
  },
  reaction: (random, base, locale) => ({ ...base, type: 'messageReaction', locale, reactionsAdded: random.pick([[{ type: 'like' }], [], undefined]), reactionsRemoved: random.pick([[{ type: 'heart' }], undefined]), replyToId: 'x' }),
  conversationUpdate: (random, base, locale) => {
    const user = base.from;
    const bot = base.recipient;
    const membersAdded = random.pick([[bot], [user], [bot, user], [user, { id: 'second-user' }, { id: 'third-user' }], [], undefined, [{ id: bot.id, name: 'same id as the bot' }]]);
    const membersRemoved = random.pick([undefined, [user], [bot], []]);
    return { ...base, type: 'conversationUpdate', locale: random.pick([locale, ...ODD_LOCALES]), ...(membersAdded ? { membersAdded } : {}), ...(membersRemoved ? { membersRemoved } : {}), ...(random.chance(0.2) ? { topicName: '${x} 😀' } : {}) };
  },
  nullFields: (random, base, locale) => ({ ...base, type: 'message', locale: random.pick([locale, null]), text: random.pick([null, 'help']), value: random.pick([null, undefined]), entities: null, attachments: null, channelData: null }),
  /** Fields of the wrong type: the endpoint refuses these, so they must never reach the bot. */
  wrongFieldTypes: (random, base, locale) => ({
    ...base,
    type: 'message',
    locale,
    ...random.pick<Json>([
      { text: 42 },
      { text: ['help'] },
      { text: { toString: 'help' } },
      { locale: { tag: 'zh-TW' } },
      { locale: 7 },
      { entities: 'mention' },
      { entities: [{ type: 'mention', text: '<at>x</at>' }] },
      { attachments: ['file'] },
      { channelData: 'x' },
      { type: 5 },
      { type: '' },
      { conversation: {} },
      { from: { id: 3 } },
      { recipient: null },
      { serviceUrl: 'javascript:alert(1)' },
      { membersAdded: 'everyone' },
    ]),
  }),
};

export const SHAPE_KIND_NAMES = Object.keys(SHAPE_KINDS);

export function junkActivity(random: Random, base: Addressing, locale: string): { kind: string; activity: Json } {
  const kind = random.pick(SHAPE_KIND_NAMES);
  return { kind, activity: SHAPE_KINDS[kind](random, base, locale) };
}
