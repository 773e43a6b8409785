export * from './types';
export { triage, type TriageOptions } from './triage';
export { explain, differencesOf } from './search';
export { byLeg, legKey, replacingLegs, pathsObserved, expectedFits, documentedFits, routeFits, routesFit, seenPaths, seenRelays, ownHops, legObserved } from './observe';
export { FACTS, pointOf, pointsFor, answerAt, basePoint, changesBetween, neighboursOf, type Point } from './space';
export { RULES, SECTION_ANCHORS } from './rules';
export { PERFORMANCE_PAGE, PERFORMANCE_TARGETS, QOS_MARKINGS, type PerformanceTarget } from './performance';
export { EDGE_CODES, OBSERVED_PARTIES, PATH_KINDS, edgeCode } from './codes';
