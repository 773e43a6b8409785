// Two messages of one conversation arriving together, as a double click or two quick answers do: the scenarios,
// and the check that each message was applied or its sender told, in the stored state and in the replies.
import type { Seen } from '../support/botframework-client';
import { t, type Locale } from '../../src/i18n';
import { kindOf } from '../dialogs/cardReading';

/** A click on an answer button of a question card, as every channel submits it. */
export interface Click {
  slot: string;
  value: string;
}

export const answerData = (click: Click) => ({ action: 'answer', slot: click.slot, value: click.value });


/** A channel as the tests drive it: one click in one conversation, and what its storage holds for it. */
export interface ChannelUnderTest {
  /** A fresh conversation id in this channel's format. */
  newConversation(): string;
  /** Sends a click (to instance `instance` when there are several); resolves with what the user saw for it. */
  click(conversation: string, click: Click, instance: number): Promise<Seen>;
  /** The scenario stored for the conversation, undefined when nothing is stored. */
  storedScenario(conversation: string): Promise<Record<string, string> | undefined>;
}

/** Both clicks apply to any state in either order: they answer different questions of the same call. */
export const NEW_PAIR: [Click, Click] = [
  { slot: 'deployment', value: 'hybrid' },
  { slot: 'callType', value: 'conference' },
];
export const SETUP: Click[] = NEW_PAIR;
// Two answers that complete the scenario (Hybrid row 4): the user's homing cannot change that answer.
export const EXISTING_PAIR: [Click, Click] = [
  { slot: 'organizer', value: 'online' },
  { slot: 'location', value: 'customerNetwork' },
];

/** The messages that tell the user to send it again, in every language. */
function retryTexts(): string[] {
  const locales: Locale[] = ['en', 'zh-TW'];
  const keys = ['dialog.concurrentTurn', 'dialog.storageUnavailable', 'turn.storageFull', 'turn.conversationBusy'];
  return locales.flatMap((locale) => keys.map((key) => t(locale, key)));
}

export function toldToResend(seen: Seen): boolean {
  const retry = retryTexts();
  return seen.texts.some((text) => retry.includes(text));
}

export interface PairOutcome {
  /** Messages neither applied (in the stored state) nor answered with a "send it again". */
  lost: string[];
  /** Messages whose sender was asked to send them again. */
  told: string[];
  /** Messages that were applied but whose replies do not show a question or an answer. */
  unanswered: string[];
  /** Conversations whose replies showed an answer card, when both clicks together complete the call. */
  answered: number;
}

/**
 * Runs `pairs` conversations at once, each getting both clicks of `pair` at the same moment (one per instance when
 * `instances` is 2), after `setup` was applied one click at a time.
 */
export async function runPairs(
  channel: ChannelUnderTest,
  { pairs, pair, setup, instances }: { pairs: number; pair: [Click, Click]; setup: Click[]; instances: 1 | 2 },
): Promise<PairOutcome> {
  const conversations = Array.from({ length: pairs }, () => channel.newConversation());
  for (const conversation of conversations) {
    for (const click of setup) await channel.click(conversation, click, 0);
  }
  const outcome: PairOutcome = { lost: [], told: [], unanswered: [], answered: 0 };
  await Promise.all(
    conversations.map(async (conversation) => {
      const seen = await Promise.all(pair.map((click, i) => channel.click(conversation, click, i % instances)));
      const stored = (await channel.storedScenario(conversation)) ?? {};
      pair.forEach((click, i) => {
        const name = `${conversation} ${click.slot}=${click.value}`;
        const applied = stored[click.slot] === click.value;
        if (toldToResend(seen[i])) outcome.told.push(name);
        else if (!applied) outcome.lost.push(name);
        else if (!seen[i].cards.some((card) => ['question', 'answer'].includes(kindOf(card, 'en')))) outcome.unanswered.push(name);
      });
      if (seen.some((s) => s.cards.some((card) => kindOf(card, 'en') === 'answer'))) outcome.answered += 1;
    }),
  );
  return outcome;
}

/** The pair tests for each channel: 20 conversations at once, new ones and ones under way. */
export function describePairs(channels: [string, () => ChannelUnderTest][], instances: 1 | 2): void {
  const where = instances === 1 ? 'on one instance' : 'on two instances, one message of each pair on each';
  describe.each(channels)(`%s ${where}, 20 conversations each getting two messages at once`, (_name, channel) => {
    it('applies both first messages of new conversations', async () => {
      const outcome = await runPairs(channel(), { pairs: 20, pair: NEW_PAIR, setup: [], instances });
      expect(outcome).toMatchObject({ lost: [], told: [], unanswered: [] });
    });

    it('applies both answers in conversations under way, and shows the answer they complete', async () => {
      const outcome = await runPairs(channel(), { pairs: 20, pair: EXISTING_PAIR, setup: SETUP, instances });
      expect(outcome).toMatchObject({ lost: [], told: [], unanswered: [], answered: 20 });
    });
  });
}
