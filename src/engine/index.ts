export * from './types';
export { advise, resolve, type Advice } from './advise';
export { nextQuestions, outcomeOf } from './questions';
export { resolveComplete } from './resolve';
export { normalize, completions, isApplicable, allowedValues, assumedFirewall, canonicalScenario, impliedValue, isConsistent } from './domain';
export { derive, clientZones, type Derivation, type DerivedLeg, type DerivedPath } from './derive';
export {
  areaOfStop,
  areasOf,
  clientStop,
  crosses,
  isClientStop,
  labelFits,
  mixesInternetAndExpressRoute,
  routeProblems,
  routesOf,
  stopsOf,
  type ClientZones,
} from './routes';
export * from './facts';
export { EXPRESS_ROUTE_USES, ASSUMED_EXPRESS_ROUTE_USE, bypassedTraffic, withExpressRouteUse, type ExpressRouteOwner, type ExpressRouteUse } from './expressRoute';
export * from './triage';
