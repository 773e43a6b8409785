// Block Kit's documented limits, as data, and a checker that lists every way a set of blocks breaks them.
// The converter runs the checker on its own output, so a message Slack would reject is never sent.
import type { types } from '@slack/bolt';

export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  /** Slack truncates longer notification texts; 4000 is its recommendation. */
  messageText: 4000,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  actionId: 255,
  blockId: 255,
  imageAltText: 2000,
  imageTitle: 2000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  placeholder: 150,
} as const;

type Block = types.KnownBlock;
type TextObject = types.PlainTextElement | types.MrkdwnElement;

interface Check {
  problems: string[];
  /** Slack wants action_ids unique within a block. */
  actionIds: Set<string>;
}

function text(check: Check, where: string, value: TextObject | undefined, max: number): void {
  if (!value) return;
  if (value.text.length === 0) check.problems.push(`${where}: empty text`);
  if (value.text.length > max) check.problems.push(`${where}: text of ${value.text.length} > ${max}`);
}

function length(check: Check, where: string, value: string | undefined, max: number): void {
  if (value !== undefined && value.length > max) check.problems.push(`${where}: ${value.length} > ${max}`);
}

function actionId(check: Check, where: string, id: string | undefined): void {
  if (id === undefined) return;
  length(check, `${where}.action_id`, id, SLACK_LIMITS.actionId);
  if (check.actionIds.has(id)) check.problems.push(`${where}: duplicate action_id ${id}`);
  check.actionIds.add(id);
}

type Interactive = types.Button | types.StaticSelect | types.MultiStaticSelect;

function interactive(check: Check, where: string, element: Interactive): void {
  actionId(check, where, element.action_id);
  switch (element.type) {
    case 'button':
      text(check, `${where}.text`, element.text, SLACK_LIMITS.buttonText);
      length(check, `${where}.value`, element.value, SLACK_LIMITS.buttonValue);
      length(check, `${where}.url`, element.url, SLACK_LIMITS.url);
      return;
    case 'static_select':
    case 'multi_static_select': {
      text(check, `${where}.placeholder`, element.placeholder, SLACK_LIMITS.placeholder);
      const options = element.options ?? [];
      if (options.length === 0 || options.length > SLACK_LIMITS.selectOptions) {
        check.problems.push(`${where}: ${options.length} options (1..${SLACK_LIMITS.selectOptions})`);
      }
      options.forEach((o, i) => {
        text(check, `${where}.options[${i}]`, o.text, SLACK_LIMITS.optionText);
        length(check, `${where}.options[${i}].value`, o.value, SLACK_LIMITS.optionValue);
      });
      return;
    }
  }
}

function block(check: Check, where: string, b: Block): void {
  check.actionIds = new Set();
  length(check, `${where}.block_id`, b.block_id, SLACK_LIMITS.blockId);
  switch (b.type) {
    case 'section':
      if (!b.text && !b.fields?.length) check.problems.push(`${where}: section without text or fields`);
      text(check, `${where}.text`, b.text, SLACK_LIMITS.sectionText);
      if ((b.fields?.length ?? 0) > SLACK_LIMITS.sectionFields) check.problems.push(`${where}: too many fields`);
      b.fields?.forEach((f, i) => text(check, `${where}.fields[${i}]`, f, SLACK_LIMITS.fieldText));
      if (b.accessory) interactive(check, `${where}.accessory`, b.accessory as Interactive);
      return;
    case 'header':
      text(check, `${where}.text`, b.text, SLACK_LIMITS.headerText);
      return;
    case 'context':
      if (b.elements.length === 0 || b.elements.length > SLACK_LIMITS.contextElements) {
        check.problems.push(`${where}: ${b.elements.length} context elements`);
      }
      b.elements.forEach((e, i) => {
        if (e.type !== 'image') text(check, `${where}.elements[${i}]`, e, SLACK_LIMITS.contextText);
      });
      return;
    case 'actions':
      if (b.elements.length === 0 || b.elements.length > SLACK_LIMITS.actionsElements) {
        check.problems.push(`${where}: ${b.elements.length} actions elements`);
      }
      b.elements.forEach((e, i) => interactive(check, `${where}.elements[${i}]`, e as Interactive));
      return;
    case 'image':
      length(check, `${where}.image_url`, 'image_url' in b ? b.image_url : undefined, SLACK_LIMITS.url);
      length(check, `${where}.alt_text`, b.alt_text, SLACK_LIMITS.imageAltText);
      text(check, `${where}.title`, b.title, SLACK_LIMITS.imageTitle);
      return;
    case 'divider':
      return;
    default:
      check.problems.push(`${where}: block type ${b.type} is not checked`);
  }
}

/** Every limit the blocks break (empty when Slack accepts them). `maxBlocks`: 50 in a message, 100 in a view. */
export function limitViolations(blocks: readonly Block[], maxBlocks: number = SLACK_LIMITS.blocksPerMessage): string[] {
  const check: Check = { problems: [], actionIds: new Set() };
  if (blocks.length > maxBlocks) check.problems.push(`blocks: ${blocks.length} > ${maxBlocks}`);
  blocks.forEach((b, i) => block(check, `blocks[${i}]`, b));
  return check.problems;
}
