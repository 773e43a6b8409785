// One general converter from an Adaptive Card (the JSON the bot sends) to a Slack message: Block Kit blocks within
// Slack's limits, plus the notification text. An element it cannot show throws a CardConversionError: nothing is
// dropped silently (an element the card itself marks `fallback: "drop"` is dropped, as every Adaptive Card host does).
import type { types } from '@slack/bolt';
import { actionSet, choiceSet, convertActions } from './blockkit-actions';
import {
  CardConversionError,
  invalid,
  isObject,
  mrkdwn,
  optionalList,
  visible,
  type Block,
  type ElementConverter,
  type Json,
  type SlackMessage,
  type State,
} from './blockkit-common';
import { columnSet, container, factSet, image, richTextBlock, textBlock } from './blockkit-elements';
import { limitViolations, SLACK_LIMITS } from './blockkit-limits';
import { truncate } from './mrkdwn';

export { ACTION_ID, CardConversionError, type CardProblem, type SlackMessage } from './blockkit-common';

const CONVERTERS: Record<string, ElementConverter> = {
  TextBlock: textBlock,
  RichTextBlock: richTextBlock,
  FactSet: factSet,
  Container: container,
  Column: container,
  ColumnSet: columnSet,
  Image: image,
  ActionSet: actionSet,
  'Input.ChoiceSet': choiceSet,
};

function convertElement(element: unknown, path: string, state: State): void {
  if (!isObject(element) || typeof element.type !== 'string') throw invalid(path, 'an element must be an object with a type');
  if (!visible(element)) return;
  const converter = CONVERTERS[element.type];
  if (!converter) {
    if (element.fallback === 'drop') return;
    if (isObject(element.fallback)) return state.convertElement(element.fallback, `${path}.fallback`);
    throw new CardConversionError('unsupportedElement', path, `${element.type} has no Block Kit equivalent`);
  }
  if (element.separator === true && state.blocks.length > 0) state.blocks.push({ type: 'divider' });
  converter(element, path, state);
  if (element.selectAction !== undefined) convertActions([element.selectAction], `${path}.selectAction`, state);
}

function convertCard(card: unknown, path: string, state: State): Json {
  if (!isObject(card) || card.type !== 'AdaptiveCard') throw new CardConversionError('notACard', path, 'not an Adaptive Card');
  optionalList(card, 'body', path).forEach((element, i) => state.convertElement(element, `${path}.body[${i}]`));
  convertActions(optionalList(card, 'actions', path), `${path}.actions`, state);
  return card;
}

function isPlainSection(block: Block): block is types.SectionBlock & { text: types.MrkdwnElement } {
  return block.type === 'section' && block.text?.type === 'mrkdwn' && !block.fields && !block.accessory;
}

/**
 * Joins neighbouring text sections: a bold heading line stays with its text, paragraphs read as one, and a long
 * card stays within Slack's block count.
 */
function mergeTextSections(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (previous && isPlainSection(previous) && isPlainSection(block)) {
      const joined = `${previous.text.text}\n${block.text.text}`;
      if (joined.length <= SLACK_LIMITS.sectionText) {
        out[out.length - 1] = { type: 'section', text: mrkdwn(joined) };
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

/**
 * Converts an Adaptive Card to a Slack message. `maxBlocks`: 50 for a message, 100 for a view (App Home).
 * Throws CardConversionError for anything Slack could not show or would reject.
 */
export function adaptiveCardToBlocks(card: unknown, maxBlocks: number = SLACK_LIMITS.blocksPerMessage): SlackMessage {
  const state: State = {
    blocks: [],
    texts: [],
    labels: [],
    actions: 0,
    convertElement: (element, path) => convertElement(element, path, state),
    convertCard: (nested, path) => void convertCard(nested, path, state),
  };
  const root = convertCard(card, 'card', state);
  const blocks = mergeTextSections(state.blocks);
  const problems = limitViolations(blocks, maxBlocks);
  if (problems.length > 0) throw new CardConversionError('overLimit', 'card', problems.join('; '));
  const fallbackText = typeof root.fallbackText === 'string' ? root.fallbackText.trim() : '';
  const text = fallbackText || (state.texts.length > 0 ? state.texts : state.labels).join('\n');
  if (text === '') throw invalid('card', 'the card shows nothing');
  return { text: truncate(text, SLACK_LIMITS.messageText), blocks };
}
