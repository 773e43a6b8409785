// What the bot sends, as Slack messages: text, cards and suggested actions through the one converter, joined into
// as few messages as the block limit allows; a card Slack cannot show becomes its fallback text, reported.
import type { Activity } from 'botbuilder';
import { CardConversionError } from '../../src/channels/slack/blockkit';
import { ADAPTIVE_CARD, slackMessagesFor } from '../../src/channels/slack/outgoing';

const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({
  contentType: ADAPTIVE_CARD,
  content: { type: 'AdaptiveCard', version: '1.5', body, ...extra },
});

function convert(activity: Partial<Activity>) {
  const failures: CardConversionError[] = [];
  const messages = slackMessagesFor(activity, (error, fallbackText) => {
    failures.push(error);
    return { text: fallbackText ?? 'unavailable', blocks: [] };
  });
  return { messages, failures };
}

it('sends Markdown text as mrkdwn with a plain notification text', () => {
  const { messages } = convert({ type: 'message', text: '**Media** stays local' });
  expect(messages).toEqual([{ text: 'Media stays local', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Media* stays local' } }] }]);
  expect(convert({ type: 'message', text: 'a*b*c', textFormat: 'plain' }).messages[0].blocks).toEqual([
    { type: 'section', text: { type: 'mrkdwn', text: 'a*b*c' } },
  ]);
});

it('joins text, a card and suggested actions into one message', () => {
  const { messages } = convert({
    type: 'message',
    text: 'Changed: call type',
    attachments: [card([{ type: 'TextBlock', text: 'Answer' }], { fallbackText: 'Answer (fallback)' })],
    suggestedActions: {
      to: [],
      actions: [
        { type: 'imBack', title: 'Start over', value: 'start over' },
        { type: 'openUrl', title: 'Article', value: 'https://learn.microsoft.com/x' },
      ],
    },
  });
  expect(messages).toHaveLength(1);
  expect(messages[0].text).toBe('Changed: call type\nAnswer (fallback)\nStart over\nArticle');
  expect(messages[0].blocks.map((b) => b.type)).toEqual(['section', 'section', 'actions']);
  expect(messages[0].blocks[2]).toMatchObject({
    elements: [{ value: JSON.stringify({ msteams: { type: 'imBack', value: 'start over' } }) }, { url: 'https://learn.microsoft.com/x' }],
  });
});

it('starts a new message when the blocks would pass 50', () => {
  const images = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'Image', url: `https://x.test/${i}.png` }));
  const { messages } = convert({ type: 'message', attachments: [card(images(30)), card(images(30))] });
  expect(messages.map((m) => m.blocks.length)).toEqual([30, 30]);
});

it('shows the fallback text of a card Slack cannot show, and reports it', () => {
  const { messages, failures } = convert({
    type: 'message',
    attachments: [
      card([{ type: 'Media', sources: [] }], { fallbackText: 'A video about ExpressRoute' }),
      { contentType: 'application/vnd.microsoft.card.hero', content: { title: 'Hero' } },
    ],
  });
  expect(failures.map((f) => f.problem)).toEqual(['unsupportedElement', 'notACard']);
  expect(messages[0].text).toBe('A video about ExpressRoute\nunavailable');
});

it('reports a suggested action Slack has no equivalent for', () => {
  const { failures } = convert({ type: 'message', text: 'x', suggestedActions: { to: [], actions: [{ type: 'call', title: 'Call', value: 'tel:1' }] } });
  expect(failures.map((f) => f.problem)).toEqual(['unsupportedAction']);
});
