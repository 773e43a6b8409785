// The ActivityHandler bot through a TestAdapter: welcome on conversationUpdate, @mention stripped, state kept in
// the injected Storage between turns, and the turn error handler's apology.
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { createAdvisorBot, handleTurnError } from '../../src/bot';
import { createLogger } from '../../src/log';
import type { Recognizer } from '../../src/nlu/types';
import { t } from '../../src/i18n';
import { openMemoryStorage } from '../../src/state';
import { expectValidCard } from '../cards/validateCard';
import { cardsOf } from './harness';
import { allText, kindOf, questionOf } from './cardReading';
import { ScriptedRecognizer } from './scriptedRecognizer';

function setUp(recognizer: Recognizer = new ScriptedRecognizer({ help: { intent: 'help' } })) {
  const lines: string[] = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  const { storage } = openMemoryStorage();
  const bot = createAdvisorBot({ storage, recognizer, logger });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.onTurnError = (context, error) => handleTurnError(context, error, logger);
  const turn = async (activity: Partial<Activity>) => {
    await adapter.processActivity(activity);
    const replies = adapter.activeQueue.splice(0);
    cardsOf(replies).forEach(expectValidCard);
    return replies;
  };
  return { adapter, storage, lines, turn };
}

const bot = { id: 'advisor-bot', name: 'Advisor' };

describe('AdvisorBot', () => {
  it('welcomes a member who joins, in the client language, and not the bot itself', async () => {
    const { turn } = setUp();
    expect(await turn({ type: 'conversationUpdate', recipient: bot, membersAdded: [bot] })).toEqual([]);
    const replies = await turn({
      type: 'conversationUpdate',
      recipient: bot,
      locale: 'zh-TW',
      membersAdded: [bot, { id: 'user-1', name: 'Mei' }],
    });
    const cards = cardsOf(replies);
    expect(cards).toHaveLength(1);
    expect(kindOf(cards[0], 'zh-TW')).toBe('welcome');
    expect(allText(cards[0])).toContain(t('zh-TW', 'cards.welcome.title'));
  });

  it('strips its @mention before the recognizer reads the text', async () => {
    const recognizer = new ScriptedRecognizer({ help: { intent: 'help' } });
    const { turn } = setUp(recognizer);
    const replies = await turn({
      type: 'message',
      recipient: bot,
      text: '<at>Advisor</at> help',
      entities: [{ type: 'mention', mentioned: bot, text: '<at>Advisor</at>' }],
    });
    expect(recognizer.heard).toEqual(['help']);
    expect(kindOf(cardsOf(replies)[0], 'en')).toBe('help');
  });

  it('keeps the conversation and the user language in the injected storage', async () => {
    const { turn, storage } = setUp();
    await turn({ type: 'message', value: { action: 'language', locale: 'zh-TW' } });
    const replies = await turn({ type: 'message', value: { action: 'answer', slot: 'deployment', value: 'hybrid' } });
    expect(questionOf(cardsOf(replies)[0]).text).toMatch(/[\u4e00-\u9fff]/);
    const stored = await storage.read(['test/users/user1/', 'test/conversations/Convo1/']);
    expect(stored['test/users/user1/'].advisorPreferences.chosenLocale).toBe('zh-TW');
    expect(stored['test/conversations/Convo1/'].advisorSession.scenario).toEqual({ deployment: 'hybrid' });
  });

  it('apologizes in the user language when a turn fails, and logs no message text', async () => {
    const failing: Recognizer = {
      recognize() {
        throw new Error('recognizer exploded');
      },
    };
    const { turn, lines } = setUp(failing);
    const replies = await turn({ type: 'message', text: '這是什麼', locale: 'en-US' });
    expect(replies.map((r) => r.text)).toEqual([t('zh-TW', 'dialog.turnError')]);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ level: 'error', event: 'turn.error' }));
    expect(lines.join('\n')).not.toContain('這是什麼');
    // The process keeps serving: the next turn works.
    expect(await turn({ type: 'conversationUpdate', recipient: bot, membersAdded: [{ id: 'u2', name: 'Li' }] })).toHaveLength(1);
  });

  it('never throws from the error handler, even when the apology cannot be sent', async () => {
    const { adapter, lines } = setUp();
    const logger = createLogger('debug', (line) => lines.push(line));
    await adapter.processActivity({ type: 'message', text: 'hi' }, async (context: TurnContext) => {
      context.onSendActivities(async () => {
        throw new Error('connector down');
      });
      await expect(handleTurnError(context, 'not even an Error', logger)).resolves.toBeUndefined();
    });
    expect(lines.some((line) => line.includes('turn.error.reply_failed'))).toBe(true);
  });
});
