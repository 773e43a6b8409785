// The Bot Framework channel (Teams, the Emulator): a restify server with POST /api/messages and GET /healthz.
export { createBotServer, MESSAGES_PATH, HEALTH_PATH, type BotServer, type BotServerOptions } from './server';
export { jsonBody, MAX_BODY_BYTES } from './body';
