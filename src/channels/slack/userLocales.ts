// A Slack user's language from users.info (their Slack locale), cached: it is the default the bot starts from,
// before the text of a message or the user's own choice says otherwise.
import type { webApi } from '@slack/bolt';
import { toLocale, type Locale } from '../../i18n';
import type { Logger } from '../../log';

export interface UserLocales {
  /** The user's Slack language, or undefined when Slack could not tell us. */
  localeOf(userId: string): Promise<Locale | undefined>;
}

export interface UserLocalesOptions {
  ttlMs?: number;
  maxUsers?: number;
  /** How long a turn waits for users.info before going on without it (the lookup still fills the cache). */
  waitMs?: number;
  now?: () => number;
}

function within<T>(promise: Promise<T>, ms: number, otherwise: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(otherwise), ms);
    timer.unref();
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

export function createUserLocales(
  client: webApi.WebClient,
  logger: Logger,
  { ttlMs = 6 * 3600_000, maxUsers = 5000, waitMs = 2000, now = Date.now }: UserLocalesOptions = {},
): UserLocales {
  // Promises are cached, so concurrent turns of one user make one users.info call.
  const cache = new Map<string, { at: number; locale: Promise<Locale | undefined> }>();
  const lookUp = async (userId: string): Promise<Locale | undefined> => {
    try {
      const result = await client.users.info({ user: userId, include_locale: true });
      return result.user?.locale ? toLocale(result.user.locale) : undefined;
    } catch (error) {
      cache.delete(userId);
      logger.warn('slack.usersInfo.failed', { error });
      return undefined;
    }
  };
  return {
    localeOf(userId) {
      const time = now();
      const cached = cache.get(userId);
      if (cached && time - cached.at < ttlMs) return within(cached.locale, waitMs, undefined);
      cache.delete(userId);
      if (cache.size >= maxUsers) cache.delete(cache.keys().next().value as string);
      const locale = lookUp(userId);
      cache.set(userId, { at: time, locale });
      return within(locale, waitMs, undefined);
    },
  };
}
