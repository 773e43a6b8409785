// What a posted body must look like before it becomes a turn: the fields botbuilder and the bot rely on, each with
// the shape it must have. A body that fails gets 400 naming the field, instead of a TypeError deep in a turn.
import type { Activity } from 'botbuilder';

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText: Check = (value) => typeof value === 'string' && value.trim() !== '';
const isString: Check = (value) => typeof value === 'string';
const hasId: Check = (value) => isObject(value) && isText(value.id);
const isHttpUrl: Check = (value) => {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};
/** botbuilder's mention stripping reads `mentioned.id` and `text` of every mention entity. */
const isEntity: Check = (value) =>
  isObject(value) && (value.type !== 'mention' || (hasId(value.mentioned) && isString(value.text)));
const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);

/** Fields every activity needs: replies go to serviceUrl, and state is keyed by channel, conversation and user. */
const REQUIRED: Record<string, Check> = {
  type: isText,
  serviceUrl: isHttpUrl,
  channelId: isText,
  conversation: hasId,
  from: hasId,
  recipient: hasId,
};

/** Fields that may be absent but, when present, must have the shape the bot reads them with. */
const OPTIONAL: Record<string, Check> = {
  id: isString,
  text: isString,
  locale: isString,
  replyToId: isString,
  membersAdded: listOf(hasId),
  membersRemoved: listOf(hasId),
  entities: listOf(isEntity),
  attachments: listOf(isObject),
  channelData: isObject,
};

export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; problem: string };

/** A null field is an absent one (botbuilder tells them apart, and crashes on some nulls). */
function withoutNulls(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}

export function checkActivity(posted: unknown): ActivityCheck {
  if (!isObject(posted)) return { ok: false, problem: 'The body must be a JSON object (an activity).' };
  const body = withoutNulls(posted);
  for (const [field, check] of Object.entries(REQUIRED)) {
    if (!check(body[field])) return { ok: false, problem: `The activity's "${field}" is missing or malformed.` };
  }
  for (const [field, check] of Object.entries(OPTIONAL)) {
    if (body[field] !== undefined && !check(body[field])) {
      return { ok: false, problem: `The activity's "${field}" is malformed.` };
    }
  }
  return { ok: true, activity: body as unknown as Activity };
}
