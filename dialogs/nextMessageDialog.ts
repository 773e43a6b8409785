// Waits for the user's next message and hands the flow the command the base dialog read from it.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { currentTurn } from './turn';

export class NextMessageDialog extends Dialog {
  override async beginDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog(currentTurn(dc.context).command);
  }
}
