export * from './types';
export { advise, resolve, type Advice } from './advise';
export { nextQuestions, outcomeOf } from './questions';
export { resolveComplete } from './resolve';
export { normalize, completions, isApplicable, allowedValues, assumedFirewall } from './domain';
export { derive } from './derive';
export * from './facts';
