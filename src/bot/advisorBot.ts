// The advisor as a Bot Framework bot: welcomes new members, strips its @mention, runs the advisor dialog on every
// message and saves conversation and user state on the injected Storage.
import { ActivityHandler, ConversationState, TurnContext, UserState, type Storage } from 'botbuilder';
import { runDialog, type DialogState } from 'botbuilder-dialogs';
import {
  AdvisorDialog,
  DIALOG_STATE_PROPERTY,
  PREFERENCES_PROPERTY,
  SESSION_PROPERTY,
  type Preferences,
  type Session,
} from '../../dialogs';
import type { Recognizer } from '../nlu/types';
import { logger as defaultLogger, type Logger } from '../log';

export interface AdvisorDeps {
  storage: Storage;
  recognizer: Recognizer;
  /** The public https base of this service, where diagrams are served; answers carry no diagram without it. */
  publicBaseUrl?: string;
  logger?: Logger;
}

export class AdvisorBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly dialog: AdvisorDialog;

  constructor(deps: AdvisorDeps) {
    super();
    this.conversationState = new ConversationState(deps.storage);
    this.userState = new UserState(deps.storage);
    const logger = deps.logger ?? defaultLogger;
    this.dialog = new AdvisorDialog({
      recognizer: deps.recognizer,
      session: this.conversationState.createProperty<Session>(SESSION_PROPERTY),
      preferences: this.userState.createProperty<Preferences>(PREFERENCES_PROPERTY),
      publicBaseUrl: deps.publicBaseUrl,
      logger,
    });
    const dialogState = this.conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);

    this.onMessage(async (context, next) => {
      // In Teams channels the text starts with "<at>Bot</at>"; the recognizer must not read it.
      TurnContext.removeRecipientMention(context.activity);
      await runDialog(this.dialog, context, dialogState);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (people.length > 0) await this.dialog.sendWelcome(context);
      await next();
    });
  }

  /** Saves state after every turn, also when the turn sent nothing. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

export function createAdvisorBot(deps: AdvisorDeps): AdvisorBot {
  return new AdvisorBot(deps);
}
