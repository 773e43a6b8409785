// The advisor's flow: apply what the user said, show the next question or the answer, wait for the next message,
// and loop. Interruptions (help, back, language, …) are handled by the base dialog before this flow runs.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { assertNever } from '../src/engine';
import type { Notice } from '../src/cards';
import { AdvisorBaseDialog, type AdvisorDialogDeps } from './advisorBaseDialog';
import type { FlowCommand } from './interpret';
import type { Locale } from '../src/i18n';
import { NextMessageDialog } from './nextMessageDialog';
import { outcomeNotices } from './notices';
import { startChange, tell, type Session } from './session';
import { applyTriage, continuesTriage, isHandoff, TriageDialog } from './triageDialog';
import { currentTurn } from './turn';

const FLOW = 'advisorFlow';
const NEXT_MESSAGE = 'nextMessage';

interface FlowOptions {
  /** What the user just said; absent when the base dialog already replied this turn. */
  command?: FlowCommand;
}

/** The session after the user's message, and the notices to show with the reply. */
interface Applied {
  session: Session;
  notices: Notice[];
}

export class AdvisorDialog extends AdvisorBaseDialog {
  static readonly dialogId = 'advisor';

  constructor(deps: AdvisorDialogDeps) {
    super(AdvisorDialog.dialogId, deps);
    this.addDialog(
      new WaterfallDialog<FlowOptions>(FLOW, [this.applyStep.bind(this), this.respondStep.bind(this), this.loopStep.bind(this)]),
    );
    this.addDialog(new NextMessageDialog(NEXT_MESSAGE));
    this.addDialog(
      new TriageDialog({
        save: (context, session) => this.saveSession(context, session),
        show: (context, session, locale, options) => this.showSession(context, session, locale, options),
      }),
    );
    this.initialDialogId = FLOW;
  }

  /** Moves the session by what the user said; what was observed of a call goes to the triage. */
  private async applyStep(step: WaterfallStepContext<FlowOptions>): Promise<DialogTurnResult> {
    const { command } = step.options;
    if (!command) return step.next();
    const { session, locale } = currentTurn(step.context);
    if (continuesTriage(command, session)) return step.beginDialog(TriageDialog.dialogId, { command });
    const applied = apply(command, session, locale);
    await this.saveSession(step.context, applied.session);
    return step.next(applied);
  }

  /** Shows the next question or the answer (nothing when the base dialog already replied), then waits. */
  private async respondStep(step: WaterfallStepContext<FlowOptions>): Promise<DialogTurnResult> {
    // The triage ended on a message that is not its own: handle it as this flow's.
    if (isHandoff(step.result)) return step.replaceDialog(FLOW, { command: step.result.handoff } satisfies FlowOptions);
    const applied = step.result as Applied | undefined;
    if (applied) {
      const { locale, leading } = currentTurn(step.context);
      await this.showSession(step.context, applied.session, locale, { mode: 'show', notices: [...leading, ...applied.notices] });
    }
    return step.beginDialog(NEXT_MESSAGE);
  }

  private async loopStep(step: WaterfallStepContext<FlowOptions>): Promise<DialogTurnResult> {
    return step.replaceDialog(FLOW, { command: step.result as FlowCommand } satisfies FlowOptions);
  }
}

function apply(command: FlowCommand, session: Session, locale: Locale): Applied {
  switch (command.kind) {
    case 'tell': {
      const outcome = tell(session, command.statement);
      return { session: outcome.session, notices: outcomeNotices(outcome, locale) };
    }
    case 'change':
      return { session: startChange(session, command.slot), notices: [] };
    case 'triage':
      return applyTriage(command, session, locale);
    default:
      return assertNever(command);
  }
}
