// Actions as Block Kit: Submit and OpenUrl buttons in actions blocks, ShowCard cards laid out below them, and
// ChoiceSet inputs as selects whose choice travels with the next Submit.
import type { types } from '@slack/bolt';
import {
  ACTION_ID,
  CardConversionError,
  chunks,
  invalid,
  isObject,
  linkUrl,
  mrkdwn,
  optionalList,
  optionalString,
  plainText,
  pushText,
  requiredString,
  type ElementConverter,
  type Json,
  type State,
} from './blockkit-common';
import { SLACK_LIMITS } from './blockkit-limits';
import { escapeMrkdwn, markdownToMrkdwn, truncate } from './mrkdwn';

function buttonTitle(action: Json, path: string, state: State): types.PlainTextElement {
  const title = requiredString(action, 'title', path).trim();
  state.labels.push(title);
  return plainText(truncate(title, SLACK_LIMITS.buttonText));
}

function buttonStyle(action: Json): Pick<types.Button, 'style'> {
  if (action.style === 'positive') return { style: 'primary' };
  if (action.style === 'destructive') return { style: 'danger' };
  return {};
}

function submitButton(action: Json, path: string, state: State): types.Button {
  const value = JSON.stringify(action.data ?? {});
  if (value.length > SLACK_LIMITS.buttonValue) {
    const detail = `submit data of ${value.length} characters (Slack allows ${SLACK_LIMITS.buttonValue})`;
    throw new CardConversionError('overLimit', path, detail);
  }
  const text = buttonTitle(action, path, state);
  return { type: 'button', action_id: `${ACTION_ID.submit}${state.actions++}`, text, value, ...buttonStyle(action) };
}

function linkButton(action: Json, path: string, state: State): types.Button {
  const url = linkUrl(action, path);
  const text = buttonTitle(action, path, state);
  return { type: 'button', action_id: `${ACTION_ID.link}${state.actions++}`, text, url, ...buttonStyle(action) };
}

interface ShownCard {
  title: string;
  card: unknown;
  path: string;
}

function collectAction(action: unknown, path: string, state: State, buttons: types.Button[], shown: ShownCard[]): void {
  if (!isObject(action)) throw invalid(path, 'an action must be an object');
  switch (action.type) {
    case 'Action.Submit':
      buttons.push(submitButton(action, path, state));
      return;
    case 'Action.OpenUrl':
      buttons.push(linkButton(action, path, state));
      return;
    case 'Action.ShowCard':
      shown.push({ title: requiredString(action, 'title', path).trim(), card: action.card, path: `${path}.card` });
      return;
    default:
      if (action.fallback === 'drop') return;
      if (isObject(action.fallback)) return collectAction(action.fallback, `${path}.fallback`, state, buttons, shown);
      throw new CardConversionError('unsupportedAction', path, `${String(action.type)} has no Block Kit equivalent`);
  }
}

/**
 * Buttons in actions blocks of at most 25; a ShowCard's card is shown below them, under its title (Slack has no
 * expanding cards).
 */
export function convertActions(actions: readonly unknown[], path: string, state: State): void {
  const buttons: types.Button[] = [];
  const shown: ShownCard[] = [];
  actions.forEach((action, i) => collectAction(action, `${path}[${i}]`, state, buttons, shown));
  for (const group of chunks(buttons, SLACK_LIMITS.actionsElements)) state.blocks.push({ type: 'actions', elements: group });
  for (const card of shown) {
    state.texts.push(card.title);
    state.blocks.push({ type: 'divider' });
    pushText(state, `*${escapeMrkdwn(card.title)}*`, 'section');
    state.convertCard(card.card, card.path);
  }
}

export const actionSet: ElementConverter = (element, path, state) => {
  convertActions(optionalList(element, 'actions', path), `${path}.actions`, state);
};

function choiceOption(choice: unknown, path: string): types.PlainTextOption {
  if (!isObject(choice)) throw invalid(path, 'a choice must be an object');
  const value = requiredString(choice, 'value', path);
  if (value.length > SLACK_LIMITS.optionValue) {
    throw new CardConversionError('overLimit', path, `choice value of ${value.length} characters`);
  }
  return { text: plainText(truncate(requiredString(choice, 'title', path).trim(), SLACK_LIMITS.optionText)), value };
}

export const choiceSet: ElementConverter = (element, path, state) => {
  const id = requiredString(element, 'id', path);
  const options = optionalList(element, 'choices', path).map((choice, i) => choiceOption(choice, `${path}.choices[${i}]`));
  if (options.length === 0 || options.length > SLACK_LIMITS.selectOptions) {
    throw new CardConversionError('overLimit', path, `${options.length} choices (Slack shows 1 to ${SLACK_LIMITS.selectOptions})`);
  }
  const placeholder = optionalString(element, 'placeholder', path)?.trim();
  const initial = (optionalString(element, 'value', path) ?? '').split(',');
  const selected = options.filter((o) => o.value !== undefined && initial.includes(o.value));
  const common = {
    action_id: `${ACTION_ID.input}${id}`,
    options,
    ...(placeholder ? { placeholder: plainText(truncate(placeholder, SLACK_LIMITS.placeholder)) } : {}),
  };
  const select: types.StaticSelect | types.MultiStaticSelect =
    element.isMultiSelect === true
      ? { type: 'multi_static_select', ...common, ...(selected.length ? { initial_options: selected } : {}) }
      : { type: 'static_select', ...common, ...(selected.length ? { initial_option: selected[0] } : {}) };
  const label = optionalString(element, 'label', path)?.trim();
  if (label) {
    state.texts.push(label);
    state.blocks.push({ type: 'section', text: mrkdwn(truncate(markdownToMrkdwn(label), SLACK_LIMITS.sectionText)), accessory: select });
  } else {
    state.blocks.push({ type: 'actions', elements: [select] });
  }
};
