// What a user typed in Slack, as plain text for the recognizer: Slack's markup (<@U…> mentions, <url|label> links,
// &amp; escapes) removed, and the mention that addressed the app dropped.

export function plainTextOf(slackText: string, botUserId?: string): string {
  return slackText
    .replace(/<([^<>]+)>/g, (_whole, inner: string) => {
      const [target, label] = inner.split('|', 2);
      if (target.startsWith('@')) return target.slice(1) === botUserId ? '' : `@${label ?? target.slice(1)}`;
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      if (target.startsWith('!')) return `@${label ?? target.slice(1).split('^')[0]}`;
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
