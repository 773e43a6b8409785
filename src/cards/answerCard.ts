// The answer: signaling and media per party with the path named and colored and the route in words (every route a
// party may take, and what decides), the scenario, the diagram, where the answer comes from (never presenting a
// derived answer as documented, always with a link into the article), example links, notes and what to do next.
import {
  canonicalScenario,
  TRAFFIC_TYPES,
  type PartialScenario,
  type PathKind,
  type Perspective,
  type Resolution,
  type TrafficType,
} from '../engine';
import { answerView, focusOf, otherPartyNote, otherTrafficNote, routeLines, scenarioFacts, type FocusedAnswer, type LegView, type OtherParty } from '../present';
import { t, type Locale } from '../i18n';
import template from '../../cards/answer.json';
import { nextStepButtons } from './buttons';
import { diagramAddress, diagramKey } from './diagramKey';
import { focusedDiagramKey } from './focusedDiagramKey';
import { fillCard, type AdaptiveCard, type Aside, type Notice } from './template';
import { whatIfChoices } from './whatIf';

export interface AnswerCardOptions {
  /** The traffic type the user asked about: it leads the card. */
  focus?: TrafficType;
  /** The party the user asked about (broadcast attendees): its path leads each traffic type. */
  perspective?: Perspective;
  /** Asked about one traffic type while the other is not known yet: the other is left out, and what it depends on said. */
  focused?: FocusedAnswer;
  /**
   * Asked about one party while the other's paths are not known yet: the other's legs are left out, what they depend
   * on is said, and no diagram is drawn (the diagram draws every party, and none may be a guess).
   */
  otherParty?: OtherParty;
  /** What the user said; the answer's other slots are marked as not asked (they cannot change the paths). */
  stated?: PartialScenario;
  /** Where the diagrams are served; no diagram without it. */
  publicBaseUrl?: string;
  canGoBack?: boolean;
  notices?: readonly Notice[];
  /** Closes the card: what has changed since the article, on the first answer of a conversation. */
  aside?: Aside;
}

/** How a path is marked: a colored cell and text, so the path reads at a glance and without color too. */
const PATH_STYLE: Record<PathKind, { style: string; color: string }> = {
  local: { style: 'good', color: 'good' },
  expressRoute: { style: 'accent', color: 'accent' },
  internet: { style: 'warning', color: 'warning' },
};

function trafficOrder(focus: TrafficType | undefined): TrafficType[] {
  return focus ? [focus, ...TRAFFIC_TYPES.filter((x) => x !== focus)] : ['signaling', 'media'];
}

function titleKey(focus: TrafficType | undefined, attendeesLead: boolean): string {
  if (attendeesLead) return 'cards.answer.titleAttendees';
  if (focus === undefined) return 'cards.answer.title';
  return focus === 'media' ? 'cards.answer.titleMedia' : 'cards.answer.titleSignaling';
}

/**
 * Where an answer's diagram is served: the key names the answer's scenario in its canonical form, so whatever the
 * user said or was assumed, the address is one the diagram route serves. A focused answer's key names what is known
 * and the traffic asked about, from which the route gives the same answer again (src/cards/focusedDiagramKey).
 */
export function diagramUrl(publicBaseUrl: string, locale: Locale, scenario: PartialScenario, focused?: FocusedAnswer): string {
  const key = focused ? focusedDiagramKey(focused.known, focusOf(focused.otherTraffic)) : diagramKey(canonicalScenario(scenario));
  return diagramAddress(publicBaseUrl, locale, key);
}

function legLine(leg: LegView, locale: Locale): string {
  return t(locale, 'cards.answer.legLine', { party: leg.party, path: leg.pathText, route: routeLines(leg, locale).join('; ') });
}

export function answerCard(resolution: Resolution, locale: Locale, options: AnswerCardOptions = {}): AdaptiveCard {
  const view = answerView(resolution, locale, { perspective: options.perspective });
  // Attendees receive the broadcast stream: asked about them, the card leads with their media.
  const attendeesLead = options.perspective === 'attendees' && resolution.media.some((leg) => leg.party === 'attendees');
  const other = options.focused?.otherTraffic;
  const order = trafficOrder(options.focus ?? (attendeesLead ? 'media' : undefined)).filter((id) => id !== other?.traffic);
  const notes = [
    ...(options.otherParty ? [otherPartyNote(options.otherParty, locale)] : []),
    ...(other ? [otherTrafficNote(other, locale)] : []),
    ...view.notes,
  ];
  const traffic = order.map((id) => ({
    id,
    name: t(locale, `answer.${id}`),
    legs: view[id].map((leg) => ({ ...leg, routeLines: routeLines(leg, locale), ...PATH_STYLE[leg.path] })),
  }));
  const pathSummary = traffic.map((x) =>
    t(locale, 'cards.answer.trafficLine', { traffic: x.name, legs: x.legs.map((leg) => legLine(leg, locale)).join(' / ') }),
  );
  const stated = options.stated;
  const facts = scenarioFacts(resolution.scenario, locale).map(({ slot, title, value }) => ({
    title,
    value: stated && stated[slot] === undefined ? t(locale, 'cards.answer.assumed', { value }) : value,
  }));
  const commands = nextStepButtons(locale, options.canGoBack ?? false);
  const title = t(locale, titleKey(options.focus, attendeesLead));
  return fillCard({
    template,
    notices: options.notices,
    aside: options.aside,
    fallback: [
      title,
      ...pathSummary,
      `${view.sourceText}: ${view.sourceLink.url}`,
      ...view.examples.map((e) => `${e.title}: ${e.url}`),
      ...notes,
    ],
    data: {
      title,
      badge: view.badge,
      badgeColor: view.derived ? 'warning' : 'good',
      traffic,
      hasDiagram: options.publicBaseUrl !== undefined && options.otherParty === undefined,
      diagram: {
        url: options.publicBaseUrl === undefined ? '' : diagramUrl(options.publicBaseUrl, locale, resolution.scenario, options.focused),
        altText: t(locale, 'cards.answer.diagramAlt', { summary: pathSummary.join(' ') }),
      },
      scenarioHeading: t(locale, 'answer.scenarioHeading'),
      facts,
      sourceHeading: t(locale, 'cards.answer.sourceHeading'),
      sourceText: view.sourceText,
      sourceLink: view.sourceLink,
      principlesText: view.principlesText,
      examplesHeading: t(locale, 'answer.examplesHeading'),
      examples: view.examples.map(({ title: exampleTitle, url }) => ({ title: exampleTitle, url })),
      noExample: t(locale, 'answer.noExample'),
      notesHeading: t(locale, 'answer.notesHeading'),
      notes,
      whatIf: whatIfChoices(resolution.scenario, locale),
      commands,
    },
  });
}
