// What a clicked Submit button sends the bot, the way a Teams client would send it: imBack data as text, object
// data merged with the card's inputs (the selects' choices, read from the message state) as the activity value.
import type { BlockAction } from '@slack/bolt';
import { ACTION_ID } from '../blockkit';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The card inputs' values by input id, as Adaptive Cards report them (a multi-select joined with commas). */
export function inputValues(state: BlockAction['state']): Record<string, string> {
  const values: Record<string, string> = {};
  for (const block of Object.values(state?.values ?? {})) {
    for (const [actionId, value] of Object.entries(block)) {
      if (!actionId.startsWith(ACTION_ID.input)) continue;
      const id = actionId.slice(ACTION_ID.input.length);
      if (value.selected_option) values[id] = value.selected_option.value;
      else if (value.selected_options) values[id] = value.selected_options.map((o) => o.value).join(',');
    }
  }
  return values;
}

export interface Submission {
  text?: string;
  value?: unknown;
}

export function submission(data: unknown, inputs: Record<string, string>): Submission {
  if (typeof data === 'string') return { text: data };
  if (isObject(data) && isObject(data.msteams)) {
    const { type, text, value } = data.msteams;
    if (type === 'imBack' && typeof value === 'string') return { text: value };
    if (type === 'messageBack') return { ...(typeof text === 'string' ? { text } : {}), ...(value !== undefined ? { value } : {}) };
  }
  if (isObject(data)) return { value: { ...data, ...inputs } };
  return { value: Object.keys(inputs).length > 0 ? inputs : data };
}
