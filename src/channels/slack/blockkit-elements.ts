// Text, facts, layout and images as Block Kit: headers, mrkdwn sections and contexts, fields, image blocks.
import {
  CardConversionError,
  chunks,
  httpUrl,
  invalid,
  isObject,
  linkUrl,
  mrkdwn,
  optionalList,
  optionalString,
  plainText,
  pushText,
  requiredString,
  visible,
  type ElementConverter,
  type Json,
} from './blockkit-common';
import { SLACK_LIMITS } from './blockkit-limits';
import { boldMrkdwn, escapeMrkdwn, markdownToMrkdwn, markdownToPlain, truncate } from './mrkdwn';

function isHeading(element: Json): boolean {
  return element.style === 'heading' || (element.weight === 'bolder' && (element.size === 'large' || element.size === 'extraLarge'));
}

/** Slack text has no colours: a warning keeps its meaning with the emoji Slack users know for it. */
const WARNING_COLOURS = new Set(['warning', 'attention']);

/** A TextBlock's mrkdwn, bold when the card makes it bold. */
function textBlockMrkdwn(element: Json, markdown: string): string {
  const converted = markdownToMrkdwn(markdown);
  const text = isHeading(element) || element.weight === 'bolder' ? boldMrkdwn(converted) : converted;
  return WARNING_COLOURS.has(String(element.color)) ? `:warning: ${text}` : text;
}

export const textBlock: ElementConverter = (element, path, state) => {
  const markdown = optionalString(element, 'text', path) ?? '';
  const plain = markdownToPlain(markdown).trim();
  if (plain === '') return;
  state.texts.push(plain);
  if (isHeading(element) && !plain.includes('\n') && plain.length <= SLACK_LIMITS.headerText) {
    state.blocks.push({ type: 'header', text: plainText(plain) });
    return;
  }
  const subtle = element.isSubtle === true || element.size === 'small';
  pushText(state, textBlockMrkdwn(element, markdown), subtle ? 'context' : 'section');
};

/** Wraps a formatting marker around text, keeping its outer spaces outside (Slack ignores `*bold *`). */
function wrap(marker: string, text: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
  return match[2] === '' ? text : `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function textRun(inline: unknown, path: string): { plain: string; mrkdwn: string } {
  if (typeof inline === 'string') return { plain: inline, mrkdwn: escapeMrkdwn(inline) };
  if (!isObject(inline) || inline.type !== 'TextRun') {
    throw new CardConversionError('unsupportedElement', path, `inline ${String(isObject(inline) ? inline.type : inline)}`);
  }
  const text = optionalString(inline, 'text', path) ?? '';
  let out = escapeMrkdwn(text);
  if (inline.weight === 'bolder') out = wrap('*', out);
  if (inline.italic === true) out = wrap('_', out);
  if (inline.strikethrough === true) out = wrap('~', out);
  if (inline.selectAction !== undefined) {
    const action = inline.selectAction;
    if (!isObject(action) || action.type !== 'Action.OpenUrl') {
      throw new CardConversionError('unsupportedAction', `${path}.selectAction`, 'a text run can only open a URL');
    }
    out = `<${escapeMrkdwn(linkUrl(action, `${path}.selectAction`))}|${out}>`;
  }
  return { plain: text, mrkdwn: out };
}

export const richTextBlock: ElementConverter = (element, path, state) => {
  const runs = optionalList(element, 'inlines', path).map((inline, i) => textRun(inline, `${path}.inlines[${i}]`));
  const plain = runs.map((r) => r.plain).join('').trim();
  if (plain === '') return;
  state.texts.push(plain);
  pushText(state, runs.map((r) => r.mrkdwn).join(''), 'section');
};

export const factSet: ElementConverter = (element, path, state) => {
  const facts = optionalList(element, 'facts', path).map((fact, i) => {
    const where = `${path}.facts[${i}]`;
    if (!isObject(fact)) throw invalid(where, 'a fact must be an object');
    return { title: optionalString(fact, 'title', where) ?? '', value: optionalString(fact, 'value', where) ?? '' };
  });
  if (facts.length === 0) return;
  state.texts.push(...facts.map((f) => (f.title ? `${f.title}: ${markdownToPlain(f.value)}` : markdownToPlain(f.value))));
  const fields = facts.map((f) => [f.title ? `*${escapeMrkdwn(f.title)}*` : '', markdownToMrkdwn(f.value)].filter(Boolean).join('\n'));
  if (fields.every((f) => f.length > 0 && f.length <= SLACK_LIMITS.fieldText)) {
    for (const group of chunks(fields, SLACK_LIMITS.sectionFields)) state.blocks.push({ type: 'section', fields: group.map(mrkdwn) });
    return;
  }
  // A fact too long for a field becomes a line of text instead.
  pushText(state, facts.map((f) => (f.title ? `*${escapeMrkdwn(f.title)}*: ` : '') + markdownToMrkdwn(f.value)).join('\n'), 'section');
};

/**
 * Columns holding only text become one line (label · value · detail) when each is a single line, or a section's
 * side-by-side fields otherwise; anything else is laid out one column after the other (Block Kit has no columns).
 */
function textColumns(columns: readonly Json[], path: string): { mrkdwn: string[]; plain: string[] } | undefined {
  const shown = columns.filter(visible);
  if (shown.length < 2 || shown.length > SLACK_LIMITS.sectionFields) return undefined;
  const mrkdwnTexts: string[] = [];
  const plain: string[] = [];
  for (const [c, column] of shown.entries()) {
    const items = optionalList(column, 'items', `${path}.columns[${c}]`).filter((item) => !isObject(item) || visible(item));
    const onlyText = items.every((item) => isObject(item) && item.type === 'TextBlock' && item.selectAction === undefined);
    if (!onlyText || column.selectAction !== undefined) return undefined;
    const texts = (items as Json[]).map((item, i) => optionalString(item, 'text', `${path}.columns[${c}].items[${i}]`) ?? '');
    const text = (items as Json[]).map((item, i) => textBlockMrkdwn(item, texts[i])).filter((t) => t.trim()).join('\n');
    if (text.trim() === '' || text.length > SLACK_LIMITS.fieldText) return undefined;
    mrkdwnTexts.push(text);
    plain.push(texts.map(markdownToPlain).join(' ').trim());
  }
  return { mrkdwn: mrkdwnTexts, plain };
}

const COLUMN_SEPARATOR = ' · ';

export const columnSet: ElementConverter = (element, path, state) => {
  const columns = optionalList(element, 'columns', path).map((column, i) => {
    if (!isObject(column) || column.type !== 'Column') throw invalid(`${path}.columns[${i}]`, 'a ColumnSet holds Columns');
    return column;
  });
  const text = textColumns(columns, path);
  if (!text) {
    columns.forEach((column, i) => state.convertElement(column, `${path}.columns[${i}]`));
    return;
  }
  state.texts.push(text.plain.join(COLUMN_SEPARATOR));
  if (text.mrkdwn.some((t) => t.includes('\n'))) state.blocks.push({ type: 'section', fields: text.mrkdwn.map(mrkdwn) });
  else pushText(state, text.mrkdwn.join(COLUMN_SEPARATOR), 'section');
};

export const container: ElementConverter = (element, path, state) => {
  optionalList(element, 'items', path).forEach((item, i) => state.convertElement(item, `${path}.items[${i}]`));
};

export const image: ElementConverter = (element, path, state) => {
  const url = httpUrl(requiredString(element, 'url', path), path, 'an image');
  const alt = optionalString(element, 'altText', path)?.trim() || decodeURIComponent(url.split(/[/?#]/).filter(Boolean).pop() ?? 'image');
  state.texts.push(alt);
  state.blocks.push({ type: 'image', image_url: url, alt_text: truncate(alt, SLACK_LIMITS.imageAltText) });
};
