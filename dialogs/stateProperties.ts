// The names of the advisor's state properties: conversation state holds the session and the dialog stack, user
// state the language preferences (other channels read those too, e.g. Slack's App Home).
export const SESSION_PROPERTY = 'advisorSession';
export const DIALOG_STATE_PROPERTY = 'dialogState';
export const PREFERENCES_PROPERTY = 'advisorPreferences';
