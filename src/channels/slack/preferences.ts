// The language the bot keeps for a user (their explicit choice, else the one they last used), read from the bot's
// user state for views that have no message to detect a language from, such as App Home.
import { TurnContext, UserState, type BotAdapter, type Storage } from 'botbuilder';
import { PREFERENCES_PROPERTY, type Preferences } from '../../../dialogs';
import { SLACK_CHANNEL_ID } from './turn';

export type PreferenceReader = (userId: string) => Promise<Pick<Preferences, 'chosenLocale' | 'lastLocale'>>;

export function createPreferenceReader(storage: Storage, adapter: BotAdapter): PreferenceReader {
  const userState = new UserState(storage);
  const preferences = userState.createProperty<Preferences>(PREFERENCES_PROPERTY);
  return async (userId) => {
    // UserState keys by channel and user id, so a context with just those reads the same record the bot writes.
    const context = new TurnContext(adapter, { type: 'event', channelId: SLACK_CHANNEL_ID, from: { id: userId, name: userId } });
    return (await preferences.get(context)) ?? {};
  };
}
