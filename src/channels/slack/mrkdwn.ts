// Adaptive Card text (a small Markdown subset) to Slack mrkdwn, and the length helpers Block Kit's limits need.

/** Slack treats only these three characters as control characters in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;
const BOLD_MARK = '\u0001';
/**
 * Slack only formats `*bold*` at word boundaries, and Chinese text has no spaces: a zero-width space next to a
 * letter or ideograph gives the marker the boundary it needs.
 */
const ZWSP = '\u200b';

function withBoundaries(marker: string, inner: string, before: string, after: string): string {
  const word = /[\p{L}\p{N}]/u;
  return `${word.test(before) ? ZWSP : ''}${marker}${inner}${marker}${word.test(after) ? ZWSP : ''}`;
}

function formatInline(text: string): string {
  return escapeMrkdwn(text)
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__/g, (_m, a: string | undefined, b: string | undefined) =>
      `${BOLD_MARK}${a ?? b}${BOLD_MARK}`,
    )
    .replace(/\*(?=\S)([^*\n]+?)(?<=\S)\*/g, '_$1_')
    .replace(new RegExp(`${BOLD_MARK}(.+?)${BOLD_MARK}`, 'g'), (_m, inner: string, offset: number, whole: string) =>
      withBoundaries('*', inner, whole[offset - 1] ?? '', whole[offset + inner.length + 2] ?? ''),
    );
}

function formatLine(line: string): string {
  const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
  if (bullet) return `${bullet[1]}• ${formatInline(bullet[2])}`;
  return formatInline(line);
}

/** Converts the Markdown an Adaptive Card TextBlock may hold: bold, italic, links and bulleted lists. */
export function markdownToMrkdwn(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      let out = '';
      let last = 0;
      for (const match of line.matchAll(LINK)) {
        out += formatLine(line.slice(last, match.index));
        out += `<${escapeMrkdwn(match[2])}|${escapeMrkdwn(match[1])}>`;
        last = match.index + match[0].length;
      }
      return out + (last === 0 ? formatLine(line) : formatInline(line.slice(last)));
    })
    .join('\n');
}

/** Bold for a whole text, line by line (Slack's bold does not span line breaks). */
export function boldMrkdwn(mrkdwn: string): string {
  return mrkdwn
    .split('\n')
    .map((line) => (line.trim() === '' ? line : `*${line.trim()}*`))
    .join('\n');
}

/** Strips the Markdown markers, for plain_text places (headers, buttons, the notification text). */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(LINK, '$1')
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(/\*(?=\S)([^*\n]+?)(?<=\S)\*/g, '$1');
}

/** Shortens a label that has a hard limit, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  // Never leave half of a surrogate pair (an emoji) before the ellipsis.
  return (/[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head) + '…';
}

/**
 * Splits a long text into pieces of at most `max` characters, at line breaks where it can, then at spaces, so a
 * long text becomes several blocks instead of being cut.
 */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const window = text.slice(0, max);
  let cut = window.lastIndexOf('\n');
  if (cut < max / 2) cut = window.lastIndexOf(' ');
  if (cut < max / 2) cut = max;
  const head = text.slice(0, cut).trimEnd();
  const tail = text.slice(cut).replace(/^\s+/, '');
  return [head, ...splitText(tail, max)];
}
