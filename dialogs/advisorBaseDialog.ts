// The base of the advisor's dialogs (the BotBuilder core-bot pattern): reads every message once, chooses the
// language, and handles what the user may say at any point (help, start over, back, language, explain, greetings
// and what it cannot understand) before the flow sees anything. Everything else goes to the flow.
import { CardFactory, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { assertNever, type TrafficType } from '../src/engine';
import { explainCard, helpCard, linksCard, whyCard, otherLocale, sinceArticleAside, sinceArticleCard, welcomeCard, type AdaptiveCard, type Notice } from '../src/cards';
import type { Recognizer } from '../src/nlu/types';
import { toLocale, type Locale } from '../src/i18n';
import { logger as defaultLogger, type Logger } from '../src/log';
import { interpret, type Command, type FlowCommand } from './interpret';
import { chooseLocale, type Preferences } from './localeChoice';
import { backNotice, dependsNotice, diagramNotice, otherLanguageNotice, namedContradictionNotices, expressRouteNotice, infoNotice, misunderstandingNotice, participantsNotice, pathVerdictNotice, unknownFactNotice, unknownForNowNotice, whyNeedsNotice } from './notices';
import { newSession, back, earlierAnswer, restartedSession, type Session } from './session';
import { earlierCaseAnswer } from './earlierCase';
import { triageExpected } from './triageSession';
import { saveTurn } from './turn';
import { awaitsAnswer, pendingQuestion, renderView, viewOf, type RenderOptions, type View } from './view';
import { answerWithoutExpressRoute, isOwnExpressRouteLack } from '../src/present';

export interface AdvisorDialogDeps {
  recognizer: Recognizer;
  /** In conversation state: where the conversation stands. */
  session: StatePropertyAccessor<Session>;
  /** In user state: the language the user chose. */
  preferences: StatePropertyAccessor<Preferences>;
  /** Where diagrams are served (`''`: same-origin relative URLs); answers carry no diagram without it. */
  publicBaseUrl?: string;
  logger?: Logger;
}

export abstract class AdvisorBaseDialog extends ComponentDialog {
  protected readonly logger: Logger;

  constructor(
    id: string,
    protected readonly deps: AdvisorDialogDeps,
  ) {
    super(id);
    this.logger = deps.logger ?? defaultLogger;
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const forFlow = await this.handleTurn(innerDc.context);
    return innerDc.beginDialog(this.initialDialogId, { command: forFlow });
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const forFlow = await this.handleTurn(innerDc.context);
    return forFlow ? innerDc.continueDialog() : Dialog.EndOfTurn;
  }

  /** The welcome card, for a user who was just added to the conversation. */
  async sendWelcome(context: TurnContext): Promise<void> {
    const preferences = await this.deps.preferences.get(context, {});
    const locale = preferences.chosenLocale ?? toLocale(context.activity.locale);
    await this.sendCard(context, welcomeCard(locale));
  }

  /** Reads the message; handles it unless it is the flow's, which is then returned (and saved for the flow to read). */
  private async handleTurn(context: TurnContext): Promise<FlowCommand | undefined> {
    const preferences = { ...(await this.deps.preferences.get(context, {})) };
    const stored = await this.deps.session.get(context, newSession());
    const pending = pendingQuestion(viewOf(stored));
    const { command, textLocale, switchTo, otherLanguage, sites } = interpret(context.activity, this.deps.recognizer, { session: stored, pending });
    // An explanation is "that" to a language switch only while it is the last reply.
    const { explained, ...rest } = stored;
    const kept = explained === undefined || command.kind === 'language' ? stored : rest;
    const session = sites === undefined ? kept : { ...kept, sites };
    if (session !== stored) await this.saveSession(context, session);
    const known = { chosen: preferences.chosenLocale, last: preferences.lastLocale, activityLocale: context.activity.locale };
    const asked = command.kind === 'language' ? command : switchTo;
    if (asked) {
      // No language named ("switch language"): the other one than the conversation's so far.
      preferences.chosenLocale = asked.locale ?? otherLocale(chooseLocale(known));
    }
    const locale = chooseLocale({ ...known, chosen: preferences.chosenLocale, text: textLocale });
    await this.deps.preferences.set(context, { ...preferences, lastLocale: locale });
    this.logger.info('dialog.turn', { command: command.kind, locale, pending: pending?.slot });
    const forFlow = await this.handleAnywhere(context, command, session, locale);
    // "請用中文回答。如果使用者在家呢？": the switch is said with the reply to the rest of the message.
    const leading = switchTo !== undefined && command.kind !== 'language' ? [infoNotice('dialog.languageSwitched', locale)] : [];
    // A message in a language not read: which ones are, with the facts read of it, before what they lead to.
    if (otherLanguage) leading.push(otherLanguageNotice(otherLanguage, locale));
    if (forFlow) saveTurn(context, { command: forFlow, session, locale, leading });
    return forFlow;
  }

  /** Handles a command that may come at any point; returns the command when it is the flow's to handle. */
  private async handleAnywhere(context: TurnContext, command: Command, session: Session, locale: Locale): Promise<FlowCommand | undefined> {
    const repeat = (notices: Notice[]) => this.showSession(context, session, locale, { mode: 'repeat', notices });
    const acknowledge = (notices: Notice[]) => this.showSession(context, session, locale, { mode: 'acknowledge', notices });
    // The diagram or the source asked for before there is an answer: said so, the question on screen kept.
    const noAnswerYet = (asked: 'diagram' | 'source') => repeat([infoNotice(`dialog.beforeAnswer.${asked}`, locale)]);
    switch (command.kind) {
      case 'tell':
      case 'change':
      case 'triage':
        return command;
      case 'help':
        await this.sendCard(context, helpCard(locale));
        if (awaitsAnswer(viewOf(session))) await repeat([]);
        return undefined;
      case 'sinceArticle':
        // What has changed since the article, each fact dated and linked to Microsoft Learn, as the reply itself.
        await this.sendCard(context, sinceArticleCard(locale));
        if (awaitsAnswer(viewOf(session))) await repeat([]);
        return undefined;
      case 'explain':
        await this.sendCard(context, explainCard(command.topic, locale));
        await this.saveSession(context, { ...session, explained: command.topic });
        if (awaitsAnswer(viewOf(session))) await repeat([]);
        return undefined;
      case 'language': {
        const switched = [infoNotice('dialog.languageSwitched', locale)];
        // "Can you say that in Chinese?" right after an explanation: that explanation, in the language asked for.
        if (session.explained === undefined) {
          await this.showSession(context, session, locale, { mode: 'show', notices: switched });
          return undefined;
        }
        await this.sendCard(context, explainCard(session.explained, locale, { notices: switched }));
        if (awaitsAnswer(viewOf(session))) await repeat([]);
        return undefined;
      }
      case 'restart':
        await this.saveSession(context, restartedSession(session));
        await this.sendCard(context, welcomeCard(locale, { notices: [infoNotice('dialog.startedOver', locale)] }));
        return undefined;
      case 'back': {
        const undone = back(session);
        if (!undone) {
          await repeat([infoNotice('dialog.nothingToUndo', locale)]);
          return undefined;
        }
        await this.saveSession(context, undone.session);
        await this.showSession(context, undone.session, locale, { mode: 'show', notices: [backNotice(undone.changes, locale)] });
        return undefined;
      }
      case 'greeting':
        await repeat(session.started ? [infoNotice('dialog.greeting', locale)] : []);
        return undefined;
      case 'thanks':
        await acknowledge([infoNotice('dialog.thanks', locale)]);
        return undefined;
      case 'proxy':
        await repeat([infoNotice('triage.checks.proxy', locale)]);
        return undefined;
      case 'ok': {
        // "ok" is no answer: a question on screen is asked again, said to be still needed; on the welcome, a hello.
        const key = awaitsAnswer(viewOf(session)) ? 'dialog.stillNeeded' : session.started ? 'dialog.ok' : 'dialog.greeting';
        await acknowledge([infoNotice(key, locale)]);
        return undefined;
      }
      case 'expressRoute': {
        if (command.supposed) {
          // Shown, not kept: the lack said goes on for the answers that follow.
          const { expressRoute: _lack, ...withIt } = session;
          const view = viewOf(withIt);
          const notices = [infoNotice('dialog.expressRoute.hasSupposed', locale)];
          if (view.kind === 'answer') await this.sendCard(context, renderView(view, withIt, locale, { mode: 'show', notices, publicBaseUrl: this.deps.publicBaseUrl }));
          else await repeat(notices);
          return undefined;
        }
        // Said as a fact of ours, or taken back ("we do have ER" after it): kept for every answer that follows.
        if (command.kept || (command.claim === 'has' && session.expressRoute)) {
          const { expressRoute: _said, ...withIt } = session;
          const next: Session = command.kept && isOwnExpressRouteLack(command.claim) ? { ...session, expressRoute: command.claim } : withIt;
          await this.saveSession(context, next);
          const answer = viewOf(next).kind === 'answer';
          // An answer on screen says it is worked out without it (renderView); a question, that it will be.
          const notices = next.expressRoute && answer ? [] : [infoNotice(next.expressRoute ? `dialog.expressRoute.${next.expressRoute}Noted` : 'dialog.expressRoute.hasAgain', locale)];
          await this.showSession(context, next, locale, { mode: answer ? 'show' : 'repeat', notices });
          return undefined;
        }
        const view = viewOf(session);
        // A triage's result on screen is of the call the conversation is about: a what-if without ExpressRoute asks
        // for that call's answer without it, as after its answer (conv56, a dev conversation: the scope notice).
        const shown = view.kind === 'triage' && !awaitsAnswer(view) ? viewOf({ ...session, triage: undefined }) : view;
        if (shown.kind === 'answer' && isOwnExpressRouteLack(command.claim)) {
          // Shown, not kept: the answers go on assuming ExpressRoute, as the article's paths do (already worked out
          // without it when a lack was said before).
          const without: View = { ...shown, resolution: answerWithoutExpressRoute(shown.resolution) };
          const notices = session.expressRoute ? [] : [infoNotice(`dialog.expressRoute.${command.claim}Answer`, locale)];
          await this.sendCard(context, renderView(without, session, locale, { mode: 'show', notices, publicBaseUrl: this.deps.publicBaseUrl }));
          return undefined;
        }
        await repeat([expressRouteNotice(command.claim, view.kind === 'answer' ? view.resolution : undefined, session, locale)]);
        return undefined;
      }
      case 'contradiction': {
        const view = viewOf(session);
        await repeat(namedContradictionNotices(session, command.named, view.kind === 'answer' ? view.resolution : undefined, locale));
        return undefined;
      }
      case 'participants': {
        const view = viewOf(session);
        if (view.kind === 'answer') await repeat([participantsNotice(view.resolution, session, locale)]);
        return undefined;
      }
      case 'pathAsked':
        await repeat([pathVerdictNotice(command.verdict, locale)]);
        return undefined;
      case 'organizersPaths': {
        // Shown, not kept: the user's answer stays the one the conversation goes on from.
        const shown: Session = { ...session, scenario: { ...session.scenario, ...command.slots }, sinceArticleShown: true };
        const view = viewOf(shown);
        if (view.kind !== 'answer') {
          await repeat([misunderstandingNotice({ reason: 'organizerPlace' }, awaitsAnswer(viewOf(session)), locale)]);
          return undefined;
        }
        await this.sendCard(context, renderView(view, shown, locale, { mode: 'show', notices: [infoNotice('dialog.organizersPaths', locale)], publicBaseUrl: this.deps.publicBaseUrl }));
        return undefined;
      }
      case 'unknownFact':
        await repeat([command.asked ? unknownForNowNotice(command.slots, locale) : unknownFactNotice(session, command.slots, locale)]);
        return undefined;
      case 'notUnderstood':
        await repeat([misunderstandingNotice(command.why, awaitsAnswer(viewOf(session)), locale)]);
        return undefined;
      case 'why': {
        const earlier = command.earlier && earlierCaseAnswer(session, command.earlier);
        if (earlier) {
          await this.sendCard(context, whyCard(earlier, locale, { focus: session.focus, perspective: session.perspective, notices: [infoNotice('dialog.whyEarlier', locale)] }));
          return undefined;
        }
        await this.sendWhy(context, viewOf(session), { ...session, perspective: command.party ?? session.perspective }, locale, command.focus);
        return undefined;
      }
      case 'links': {
        const view = viewOf(session);
        const expected = view.kind === 'triage' ? triageExpected(view.triage, session.scenario, session.focus) : undefined;
        const shown = view.kind === 'answer' ? view.resolution : expected && 'resolution' in expected ? expected.resolution : undefined;
        const answer = (command.earlier ? earlierAnswer(session) : undefined) ?? shown;
        await this.sendCard(context, linksCard(answer, locale));
        if (awaitsAnswer(view)) await repeat([]);
        return undefined;
      }
      case 'dontKnow':
        await repeat([dependsNotice(session, command.slot, command.values, locale)]);
        return undefined;
      case 'beforeAnswer':
        await noAnswerYet(command.asked);
        return undefined;
      case 'diagram': {
        // The answer card carries the diagram (where the host serves diagrams): shown again.
        const view = viewOf(session);
        if (view.kind !== 'answer') {
          await noAnswerYet('diagram');
          return undefined;
        }
        const notices = [diagramNotice(this.deps.publicBaseUrl !== undefined, view.otherParty?.dependsOn, locale)];
        await this.sendCard(context, renderView(view, session, locale, { mode: 'show', notices, publicBaseUrl: this.deps.publicBaseUrl }));
        return undefined;
      }
      default:
        return assertNever(command);
    }
  }

  /**
   * The reasons of the answer on screen (which stays where it is), or of the path a triage expects, its step shown
   * again after them; while the triage lacks a fact for that path, which fact. Nothing of the session changes.
   */
  private async sendWhy(context: TurnContext, view: View, session: Session, locale: Locale, named?: TrafficType): Promise<void> {
    const repeat = (notices: Notice[]) => this.showSession(context, session, locale, { mode: 'repeat', notices });
    const options = { focus: named ?? session.focus, perspective: session.perspective };
    if (view.kind === 'answer') {
      // Without our ExpressRoute (said before): the reasons are the article's, for its paths, said to be worked out
      // without it here (the reasons of a path taken only for lack of ExpressRoute would be none of the article's).
      const { expressRoute: lacking, ...withIt } = session;
      const reasons = lacking ? viewOf(withIt) : view;
      const notices = lacking ? [infoNotice('dialog.expressRoute.whyKept', locale)] : [];
      const resolution = reasons.kind === 'answer' ? reasons.resolution : view.resolution;
      await this.sendCard(context, whyCard(resolution, locale, { ...options, focus: named ?? (view.focused ? session.focus : undefined), notices }));
      return;
    }
    if (view.kind !== 'triage') {
      await repeat([misunderstandingNotice({ reason: 'text' }, awaitsAnswer(view), locale)]);
      return;
    }
    const expected = triageExpected(view.triage, session.scenario, named ?? session.focus);
    if ('missing' in expected) {
      await repeat([whyNeedsNotice(expected.missing, locale)]);
      return;
    }
    await this.sendCard(context, whyCard(expected.resolution, locale, { ...options, notices: [infoNotice('dialog.whyExpected', locale)] }));
    if (awaitsAnswer(view)) await repeat([]);
  }

  protected async saveSession(context: TurnContext, session: Session): Promise<void> {
    await this.deps.session.set(context, session);
  }

  /**
   * Shows where the conversation stands: the welcome, the next question or the answer. The first answer shown in
   * full in a conversation also says what has changed since the article; the session remembers it was said.
   */
  protected async showSession(
    context: TurnContext,
    session: Session,
    locale: Locale,
    options: Omit<RenderOptions, 'publicBaseUrl' | 'aside'>,
  ): Promise<void> {
    const view = viewOf(session);
    const firstAnswer = view.kind === 'answer' && options.mode === 'show' && !session.sinceArticleShown;
    if (firstAnswer) await this.saveSession(context, { ...session, sinceArticleShown: true });
    const aside = firstAnswer ? sinceArticleAside(locale) : undefined;
    const card = renderView(view, session, locale, { ...options, publicBaseUrl: this.deps.publicBaseUrl, aside });
    await this.sendCard(context, card);
  }

  protected async sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}
