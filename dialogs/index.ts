// The advisor's dialogs (botbuilder-dialogs): the flow, its base dialog and the state they keep.
export { AdvisorDialog } from './advisorDialog';
export type { AdvisorDialogDeps } from './advisorBaseDialog';
export { newSession, type Session } from './session';
export { chooseLocale, messageLocale, textLocale, type Preferences } from './localeChoice';
export { DIALOG_STATE_PROPERTY, PREFERENCES_PROPERTY, SESSION_PROPERTY } from './stateProperties';
