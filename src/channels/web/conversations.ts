// Conversations of the local page: each request is one turn of the bot, and the turn's replies are the response.
// (The bot runs turns of one conversation one at a time, so a double click cannot interleave two turns.)
import { randomUUID } from 'crypto';
import { ActivityTypes, type Activity, type ActivityHandler, type ChannelAccount, type ConversationAccount } from 'botbuilder';
import type { Locale } from '../../i18n';
import type { WebAdapter } from './adapter';
import type { WebMessage } from './request';

export const WEB_CHANNEL_ID = 'web';
const BOT: ChannelAccount = { id: 'callflow-advisor', name: 'Callflow advisor', role: 'bot' };

/** What the page gets of a reply: enough to show it, nothing of the server's bookkeeping. */
export interface PageActivity {
  type: string;
  text?: string;
  attachments?: Activity['attachments'];
  locale?: string;
}

function toPage(activity: Partial<Activity>): PageActivity {
  return { type: activity.type ?? ActivityTypes.Message, text: activity.text, attachments: activity.attachments, locale: activity.locale };
}

function user(conversationId: string): ChannelAccount {
  return { id: `web-user-${conversationId}`, name: 'You', role: 'user' };
}

function base(conversationId: string, locale: Locale): Partial<Activity> {
  const conversation: ConversationAccount = { id: conversationId, isGroup: false, conversationType: 'personal', name: 'web' };
  return {
    id: randomUUID(),
    channelId: WEB_CHANNEL_ID,
    serviceUrl: 'inprocess://web',
    conversation,
    from: user(conversationId),
    recipient: BOT,
    locale,
    timestamp: new Date(),
  };
}

export class WebConversations {
  constructor(
    private readonly adapter: WebAdapter,
    private readonly bot: ActivityHandler,
  ) {}

  /** A new conversation, with the bot's welcome. */
  async start(locale: Locale): Promise<{ conversationId: string; activities: PageActivity[] }> {
    const conversationId = randomUUID();
    const activity = { ...base(conversationId, locale), type: ActivityTypes.ConversationUpdate, membersAdded: [user(conversationId)] };
    return { conversationId, activities: await this.turn(activity) };
  }

  async send(message: WebMessage): Promise<PageActivity[]> {
    const content = message.kind === 'text' ? { text: message.text } : { value: message.value };
    return this.turn({ ...base(message.conversationId, message.locale), type: ActivityTypes.Message, ...content });
  }

  private async turn(activity: Partial<Activity>): Promise<PageActivity[]> {
    return (await this.adapter.process(activity, (context) => this.bot.run(context))).map(toPage);
  }
}
