// The Slack channel: the advisor in Slack through Bolt, on the same bot, dialogs and storage as Teams.
export { createSlackApp, SLACK_MAX_BODY_BYTES, type SlackApp, type SlackAppOptions } from './app';
export { slackSettings, SLACK_EVENTS_PATH, type SlackSettings } from './settings';
export { adaptiveCardToBlocks, CardConversionError, type SlackMessage } from './blockkit';
