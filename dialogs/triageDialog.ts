// The triage flow: what was observed of a call (a pasted ticket, or buttons one step at a time), compared with what
// the article says, with the questions that tell the explanations apart and the triage card. It runs inside the
// advisor dialog, whose base reads every message first (help, start over, back, language), and hands back what is
// not the triage's: a new question, a what-if.
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { Notice } from '../src/cards';
import type { Locale } from '../src/i18n';
import type { FlowCommand } from './interpret';
import { NextMessageDialog } from './nextMessageDialog';
import { infoNotice, misunderstandingNotice, outcomeNotices } from './notices';
import { tell, type Session } from './session';
import { applyTriageAction } from './triageSession';
import { currentTurn } from './turn';
import type { RenderOptions } from './view';

/** What the triage needs of the dialog it runs in: the session kept, and where the conversation stands shown. */
export interface SessionIO {
  save(context: TurnContext, session: Session): Promise<void>;
  show(context: TurnContext, session: Session, locale: Locale, options: Omit<RenderOptions, 'publicBaseUrl' | 'aside'>): Promise<void>;
}

interface TriageOptions {
  command: FlowCommand;
}

/** What the triage ends with: a command that is not the triage's, for the advisor's flow. */
export interface Handoff {
  handoff: FlowCommand;
}

export function isHandoff(value: unknown): value is Handoff {
  return typeof value === 'object' && value !== null && 'handoff' in value;
}

/**
 * Whether a command is the triage's: one of its buttons, a message that says what was observed, or, while a triage
 * is under way, facts about the call (answers to its questions) that do not start a new question.
 */
export function continuesTriage(command: FlowCommand, session: Session): boolean {
  switch (command.kind) {
    case 'triage':
      return true;
    case 'tell':
      return (command.statement.observations ?? []).length > 0 || (session.triage !== undefined && !command.statement.fresh);
    case 'change':
      return false;
  }
}

interface Applied {
  session: Session;
  notices: Notice[];
}

/** Moves the triage by a command; a button that does not fit where it stands is said so, and nothing changes. */
export function applyTriage(command: FlowCommand, session: Session, locale: Locale): Applied {
  switch (command.kind) {
    case 'triage': {
      const state = applyTriageAction(session.triage, command.action);
      if (!state) return { session, notices: [misunderstandingNotice({ reason: 'invalidChoice' }, false, locale)] };
      const notices = command.action.action === 'triageUnknown' ? [infoNotice('triage.dialog.noted', locale)] : [];
      return { session: { ...session, started: true, triage: state, changing: undefined }, notices };
    }
    case 'tell': {
      const outcome = tell(session, command.statement);
      return { session: outcome.session, notices: outcomeNotices(outcome, locale) };
    }
    case 'change':
      return { session, notices: [] };
  }
}

const FLOW = 'triageFlow';
const NEXT_MESSAGE = 'triageNextMessage';

export class TriageDialog extends ComponentDialog {
  static readonly dialogId = 'triage';

  constructor(private readonly io: SessionIO) {
    super(TriageDialog.dialogId);
    this.addDialog(new WaterfallDialog<TriageOptions>(FLOW, [this.applyStep.bind(this), this.respondStep.bind(this), this.nextStep.bind(this)]));
    this.addDialog(new NextMessageDialog(NEXT_MESSAGE));
    this.initialDialogId = FLOW;
  }

  /** Moves the triage by what the user said or clicked. */
  private async applyStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    const { session, locale } = currentTurn(step.context);
    const applied = applyTriage(step.options.command, session, locale);
    await this.io.save(step.context, applied.session);
    return step.next(applied);
  }

  /** Shows where the triage stands (the next step, a question, or the triage card), then waits. */
  private async respondStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    const applied = step.result as Applied;
    const { locale, leading } = currentTurn(step.context);
    await this.io.show(step.context, applied.session, locale, { mode: 'show', notices: [...leading, ...applied.notices] });
    return step.beginDialog(NEXT_MESSAGE);
  }

  /** The next message: the triage's goes round again; anything else goes back to the advisor's flow. */
  private async nextStep(step: WaterfallStepContext<TriageOptions>): Promise<DialogTurnResult> {
    const command = step.result as FlowCommand;
    const { session } = currentTurn(step.context);
    if (continuesTriage(command, session)) return step.replaceDialog(FLOW, { command } satisfies TriageOptions);
    return step.endDialog({ handoff: command } satisfies Handoff);
  }
}
