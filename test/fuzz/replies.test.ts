// The fuzz test's reply checks catch what they are there to catch (a check that never fails proves nothing).
import type { Activity } from 'botbuilder';
import { helpCard, questionCard, welcomeCard, type AdaptiveCard } from '../../src/cards';
import { t } from '../../src/i18n';
import { readReplies } from './replies';

const asReply = (card: AdaptiveCard): Partial<Activity> => ({
  type: 'message',
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
});
const withText = (card: AdaptiveCard, text: string): AdaptiveCard => ({ ...card, body: [{ type: 'TextBlock', text, wrap: true }, ...card.body] });

describe('the fuzz reply checks', () => {
  it('pass the cards and messages the bot sends', () => {
    for (const locale of ['en', 'zh-TW'] as const) {
      const replies = [asReply(welcomeCard(locale)), asReply(helpCard(locale)), asReply(questionCard('deployment', ['online', 'hybrid'], locale, { known: {}, canGoBack: false, notices: [] }))];
      expect(readReplies([...replies, { type: 'message', text: t(locale, 'dialog.turnError') }], locale).problems).toEqual([]);
    }
  });

  it('catch a card or a text in the other language', () => {
    expect(readReplies([asReply(helpCard('en'))], 'zh-TW').problems).toEqual([expect.stringContaining('not in zh-TW')]);
    expect(readReplies([asReply(welcomeCard('zh-TW'))], 'en').problems).toEqual([expect.stringContaining('not in en')]);
    expect(readReplies([{ type: 'message', text: t('zh-TW', 'dialog.turnError') }], 'en').problems).toEqual([expect.stringContaining('not in en')]);
  });

  it.each([
    ['a stack trace', 'TypeError: x is not a function\n    at interpret (/app/dialogs/interpret.ts:12:3)'],
    ['"undefined"', 'Deployment: undefined'],
    ['"[object Object]"', 'You chose [object Object]'],
    ['a template expression', 'Hello ${name}'],
    ['an unfilled placeholder', 'That message is too long ({length} characters)'],
  ])('catch %s in a card or a text', (name, leaked) => {
    expect(readReplies([asReply(withText(helpCard('en'), leaked))], 'en').problems).toContainEqual(expect.stringContaining(name));
    expect(readReplies([{ type: 'message', text: leaked }], 'en').problems).toContainEqual(expect.stringContaining(name));
  });

  it('catch an invalid card, an empty message, a foreign attachment and a failed invoke', () => {
    const invalid = { ...helpCard('en'), version: '1.0' } as AdaptiveCard;
    expect(readReplies([asReply(invalid)], 'en').problems).toContainEqual(expect.stringContaining('version 1.0'));
    expect(readReplies([{ type: 'message', text: ' ' }], 'en').problems).toEqual(['reply 1 has neither text nor a card']);
    expect(readReplies([{ type: 'message', text: 'Hello there', attachments: [{ contentType: 'image/png' }] }], 'en').problems).toEqual([
      'reply 1 has an attachment of type image/png',
    ]);
    expect(readReplies([{ type: 'invokeResponse', value: { status: 500 } }], 'en').problems).toEqual(['reply 1 is an invoke response with status 500']);
  });
});
