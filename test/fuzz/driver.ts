// The real advisor bot (createAdvisorBot, the real recognizer, memory storage) with many conversations side by
// side, on an in-process adapter that gives each turn its own replies, so several turns of one conversation can
// be in flight at once. Every activity goes through the Bot Framework endpoint's own check first, as it would
// arrive over HTTP; what the check refuses never reaches the bot. A turn error is counted, never sent.
import type { Activity } from 'botbuilder';
import { createAdvisorBot } from '../../src/bot';
import { checkActivity } from '../../src/channels/botframework/activity';
import { WebAdapter } from '../../src/channels/web';
import type { Locale } from '../../src/i18n';
import { createLogger } from '../../src/log';
import { createRecognizer } from '../../src/nlu';
import { openMemoryStorage } from '../../src/state';
import type { Addressing, Json } from './activities';
import type { CardFacts } from './replies';

export interface FuzzConversation {
  addressing: Addressing;
  /** The language the conversation was started in, and the one it is in now (a junk input may switch it). */
  home: Locale;
  current: Locale;
  /** The last card the bot showed: where the conversation stands. */
  lastCard?: CardFacts;
}

export type Sent = { refused: string } | { replies: Partial<Activity>[] };

export interface Driver {
  conversations: FuzzConversation[];
  /** Every error that reached the adapter's onTurnError, and every error the bot logged. */
  turnErrors: string[];
  errorLogs: string[];
  send(activity: Json): Promise<Sent>;
}

const BOT = { id: 'advisor-bot', name: 'Advisor' };

export function startDriver(count: number): Driver {
  const turnErrors: string[] = [];
  const errorLogs: string[] = [];
  const logger = createLogger('error', (line) => errorLogs.push(line));
  const bot = createAdvisorBot({ storage: openMemoryStorage().storage, recognizer: createRecognizer(), logger });
  const adapter = new WebAdapter();
  adapter.onTurnError = async (_context, error) => {
    turnErrors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  };
  const conversations = Array.from({ length: count }, (_, i): FuzzConversation => {
    const home: Locale = i % 2 === 0 ? 'en' : 'zh-TW';
    return {
      home,
      current: home,
      addressing: {
        channelId: 'msteams',
        serviceUrl: 'https://smba.example.invalid/',
        conversation: { id: `fuzz-conversation-${i}` },
        from: { id: `fuzz-user-${i}`, name: `User ${i}` },
        recipient: BOT,
      },
    };
  });
  return {
    conversations,
    turnErrors,
    errorLogs,
    async send(activity) {
      // As the endpoint receives it: JSON on the wire, then its field check.
      const checked = checkActivity(JSON.parse(JSON.stringify(activity)));
      if (!checked.ok) return { refused: checked.problem };
      return { replies: await adapter.process(checked.activity, (context) => bot.run(context)) };
    },
  };
}
