// The floor for a bot with state and a dialog on this stack: the advisor's shape without its work. Conversation
// state (the dialog stack and a property) and user state (a preference) read and saved on every turn, a
// ComponentDialog whose waterfall replies, waits for the next message and loops, as botbuilder's core-bot sample
// builds it; the reply is an echo.
import {
  ActivityHandler,
  ConversationState,
  UserState,
  type StatePropertyAccessor,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';

const FLOW = 'flow';
const NEXT_MESSAGE = 'nextMessage';

class NextMessage extends Dialog {
  override async beginDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog(dc.context.activity.text);
  }
}

class EchoDialog extends ComponentDialog {
  constructor(
    private readonly turns: StatePropertyAccessor<{ count: number }>,
    private readonly preferences: StatePropertyAccessor<{ lastLocale?: string }>,
  ) {
    super('echo');
    this.addDialog(new WaterfallDialog(FLOW, [this.replyStep.bind(this), this.loopStep.bind(this)]));
    this.addDialog(new NextMessage(NEXT_MESSAGE));
    this.initialDialogId = FLOW;
  }

  private async replyStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const turns = await this.turns.get(context, { count: 0 });
    await this.turns.set(context, { count: turns.count + 1 });
    await this.preferences.set(context, { lastLocale: context.activity.locale });
    await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
    return step.beginDialog(NEXT_MESSAGE);
  }

  private async loopStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(FLOW);
  }
}

export class StatefulEchoBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;

  constructor(storage: Storage) {
    super();
    this.conversationState = new ConversationState(storage);
    this.userState = new UserState(storage);
    const turns = this.conversationState.createProperty<{ count: number }>('turns');
    const dialog = new EchoDialog(turns, this.userState.createProperty('preferences'));
    const dialogs = new DialogSet(this.conversationState.createProperty<DialogState>('dialogState')).add(dialog);
    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(dialog.id);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}
