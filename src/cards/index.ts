// Adaptive Cards (schema 1.5) as pure functions of the engine's answers and the locales. No channel code here:
// the Bot Framework channel sends them, the Slack channel converts them.
export type { AdaptiveCard, Aside, CardElement, Notice } from './template';
export { asideElement } from './template';
export { sinceArticleAside } from './sinceArticle';
export { isAskable, parseCardAction, type CardAction, type SubmitButton } from './actions';
export { answerCard, diagramUrl, type AnswerCardOptions } from './answerCard';
export { questionCard, type QuestionCardOptions } from './questionCard';
export { welcomeCard } from './welcomeCard';
export { helpCard } from './helpCard';
export { explainCard, linksCard, sinceArticleCard, whyCard } from './explainCard';
export { followUpCard } from './followUpCard';
export { changeableSlots } from './whatIf';
export { otherLocale } from './buttons';
export { diagramKey, scenarioFromDiagramKey } from './diagramKey';
export { focusedDiagramKey, focusedFromDiagramKey, isFocusedDiagramKey } from './focusedDiagramKey';
export { EXPLAIN_TOPICS, parseExplainTopic } from './topics';
export { sampleCards, type CardKind, type SampleCard } from './samples';
export { triageCard, triageLegCard, triageLegStepCard, triageQuestionCard, triageDiagramUrl, type TriageCardOptions } from './triageCards';
export { triageDiagramKey, triageFromDiagramKey, isTriageDiagramKey } from './triageDiagramKey';
export type { EdgeAnswer, TriageAction } from './actions';
