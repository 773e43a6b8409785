// The Bot Framework bot: what the server constructs (createAdvisorBot) and plugs into the adapter (handleTurnError).
export { AdvisorBot, createAdvisorBot, type AdvisorDeps } from './advisorBot';
export { handleTurnError } from './turnError';
