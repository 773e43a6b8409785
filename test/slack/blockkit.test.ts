// The Adaptive Card -> Block Kit converter on hand-written cards with every element type it knows.
import { adaptiveCardToBlocks, CardConversionError, ACTION_ID } from '../../src/channels/slack/blockkit';
import { limitViolations, SLACK_LIMITS } from '../../src/channels/slack/blockkit-limits';

const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body,
  ...extra,
});

function conversionError(run: () => unknown): CardConversionError {
  try {
    run();
  } catch (error) {
    if (error instanceof CardConversionError) return error;
    throw error;
  }
  throw new Error('expected a CardConversionError');
}

describe('text', () => {
  it('turns a heading into a header and Markdown into mrkdwn, escaping Slack control characters and joining paragraphs', () => {
    const { blocks, text } = adaptiveCardToBlocks(
      card([
        { type: 'TextBlock', text: 'Media path', size: 'large', weight: 'bolder' },
        { type: 'TextBlock', text: '**Signaling** goes to [the article](https://learn.microsoft.com/x?a=1&b=2) <fast>', wrap: true },
        { type: 'TextBlock', text: '- first\n- second' },
        { type: 'TextBlock', text: 'Derived', isSubtle: true },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Media path', emoji: true } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*Signaling* goes to <https://learn.microsoft.com/x?a=1&amp;b=2|the article> &lt;fast&gt;\n• first\n• second',
        },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Derived' }] },
    ]);
    expect(text).toBe('Media path\nSignaling goes to the article <fast>\n- first\n- second\nDerived');
  });

  it('bolds Chinese text with the word boundaries Slack needs', () => {
    const { blocks } = adaptiveCardToBlocks(card([{ type: 'TextBlock', text: '媒體**留在您的網路內**。' }]));
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '媒體\u200b*留在您的網路內*。' } });
  });

  it('splits a text longer than a section allows into several sections, losing nothing', () => {
    const paragraph = 'ExpressRoute carries signaling to the Office 365 cloud. '.repeat(40).trim();
    const long = Array.from({ length: 4 }, () => paragraph).join('\n');
    const { blocks } = adaptiveCardToBlocks(card([{ type: 'TextBlock', text: long }]));
    expect(blocks.length).toBeGreaterThan(1);
    const texts = blocks.map((b) => (b.type === 'section' ? b.text?.text ?? '' : ''));
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(texts.join('\n').replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' '));
  });

  it('keeps a heading too long for a header as bold section text', () => {
    const title = 'T'.repeat(SLACK_LIMITS.headerText + 1);
    const { blocks } = adaptiveCardToBlocks(card([{ type: 'TextBlock', text: title, style: 'heading' }]));
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } }]);
  });

  it('renders a RichTextBlock run by run', () => {
    const { blocks } = adaptiveCardToBlocks(
      card([
        {
          type: 'RichTextBlock',
          inlines: [
            'Path: ',
            { type: 'TextRun', text: 'ExpressRoute ', weight: 'bolder' },
            { type: 'TextRun', text: 'see', italic: true, selectAction: { type: 'Action.OpenUrl', url: 'https://example.com/a' } },
          ],
        },
      ]),
    );
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Path: *ExpressRoute* <https://example.com/a|_see_>' } }]);
  });
});

describe('facts, containers and columns', () => {
  it('shows a FactSet as fields, ten per section', () => {
    const facts = Array.from({ length: 12 }, (_, i) => ({ title: `Slot ${i}`, value: `Value ${i}` }));
    const { blocks, text } = adaptiveCardToBlocks(card([{ type: 'FactSet', facts }]));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ type: 'section' });
    const first = blocks[0] as { fields: { text: string }[] };
    expect(first.fields).toHaveLength(10);
    expect(first.fields[0]).toEqual({ type: 'mrkdwn', text: '*Slot 0*\nValue 0' });
    expect(text.split('\n')).toContain('Slot 11: Value 11');
  });

  it('shows a fact too long for a field as text', () => {
    const value = 'v'.repeat(SLACK_LIMITS.fieldText + 10);
    const { blocks } = adaptiveCardToBlocks(card([{ type: 'FactSet', facts: [{ title: 'Long', value }] }]));
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: `*Long*: ${value}` } }]);
  });

  it('flattens containers, draws separators, skips hidden elements and shows text columns side by side', () => {
    const { blocks } = adaptiveCardToBlocks(
      card([
        {
          type: 'Container',
          items: [
            { type: 'TextBlock', text: 'hidden', isVisible: false },
            {
              type: 'ColumnSet',
              columns: [
                { type: 'Column', items: [{ type: 'TextBlock', text: 'Signaling', weight: 'bolder' }] },
                { type: 'Column', items: [{ type: 'TextBlock', text: 'ExpressRoute' }] },
              ],
            },
          ],
        },
        { type: 'TextBlock', text: 'after', separator: true },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Signaling* · ExpressRoute' } },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: 'after' } },
    ]);
  });

  it('shows text columns with several lines as side-by-side fields, and marks warnings', () => {
    const { blocks, text } = adaptiveCardToBlocks(
      card([
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', items: [{ type: 'TextBlock', text: 'User' }, { type: 'TextBlock', text: 'Other party' }] },
            { type: 'Column', items: [{ type: 'TextBlock', text: 'Internet', color: 'warning' }, { type: 'TextBlock', text: 'Local' }] },
          ],
        },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'section', fields: [{ type: 'mrkdwn', text: 'User\nOther party' }, { type: 'mrkdwn', text: ':warning: Internet\nLocal' }] },
    ]);
    expect(text).toBe('User Other party · Internet Local');
  });

  it('lays out columns that hold more than text one after the other', () => {
    const { blocks } = adaptiveCardToBlocks(
      card([
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', items: [{ type: 'Image', url: 'https://example.com/d.png', altText: 'diagram' }] },
            { type: 'Column', items: [{ type: 'TextBlock', text: 'caption' }] },
          ],
        },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'image', image_url: 'https://example.com/d.png', alt_text: 'diagram' },
      { type: 'section', text: { type: 'mrkdwn', text: 'caption' } },
    ]);
  });
});

describe('images', () => {
  it('needs a public http(s) URL', () => {
    const error = conversionError(() =>
      adaptiveCardToBlocks(card([{ type: 'Image', url: 'data:image/png;base64,AAAA', altText: 'x' }])),
    );
    expect(error.problem).toBe('invalidElement');
    expect(error.path).toBe('card.body[0]');
  });

  it('falls back to the file name for the alt text', () => {
    const { blocks } = adaptiveCardToBlocks(card([{ type: 'Image', url: 'https://example.com/img/flow%20map.png' }]));
    expect(blocks).toEqual([{ type: 'image', image_url: 'https://example.com/img/flow%20map.png', alt_text: 'flow map.png' }]);
  });
});

describe('actions', () => {
  it('turns Submit into a button carrying its data and OpenUrl into a link button', () => {
    const { blocks, text } = adaptiveCardToBlocks(
      card([{ type: 'TextBlock', text: 'Which deployment?' }], {
        actions: [
          { type: 'Action.Submit', title: 'Online', data: { slot: 'deployment', value: 'online' }, style: 'positive' },
          { type: 'Action.OpenUrl', title: 'Article', url: 'https://learn.microsoft.com/en-us/x#bk_Figure2' },
        ],
      }),
    );
    expect(blocks[1]).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: `${ACTION_ID.submit}0`,
          text: { type: 'plain_text', text: 'Online', emoji: true },
          value: '{"slot":"deployment","value":"online"}',
          style: 'primary',
        },
        {
          type: 'button',
          action_id: `${ACTION_ID.link}1`,
          text: { type: 'plain_text', text: 'Article', emoji: true },
          url: 'https://learn.microsoft.com/en-us/x#bk_Figure2',
        },
      ],
    });
    expect(text).toBe('Which deployment?');
  });

  it('puts at most 25 buttons in an actions block, each with its own action_id, and shortens long titles', () => {
    const actions = Array.from({ length: 30 }, (_, i) => ({ type: 'Action.Submit', title: `${i} ${'x'.repeat(100)}`, data: { i } }));
    const { blocks, text } = adaptiveCardToBlocks(card([], { actions }));
    expect(blocks.map((b) => (b.type === 'actions' ? b.elements.length : 0))).toEqual([25, 5]);
    expect(limitViolations(blocks)).toEqual([]);
    expect(text.startsWith('0 xxx')).toBe(true);
  });

  it('refuses submit data longer than a button value', () => {
    const error = conversionError(() =>
      adaptiveCardToBlocks(card([], { actions: [{ type: 'Action.Submit', title: 'Go', data: { big: 'x'.repeat(2000) } }] })),
    );
    expect(error.problem).toBe('overLimit');
    expect(error.path).toBe('card.actions[0]');
  });

  it('shows a ShowCard card under its title, after the buttons', () => {
    const { blocks } = adaptiveCardToBlocks(
      card([], {
        actions: [
          {
            type: 'Action.ShowCard',
            title: 'Why?',
            card: card([{ type: 'TextBlock', text: 'Principle 4' }], { actions: [{ type: 'Action.Submit', title: 'Back', data: 'back' }] }),
          },
          { type: 'Action.Submit', title: 'Start over', data: { intent: 'cancel' } },
        ],
      }),
    );
    expect(blocks.map((b) => b.type)).toEqual(['actions', 'divider', 'section', 'actions']);
    expect(blocks[2]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Why?*\nPrinciple 4' } });
    expect(blocks[3]).toMatchObject({ elements: [{ action_id: `${ACTION_ID.submit}1`, value: '"back"' }] });
  });

  it('turns an element selectAction into a button after it', () => {
    const { blocks } = adaptiveCardToBlocks(
      card([{ type: 'Container', items: [{ type: 'TextBlock', text: 'Example' }], selectAction: { type: 'Action.OpenUrl', title: 'Open', url: 'https://example.com' } }]),
    );
    expect(blocks.map((b) => b.type)).toEqual(['section', 'actions']);
  });

  it('shows an Input.ChoiceSet as a select whose action_id names the input', () => {
    const { blocks } = adaptiveCardToBlocks(
      card([
        {
          type: 'Input.ChoiceSet',
          id: 'callType',
          label: 'Call type',
          value: 'pstn',
          choices: [
            { title: 'Peer-to-peer', value: 'peerToPeer' },
            { title: 'PSTN', value: 'pstn' },
          ],
        },
        { type: 'Input.ChoiceSet', id: 'many', isMultiSelect: true, choices: [{ title: 'A', value: 'a' }] },
      ]),
    );
    expect(blocks[0]).toMatchObject({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Call type' },
      accessory: { type: 'static_select', action_id: `${ACTION_ID.input}callType`, initial_option: { value: 'pstn' } },
    });
    expect(blocks[1]).toMatchObject({ type: 'actions', elements: [{ type: 'multi_static_select', action_id: `${ACTION_ID.input}many` }] });
  });
});

describe('what it cannot convert', () => {
  it('throws a typed error naming the element instead of dropping it', () => {
    const error = conversionError(() => adaptiveCardToBlocks(card([{ type: 'Container', items: [{ type: 'Media', sources: [] }] }])));
    expect(error.problem).toBe('unsupportedElement');
    expect(error.path).toBe('card.body[0].items[0]');
    expect(conversionError(() => adaptiveCardToBlocks(card([], { actions: [{ type: 'Action.ToggleVisibility', title: 't' }] }))).problem).toBe(
      'unsupportedAction',
    );
    expect(conversionError(() => adaptiveCardToBlocks(card([{ type: 'Input.Text', id: 'q' }]))).problem).toBe('unsupportedElement');
    expect(conversionError(() => adaptiveCardToBlocks({ type: 'HeroCard' })).problem).toBe('notACard');
    expect(conversionError(() => adaptiveCardToBlocks(card([{ text: 'no type' }]))).problem).toBe('invalidElement');
    expect(conversionError(() => adaptiveCardToBlocks(card([]))).problem).toBe('invalidElement');
  });

  it('follows the card\'s own fallback: "drop" or a replacement element', () => {
    const { blocks } = adaptiveCardToBlocks(
      card([
        { type: 'Media', fallback: 'drop' },
        { type: 'Table', fallback: { type: 'TextBlock', text: 'table as text' } },
      ]),
    );
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'table as text' } }]);
  });
});

describe('limits and fallback text', () => {
  it('joins text sections when a card would need more than 50 blocks', () => {
    const body = Array.from({ length: 80 }, (_, i) => ({ type: 'TextBlock', text: `Line ${i}` }));
    const { blocks } = adaptiveCardToBlocks(card(body));
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(blocks.map((b) => (b.type === 'section' ? b.text?.text : '')).join('\n')).toBe(body.map((b) => b.text).join('\n'));
  });

  it('throws when even joined the card is too big, and allows 100 blocks in a view', () => {
    const body = Array.from({ length: 60 }, (_, i) => ({ type: 'Image', url: `https://example.com/${i}.png` }));
    expect(conversionError(() => adaptiveCardToBlocks(card(body))).problem).toBe('overLimit');
    expect(adaptiveCardToBlocks(card(body), SLACK_LIMITS.blocksPerView).blocks).toHaveLength(60);
  });

  it("prefers the card's fallbackText and caps the notification text", () => {
    expect(adaptiveCardToBlocks(card([{ type: 'TextBlock', text: 'body' }], { fallbackText: 'Answer: ExpressRoute' })).text).toBe(
      'Answer: ExpressRoute',
    );
    const long = adaptiveCardToBlocks(card(Array.from({ length: 3 }, () => ({ type: 'TextBlock', text: 'y'.repeat(2500) }))));
    expect(long.text.length).toBe(SLACK_LIMITS.messageText);
  });
});
