// The advisor as a Bot Framework bot: welcomes new members, strips its @mention, runs the advisor dialog on every
// message and saves conversation and user state on the injected storage. Each turn holds its conversation's and
// its user's locks, saves all its state at once, and only then sends its replies.
import {
  ActivityHandler,
  ConversationState,
  MessageFactory,
  StatusCodes,
  TurnContext,
  UserState,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import {
  AdvisorDialog,
  DIALOG_STATE_PROPERTY,
  messageLocale,
  PREFERENCES_PROPERTY,
  SESSION_PROPERTY,
  type Preferences,
  type Session,
} from '../../dialogs';
import type { Recognizer } from '../nlu/types';
import type { Locale } from '../i18n';
import { logger as defaultLogger, type Logger } from '../log';
import type { StateStorage } from '../state';
import { HeldReplies } from './heldReplies';
import { removeBotMention } from './mentions';
import { noticeTexts } from './stateNotices';

export interface AdvisorDeps {
  storage: StateStorage;
  recognizer: Recognizer;
  /** The public https base of this service, where diagrams are served; answers carry no diagram without it. */
  publicBaseUrl?: string;
  logger?: Logger;
}

export class AdvisorBot extends ActivityHandler {
  private readonly storage: StateStorage;
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly preferences: StatePropertyAccessor<Preferences>;
  private readonly dialog: AdvisorDialog;
  private readonly dialogs: DialogSet;

  constructor(deps: AdvisorDeps) {
    super();
    this.storage = deps.storage;
    this.conversationState = new ConversationState(deps.storage);
    this.userState = new UserState(deps.storage);
    this.preferences = this.userState.createProperty<Preferences>(PREFERENCES_PROPERTY);
    const logger = deps.logger ?? defaultLogger;
    this.dialog = new AdvisorDialog({
      recognizer: deps.recognizer,
      session: this.conversationState.createProperty<Session>(SESSION_PROPERTY),
      preferences: this.preferences,
      publicBaseUrl: deps.publicBaseUrl,
      logger,
    });
    this.dialogs = new DialogSet(this.conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY)).add(this.dialog);

    this.onMessage(async (context, next) => {
      // In Teams channels the text starts with "<at>Bot</at>"; the recognizer must not read it.
      removeBotMention(context.activity);
      await this.runDialog(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (people.length > 0) await this.dialog.sendWelcome(context);
      await next();
    });
  }

  /**
   * Continues the conversation's dialog, or begins it. (Not botbuilder's runDialog: that also snapshots every memory
   * scope into a "Bot State" trace activity on each turn, one more POST to the channel when it is the Emulator, for
   * skill and adaptive-dialog machinery this bot does not use.)
   */
  private async runDialog(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(AdvisorDialog.dialogId);
  }

  /**
   * The advisor's cards submit messages (Action.Submit); it answers no invoke. botbuilder's default would end in the
   * same 501 for a well-formed invoke, but reads an adaptiveCard/action invoke's `value.action.type` unchecked and
   * throws on one without an action.
   */
  protected override async onInvokeActivity(): Promise<InvokeResponse> {
    return { status: StatusCodes.NOT_IMPLEMENTED };
  }

  /**
   * One turn, holding its conversation's and its user's locks: the dialog runs with its replies held back, all of
   * its state is saved at once (also when it sent nothing), and only then do its replies go out, after anything
   * the user must hear about their stored state. A save that fails drops the replies unsent and throws, and the
   * adapter's turn error handler tells the user why.
   */
  override async run(context: TurnContext): Promise<void> {
    const keys = [this.conversationState.getStorageKey(context), this.userState.getStorageKey(context)];
    const replies = new HeldReplies(context);
    try {
      await this.storage.runTurn(
        keys.filter((key) => key !== undefined),
        async (turn) => {
          await super.run(context);
          await this.conversationState.saveChanges(context, false);
          await this.userState.saveChanges(context, false);
          await turn.commit();
          const notices = noticeTexts(turn.notices(), await this.turnLocale(context));
          await replies.release(notices.map((text) => MessageFactory.text(text)));
        },
      );
    } finally {
      replies.discard();
    }
  }

  /** The language the dialog chose for this turn (kept as the user's last), or the message's own. */
  private async turnLocale(context: TurnContext): Promise<Locale> {
    const { activity } = context;
    const last = (await this.preferences.get(context))?.lastLocale;
    return last ?? messageLocale(activity);
  }
}

export function createAdvisorBot(deps: AdvisorDeps): AdvisorBot {
  return new AdvisorBot(deps);
}
