// The triage's cards: the steps of a triage by buttons (which leg was observed, its path, whether an Edge relayed
// it, a fact that would tell the explanations apart), and the result: expected and observed side by side, the
// explanations with what to check and where the article says so, and a diagram that marks the observed path.
import { clientZones, PATH_KINDS, routesOf, type AskableSlot, type Observation, type PartialScenario, type Triage, type TrafficType } from '../engine';
import {
  changesText,
  checkText,
  groundLink,
  legName,
  observationLine,
  routeText,
  scenarioFacts,
  seenText,
  slotQuestion,
  slotValueText,
  targetsLink,
  triageJson,
  type SourceLink,
  type TriageJson,
} from '../present';
import { t, type Locale } from '../i18n';
import resultTemplate from '../../cards/triage.json';
import stepTemplate from '../../cards/triageStep.json';
import { EDGE_ANSWERS, type SubmitButton, type TriageAction } from './actions';
import { backButton, nextStepButtons, rowsOf } from './buttons';
import { diagramAddress } from './diagramKey';
import { triageDiagramKey } from './triageDiagramKey';
import { fillCard, type AdaptiveCard, type Notice } from './template';

export interface TriageCardOptions {
  /** Where the diagrams are served; no diagram without it. */
  publicBaseUrl?: string;
  canGoBack?: boolean;
  notices?: readonly Notice[];
}

/** The most explanations a card lists (the command line's JSON lists every one). */
const SHOWN_EXPLANATIONS = 4;

function observedLines(observations: readonly Observation[], locale: Locale): string[] {
  return observations.map((o) => observationLine(o, locale));
}

const button = (title: string, data: TriageAction): SubmitButton => ({ title, data });

interface StepContent {
  question: string;
  why?: string;
  hint?: string;
  actions: SubmitButton[];
  observed: readonly Observation[];
  known: PartialScenario;
}

function stepCard(content: StepContent, locale: Locale, options: TriageCardOptions): AdaptiveCard {
  // Rows of choices: hosts show at most five actions in a set, and the questions have up to five answers here.
  const choices = rowsOf(content.actions, 3);
  const commands = options.canGoBack ? [backButton(locale)] : [];
  const hint = content.hint ?? t(locale, 'triage.card.hint');
  return fillCard({
    template: stepTemplate,
    notices: options.notices,
    // Numbered, so a client without cards can answer "2".
    fallback: [content.question, ...(content.why ? [content.why] : []), ...content.actions.map((a, i) => `${i + 1}. ${a.title}`)],
    data: {
      heading: t(locale, 'triage.card.heading'),
      question: content.question,
      why: content.why ?? '',
      hint,
      observedHeading: t(locale, 'triage.card.observedHeading'),
      observed: observedLines(content.observed, locale),
      soFarHeading: t(locale, 'cards.question.soFar'),
      facts: scenarioFacts(content.known, locale).map(({ title, value }) => ({ title, value })),
      choices,
      commands,
    },
  });
}

/** The first step of a triage by buttons: whose traffic, and which kind, was observed. */
export function triageLegCard(observed: readonly Observation[], known: PartialScenario, locale: Locale, options: TriageCardOptions = {}): AdaptiveCard {
  const legs: [TrafficType, 'user' | 'peer'][] = [
    ['media', 'user'],
    ['signaling', 'user'],
    ['media', 'peer'],
    ['signaling', 'peer'],
  ];
  return stepCard(
    {
      question: t(locale, 'triage.card.pickLeg'),
      hint: t(locale, 'triage.card.pickLegHint'),
      actions: legs.map(([traffic, party]) => button(legName(traffic, party, locale), { action: 'observeLeg', traffic, party })),
      observed,
      known,
    },
    locale,
    options,
  );
}

/** A leg being described: which path it took, then whether an Edge Server relayed it. */
export function triageLegStepCard(
  step: 'path' | 'edge',
  leg: { traffic: TrafficType; party: 'user' | 'peer' },
  observed: readonly Observation[],
  known: PartialScenario,
  locale: Locale,
  options: TriageCardOptions = {},
): AdaptiveCard {
  const name = legName(leg.traffic, leg.party, locale);
  const actions =
    step === 'path'
      ? [
          ...PATH_KINDS.map((path) => button(t(locale, `paths.${path}`), { action: 'observePath', path })),
          button(t(locale, 'triage.card.notExpressRoute'), { action: 'observeNotPath', path: 'expressRoute' }),
        ]
      : EDGE_ANSWERS.map((edge) => button(t(locale, `triage.card.edge.${edge}`), { action: 'observeEdge', edge }));
  const question = t(locale, step === 'path' ? 'triage.card.pickPath' : 'triage.card.pickEdge', { leg: name });
  return stepCard({ question, actions, observed, known }, locale, options);
}

/** A fact that would tell the explanations apart, with "don't know" beside the values. */
export function triageQuestionCard(
  slot: AskableSlot,
  values: readonly string[],
  observed: readonly Observation[],
  known: PartialScenario,
  locale: Locale,
  options: TriageCardOptions = {},
): AdaptiveCard {
  return stepCard(
    {
      question: slotQuestion(slot, locale),
      why: t(locale, 'triage.card.questionWhy'),
      actions: [
        ...values.map((value) => ({ title: slotValueText(slot, value, locale), data: { action: 'answer' as const, slot, value } })),
        button(t(locale, 'triage.card.unknown'), { action: 'triageUnknown', slot }),
      ],
      observed,
      known,
    },
    locale,
    options,
  );
}

/** Where a triage's diagram is served: its key names the scenario compared and what was observed. */
export function triageDiagramUrl(publicBaseUrl: string, locale: Locale, scenario: PartialScenario, observations: readonly Observation[]): string {
  return diagramAddress(publicBaseUrl, locale, triageDiagramKey(scenario, observations));
}

type Compared = Extract<Triage, { kind: 'compared' }>;

const SUMMARY_COLOR = { matches: 'good', documented: 'accent', differs: 'warning', unexplained: 'attention', open: 'default' } as const;

function summaryColor(result: Triage): string {
  if (result.kind !== 'compared') return SUMMARY_COLOR.open;
  if (result.matches) return SUMMARY_COLOR.matches;
  if (result.explanations[0]?.documented) return SUMMARY_COLOR.documented;
  return result.explanations.length > 0 ? SUMMARY_COLOR.differs : SUMMARY_COLOR.unexplained;
}

/** Expected and observed side by side, one row per leg observed. */
function rows(result: Compared, locale: Locale) {
  const zones = clientZones(result.expected.scenario);
  return result.observations.map((o) => {
    const leg = result.expected[o.traffic].find((l) => l.party === o.party);
    const differs = result.differences.some((d) => d.observation === o);
    const documented = differs && result.explanations[0]?.documented !== undefined;
    const verdict = documented ? 'documented' : differs ? 'differs' : 'same';
    return {
      leg: legName(o.traffic, o.party, locale),
      expected: leg ? t(locale, `paths.${leg.path}`) : '',
      expectedRoute: leg ? routesOf(leg).map((c) => routeText(c.route, leg.from, zones, locale)).join(t(locale, 'route.or')) : '',
      observed: seenText(o, locale),
      verdict: t(locale, `triage.card.verdict.${verdict}`),
      color: verdict === 'same' ? 'good' : verdict === 'documented' ? 'accent' : 'warning',
    };
  });
}

/** `json`: the triage's JSON explanations, already made for the card (their routes in words). */
function explanationItems(result: Compared, json: TriageJson['explanations'], locale: Locale) {
  return result.explanations.slice(0, SHOWN_EXPLANATIONS).map((e, i) => ({
    heading: e.documented
      ? t(locale, 'triage.card.documentedHeading', { n: i + 1, example: t(locale, `examples.${e.documented}`) })
      : t(locale, 'triage.card.explanationHeading', { n: i + 1, changes: changesText(e.changes, locale).join(t(locale, 'triage.card.and')) }),
    routes: json[i].routes,
    checks: e.checks.map((c) => `• ${checkText(e, c, locale)}`),
    links: e.grounds.map((g) => groundLink(g, locale)),
  }));
}

/** The triage's result: what matches, what differs and why, or (facts unknown) the calls in which it would match. */
export function triageCard(result: Exclude<Triage, { kind: 'question' }>, locale: Locale, options: TriageCardOptions = {}): AdaptiveCard {
  const json = triageJson(result, locale);
  const compared = result.kind === 'compared' ? result : undefined;
  const explanations = compared ? explanationItems(compared, json.explanations, locale) : [];
  const hidden = compared ? compared.explanations.length - explanations.length : 0;
  const noteLinks: SourceLink[] = compared?.matches ? [targetsLink(locale)] : [];
  const { notes } = json;
  const known = compared ? compared.expected.scenario : result.scenario;
  const assumed = new Set<string>(compared?.expected.assumed ?? []);
  const facts = scenarioFacts(known, locale).map(({ slot, title, value }) => ({
    title,
    value: assumed.has(slot) ? t(locale, 'triage.card.assumed', { value }) : value,
  }));
  const hasDiagram = options.publicBaseUrl !== undefined && compared !== undefined;
  const title = t(locale, 'triage.card.title');
  const commands = [
    { title: t(locale, 'triage.card.addObservation'), data: { action: 'triage' as const } },
    ...nextStepButtons(locale, options.canGoBack ?? false),
  ];
  return fillCard({
    template: resultTemplate,
    notices: options.notices,
    fallback: [
      title,
      json.summary,
      ...json.observed.map((o) => o.text),
      ...json.differences.map((d) => d.text),
      ...explanations.flatMap((e) => [e.heading, ...e.checks, ...e.links.map((l) => `${l.title}: ${l.url}`)]),
      ...json.consistent.map((c) => c.text),
      ...notes,
    ],
    data: {
      title,
      summary: json.summary,
      summaryColor: summaryColor(result),
      columns: {
        leg: t(locale, 'triage.card.columns.leg'),
        expected: t(locale, 'triage.card.columns.expected'),
        observed: t(locale, 'triage.card.columns.observed'),
      },
      rows: compared ? rows(compared, locale) : [],
      hasDiagram,
      diagram: {
        url: hasDiagram && compared ? triageDiagramUrl(options.publicBaseUrl as string, locale, compared.expected.scenario, compared.observations) : '',
        altText: t(locale, 'triage.card.diagramAlt', { summary: [json.summary, ...json.observed.map((o) => o.text)].join(' ') }),
      },
      explanationsHeading: t(locale, 'triage.card.explanationsHeading'),
      explanations,
      more: hidden > 0 ? t(locale, 'triage.card.more', { count: hidden }) : '',
      consistent: json.consistent.map((c) => `• ${c.text}`),
      notesHeading: t(locale, 'triage.card.notesHeading'),
      notes,
      noteLinks,
      scenarioHeading: t(locale, 'answer.scenarioHeading'),
      facts,
      commands,
    },
  });
}

