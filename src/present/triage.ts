// The triage in words and as JSON, in the reader's language: what was observed, how it compares with what the
// article describes, the explanations with what to check and where the article says so, and, when the path is as
// the article describes, the performance targets to look at instead. Cards, Block Kit and the command line take
// their words from here.
import {
  PERFORMANCE_PAGE,
  PERFORMANCE_TARGETS,
  QOS_MARKINGS,
  SECTION_ANCHORS,
  clientZones,
  legKey,
  pathsObserved,
  routesOf,
  type AskableSlot,
  type Changes,
  type ExampleId,
  type Explanation,
  type Fact,
  type Ground,
  type Observation,
  type PartialScenario,
  type PartyId,
  type PathKind,
  type Relay,
  type Resolution,
  type Triage,
  type TrafficType,
} from '../engine';
import { t, type Locale } from '../i18n';
import { scenarioFacts, slotLabel, slotValueText } from './answer';
import { articleUrl, exampleLink, learnUrl, type SourceLink } from './links';
import { routeText } from './routes';

export type TriageStatus = Triage['kind'];

export interface ObservationJson {
  traffic: TrafficType;
  party: PartyId;
  path?: PathKind;
  notPaths?: PathKind[];
  edge?: boolean | Relay;
  /** The paths it leaves possible ("not over ExpressRoute" from your network to the cloud: the Internet). */
  paths: PathKind[];
  text: string;
}

export interface DifferenceJson {
  traffic: TrafficType;
  party: PartyId;
  /** What the article says: the table's word when a row states the case. */
  expected: PathKind;
  expectedRoute: string;
  /** The path observed; null when only what it did not take was observed. */
  observed: PathKind | null;
  notObserved?: PathKind[];
  text: string;
}

export interface ExplanationJson {
  changes: Changes;
  /** Each change in words: "User's client is: On the Internet (home, hotel, coffee shop)". */
  changesText: string[];
  /** The example flow that describes what was observed, when the summary table says otherwise (no change needed). */
  documented?: ExampleId;
  plausibility: number;
  checks: string[];
  principles: number[];
  links: SourceLink[];
  /** The observed legs' routes under the changes, in words. */
  routes: string[];
}

/** The `triage` object of `callflow ask --json` (README, "Triage"). */
export interface TriageJson {
  status: TriageStatus;
  /**
   * Whether everything observed is what the article describes: known as soon as it is the same whatever the missing
   * facts (a question may remain about which explanation fits); null while a missing fact decides it.
   */
  matches: boolean | null;
  summary: string;
  observed: ObservationJson[];
  differences: DifferenceJson[];
  explanations: ExplanationJson[];
  notes: string[];
  /** Facts that would separate the outcomes still possible, most informative first (status `question`). */
  missing: AskableSlot[];
  /** While facts are missing: the complete scenarios in which what was observed is what the article describes. */
  consistent: { slots: PartialScenario; text: string }[];
  /** Slots the comparison filled in because they cannot change it. */
  assumed: AskableSlot[];
  /** Observations about a party the call does not have. */
  ignored: ObservationJson[];
}

const list = (items: readonly string[], locale: Locale) => items.join(t(locale, 'triage.listSeparator'));

function pathWords(paths: readonly PathKind[], locale: Locale): string {
  return paths.map((p) => t(locale, `paths.${p}`)).join(t(locale, 'route.or'));
}

function edgeText(edge: Observation['edge'], locale: Locale): string | undefined {
  if (edge === undefined) return undefined;
  if (edge === false) return t(locale, 'triage.observation.noEdge');
  if (edge === true) return t(locale, 'triage.observation.relayed');
  return t(locale, 'triage.observation.relayedBy', { edge: t(locale, `diagram.servers.${edge}`) });
}

/** What was seen of one leg, in words: "ExpressRoute, not the Internet, relayed through an Edge Server". */
export function seenText(o: Observation, locale: Locale): string {
  const parts = [
    ...(o.path ? [t(locale, `paths.${o.path}`)] : []),
    ...((o.notPaths ?? []).length > 0 ? [t(locale, 'triage.observation.not', { paths: pathWords(o.notPaths ?? [], locale) })] : []),
    ...[edgeText(o.edge, locale)].filter((x): x is string => x !== undefined),
  ];
  return list(parts, locale);
}

/** Whose traffic a leg is, in words ("User · Media"). */
export function legName(traffic: TrafficType, party: PartyId, locale: Locale): string {
  return t(locale, 'triage.leg', { party: t(locale, `parties.${party}`), traffic: t(locale, `traffic.${traffic}.name`) });
}

/** One observation in words: whose traffic, and what was seen of it. */
export function observationLine(o: Observation, locale: Locale): string {
  return t(locale, 'triage.observation.line', { leg: legName(o.traffic, o.party, locale), seen: seenText(o, locale) });
}

function observationJson(o: Observation, locale: Locale, paths: readonly PathKind[]): ObservationJson {
  return {
    traffic: o.traffic,
    party: o.party,
    ...(o.path && { path: o.path }),
    ...((o.notPaths ?? []).length > 0 && { notPaths: [...(o.notPaths ?? [])] }),
    ...(o.edge !== undefined && { edge: o.edge }),
    paths: [...paths],
    text: observationLine(o, locale),
  };
}

function routeTextOf(r: Resolution, traffic: TrafficType, party: PartyId, locale: Locale): string {
  const leg = r[traffic].find((l) => l.party === party);
  if (!leg) return '';
  const zones = clientZones(r.scenario);
  return routesOf(leg)
    .map((choice) => routeText(choice.route, leg.from, zones, locale))
    .join(t(locale, 'route.or'));
}

function changeText(fact: Fact, value: string, locale: Locale): string {
  if (fact === 'expressRoute') {
    return t(locale, 'triage.fact', { label: t(locale, 'triage.expressRoute.label'), value: t(locale, `triage.expressRoute.values.${value}`) });
  }
  return t(locale, 'triage.fact', { label: slotLabel(fact, locale), value: slotValueText(fact, value, locale) });
}

export function changesText(changes: Changes, locale: Locale): string[] {
  return (Object.entries(changes) as [Fact, string][]).map(([fact, value]) => changeText(fact, value, locale));
}

export function groundLink(ground: Ground, locale: Locale): SourceLink {
  if (ground.kind === 'example') {
    const { title, url } = exampleLink(ground.example, locale);
    return { title, url };
  }
  return { title: t(locale, `triage.sections.${ground.section}`), url: articleUrl(locale, SECTION_ANCHORS[ground.section]) };
}

export function checkText(e: Explanation, check: Explanation['checks'][number], locale: Locale): string {
  if (check !== 'documentedExample' || !e.documented) return t(locale, `triage.checks.${check}`);
  return t(locale, 'triage.checks.documentedExample', { example: t(locale, `examples.${e.documented}`) });
}

function explanationJson(e: Explanation, observed: readonly Observation[], locale: Locale): ExplanationJson {
  const legs = [...new Map(observed.map((o) => [legKey(o), o])).values()];
  return {
    changes: { ...e.changes },
    changesText: changesText(e.changes, locale),
    ...(e.documented && { documented: e.documented }),
    plausibility: e.plausibility,
    checks: e.checks.map((c) => checkText(e, c, locale)),
    principles: [...e.principles],
    links: e.grounds.map((g) => groundLink(g, locale)),
    routes: legs.map((o) => t(locale, 'triage.routeLine', { leg: legName(o.traffic, o.party, locale), route: routeTextOf(e.resolution, o.traffic, o.party, locale) })),
  };
}

/** The performance targets of the article's family, one line each (also what explains them: explanation.ts). */
export function performanceLines(locale: Locale): string[] {
  const window = (w: string | undefined) => (w ? t(locale, `triage.targets.windows.${w}`) : '');
  return PERFORMANCE_TARGETS.map((target) =>
    t(locale, 'triage.targets.line', {
      metric: t(locale, `triage.targets.metrics.${target.metric}`),
      client: target.client,
      networkEdge: target.networkEdge,
      window: window(target.window),
    }),
  );
}

/** Where the path is what the article describes: the performance targets of the article's family, with their page. */
export function targetLines(locale: Locale): string[] {
  return [
    ...performanceLines(locale),
    t(locale, 'triage.targets.qos', { markings: list(QOS_MARKINGS.map((m) => `${t(locale, `triage.targets.workloads.${m.workload}`)} ${m.dscp}`), locale) }),
  ];
}

export function targetsLink(locale: Locale): SourceLink {
  return { title: t(locale, 'triage.targets.source'), url: learnUrl(PERFORMANCE_PAGE, locale) };
}

function summaryOf(triage: Triage, locale: Locale): string {
  switch (triage.kind) {
    case 'question':
      return t(locale, 'triage.summary.question');
    case 'undetermined':
      return t(locale, triage.consistent.length > 0 ? 'triage.summary.undetermined' : 'triage.summary.nothingFits');
    case 'compared':
      if (triage.matches) {
        const condition = triage.matchesOnlyWith && t(locale, `triage.summary.holdsOnlyIf.${triage.matchesOnlyWith}`);
        return [t(locale, 'triage.summary.matches'), ...(condition ? [condition] : [])].join(' ');
      }
      if (triage.explanations[0]?.documented) return t(locale, 'triage.summary.documented');
      return t(locale, triage.explanations.length > 0 ? 'triage.summary.differs' : 'triage.summary.unexplained');
  }
}

function notesOf(triage: Triage, locale: Locale): string[] {
  if (triage.kind !== 'compared') return [];
  if (triage.matches) return [t(locale, 'triage.causeElsewhere'), ...targetLines(locale)];
  return triage.explanations.length === 0 ? [t(locale, 'triage.noExplanation')] : [];
}

export function differenceJson(d: { observation: Observation; expected: { path: PathKind } }, r: Resolution, locale: Locale): DifferenceJson {
  const o = d.observation;
  const expectedRoute = routeTextOf(r, o.traffic, o.party, locale);
  return {
    traffic: o.traffic,
    party: o.party,
    expected: d.expected.path,
    expectedRoute,
    observed: o.path ?? null,
    ...((o.notPaths ?? []).length > 0 && { notObserved: [...(o.notPaths ?? [])] }),
    text: t(locale, 'triage.difference', {
      leg: legName(o.traffic, o.party, locale),
      expected: t(locale, `paths.${d.expected.path}`),
      route: expectedRoute,
      observed: seenText(o, locale),
    }),
  };
}

export function consistentText(s: PartialScenario, locale: Locale): string {
  return scenarioFacts(s, locale)
    .map((f) => f.value)
    .join(t(locale, 'diagram.factSeparator'));
}

export function triageJson(triage: Triage, locale: Locale): TriageJson {
  const expected = triage.kind === 'compared' ? triage.expected : undefined;
  return {
    status: triage.kind,
    matches: triage.matches,
    summary: summaryOf(triage, locale),
    observed: triage.observations.map((o, i) => observationJson(o, locale, triage.paths[i])),
    differences: triage.kind === 'compared' ? triage.differences.map((d) => differenceJson(d, triage.expected, locale)) : [],
    explanations: triage.kind === 'compared' ? triage.explanations.map((e) => explanationJson(e, triage.observations, locale)) : [],
    notes: notesOf(triage, locale),
    missing: triage.kind === 'question' ? [...triage.missing] : [],
    consistent: triage.kind === 'compared' ? [] : triage.consistent.map((slots) => ({ slots: { ...slots }, text: consistentText(slots, locale) })),
    assumed: expected ? [...expected.assumed] : [],
    ignored: triage.ignored.map((o) => observationJson(o, locale, pathsObserved(o))),
  };
}
