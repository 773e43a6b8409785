// What the user should see for where the conversation stands, rendered as a card in their language.
import { advise, allowedValues, assertNever, type PartialScenario, type Resolution, type SlotName } from '../src/engine';
import {
  answerCard,
  followUpCard,
  questionCard,
  triageCard,
  triageLegCard,
  triageLegStepCard,
  triageQuestionCard,
  welcomeCard,
  type AdaptiveCard,
  type Aside,
  type Notice,
} from '../src/cards';
import { answerWithoutExpressRoute, type FocusedAnswer, type OtherParty } from '../src/present';
import type { Locale } from '../src/i18n';
import type { PendingQuestion } from './interpret';
import { askedParty, type Session } from './session';
import { triageViewOf, type TriageView } from './triageSession';
import { keptExpressRouteNotice } from './notices';

export type View =
  | { kind: 'welcome' }
  | { kind: 'question'; slot: SlotName; values: readonly string[]; known: PartialScenario; current?: string }
  /** `focused`: a question about one traffic type answered while the other traffic is not known yet. */
  /** `otherParty`: a question about the user answered while the other party's paths are not known yet. */
  | { kind: 'answer'; resolution: Resolution; focused?: FocusedAnswer; otherParty?: OtherParty }
  | { kind: 'triage'; triage: TriageView };

/** The question the engine asks next (never one answered, never one that cannot change the answer), or the answer. */
export function viewOf(session: Session): View {
  if (!session.started) return { kind: 'welcome' };
  const known = session.scenario;
  if (session.triage && session.changing === undefined) return { kind: 'triage', triage: triageViewOf(session.triage, known) };
  if (session.changing !== undefined) {
    const slot = session.changing;
    return { kind: 'question', slot, values: allowedValues(slot, known), known, current: known[slot] };
  }
  const advice = advise(known, session.focus, askedParty(session));
  if (advice.resolution) {
    const { otherTraffic, otherParty } = advice;
    const resolution = session.expressRoute ? answerWithoutExpressRoute(advice.resolution) : advice.resolution;
    return { kind: 'answer', resolution, ...(otherTraffic && { focused: { known: advice.scenario, otherTraffic } }), ...(otherParty && { otherParty }) };
  }
  const slot = advice.missing[0];
  return { kind: 'question', slot, values: allowedValues(slot, known), known };
}

/** Whether the conversation waits for an answer (a question, or a triage step): shown again after an interruption. */
export function awaitsAnswer(view: View): boolean {
  return view.kind === 'question' || (view.kind === 'triage' && view.triage.kind !== 'result');
}

export function pendingQuestion(view: View): PendingQuestion | undefined {
  if (view.kind === 'triage' && view.triage.kind === 'question') return { slot: view.triage.slot, values: view.triage.values };
  return view.kind === 'question' ? { slot: view.slot, values: view.values } : undefined;
}

/** The card of where a triage stands. */
function triageViewCard(view: TriageView, scenario: Session['scenario'], locale: Locale, options: RenderOptions & { canGoBack: boolean }): AdaptiveCard {
  const common = { canGoBack: options.canGoBack, notices: options.notices, publicBaseUrl: options.publicBaseUrl };
  const { observations } = view.state;
  switch (view.kind) {
    case 'pickLeg':
      return triageLegCard(observations, scenario, locale, common);
    case 'pickPath':
      return triageLegStepCard('path', view.draft, observations, scenario, locale, common);
    case 'pickEdge':
      return triageLegStepCard('edge', view.draft, observations, scenario, locale, common);
    case 'question':
      return triageQuestionCard(view.slot, view.values, observations, view.known, locale, common);
    case 'result':
      return triageCard(view.result, locale, common);
    default:
      return assertNever(view);
  }
}

export interface RenderOptions {
  /**
   * `repeat`: said again after an interruption; an answer is then not repeated in full, only what can follow it.
   * `acknowledge`: after thanks or a closing remark, which ask for nothing: as `repeat`, and a triage's finished card
   * is not repeated in full either (a blind judge saw the whole card again after "thanks").
   */
  mode: 'show' | 'repeat' | 'acknowledge';
  notices: readonly Notice[];
  publicBaseUrl?: string;
  /** Closes an answer shown in full: what has changed since the article. */
  aside?: Aside;
}

export function renderView(view: View, session: Session, locale: Locale, options: RenderOptions): AdaptiveCard {
  const { notices } = options;
  const canGoBack = session.history.length > 0;
  switch (view.kind) {
    case 'welcome':
      return welcomeCard(locale, { notices });
    case 'question':
      return questionCard(view.slot, view.values, locale, { known: view.known, current: view.current, canGoBack, notices });
    case 'answer':
      return options.mode !== 'show'
        ? followUpCard(view.resolution.scenario, locale, { canGoBack, notices })
        : answerCard(view.resolution, locale, {
            focus: session.focus,
            perspective: session.perspective,
            focused: view.focused,
            otherParty: view.otherParty,
            stated: session.scenario,
            publicBaseUrl: options.publicBaseUrl,
            canGoBack,
            notices: session.expressRoute ? [...notices, keptExpressRouteNotice(session.expressRoute, locale)] : notices,
            aside: options.aside,
          });
    case 'triage':
      return options.mode === 'acknowledge' && view.triage.kind === 'result'
        ? followUpCard(session.scenario, locale, { canGoBack, notices })
        : triageViewCard(view.triage, session.scenario, locale, { ...options, canGoBack });
    default:
      return assertNever(view);
  }
}
