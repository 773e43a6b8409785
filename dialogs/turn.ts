// What the base dialog works out from a message that is the flow's to handle, for the flow to read.
import type { TurnContext } from 'botbuilder';
import type { Notice } from '../src/cards';
import type { Locale } from '../src/i18n';
import type { FlowCommand } from './interpret';
import type { Session } from './session';

export interface FlowTurn {
  locale: Locale;
  command: FlowCommand;
  session: Session;
  /**
   * Notices shown before the flow's own: the language switched by a request that came with the message; which languages
   * are read, with the facts read, of a message in another.
   */
  leading: Notice[];
}

const TURN_KEY = Symbol('advisorTurn');

export function saveTurn(context: TurnContext, turn: FlowTurn): void {
  context.turnState.set(TURN_KEY, turn);
}

export function currentTurn(context: TurnContext): FlowTurn {
  const turn = context.turnState.get(TURN_KEY) as FlowTurn | undefined;
  if (!turn) throw new Error('The advisor flow ran without its base dialog reading the turn');
  return turn;
}
