// Adaptive Card Markdown to Slack mrkdwn, and the length helpers behind Block Kit's limits.
import { boldMrkdwn, markdownToMrkdwn, markdownToPlain, splitText, truncate } from '../../src/channels/slack/mrkdwn';

it('converts bold, italic, links and bullets, escaping only what Slack treats as markup', () => {
  expect(markdownToMrkdwn('**Media** stays _local_ and *here*')).toBe('*Media* stays _local_ and _here_');
  expect(markdownToMrkdwn('See [the table](https://x.test/a?b=1&c=2) & <notes>')).toBe('See <https://x.test/a?b=1&amp;c=2|the table> &amp; &lt;notes&gt;');
  expect(markdownToMrkdwn('- one\n* two\n1. three')).toBe('• one\n• two\n1. three');
  expect(markdownToMrkdwn('2 * 3 = 6, bk_Figure2_x')).toBe('2 * 3 = 6, bk_Figure2_x');
});

it('gives bold next to Chinese characters a zero-width boundary', () => {
  expect(markdownToMrkdwn('走**網際網路**。')).toBe('走\u200b*網際網路*。');
  expect(markdownToMrkdwn('**Internet** only')).toBe('*Internet* only');
});

it('bolds line by line and strips markers for plain text', () => {
  expect(boldMrkdwn('a\n\nb ')).toBe('*a*\n\n*b*');
  expect(markdownToPlain('**Bold** [link](https://x.test) *it*')).toBe('Bold link it');
});

it('truncates with an ellipsis without splitting an emoji', () => {
  expect(truncate('abcdef', 4)).toBe('abc…');
  expect(truncate('abc', 3)).toBe('abc');
  const cut = truncate('ab😀cd', 4);
  expect(cut).toBe('ab…');
});

it('splits long text at line breaks, then spaces, never over the limit', () => {
  expect(splitText('aaaa\nbbbb\ncccc', 10)).toEqual(['aaaa\nbbbb', 'cccc']);
  expect(splitText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  const pieces = splitText('x'.repeat(25), 10);
  expect(pieces).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
});
