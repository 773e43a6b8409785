// Every card the project produces, in both languages, converted to Block Kit: within Slack's limits, and with every
// text, link and button of the card still there (a card element the converter cannot show fails the conversion).
import { sampleCards } from '../../src/cards';
import { adaptiveCardToBlocks, type SlackMessage } from '../../src/channels/slack/blockkit';
import { limitViolations, SLACK_LIMITS } from '../../src/channels/slack/blockkit-limits';
import { markdownToPlain } from '../../src/channels/slack/mrkdwn';

type Json = Record<string, unknown>;

interface CardContent {
  texts: string[];
  buttonTitles: string[];
  urls: string[];
  submitData: unknown[];
}

/** Everything a reader of the card sees or can click, found by walking the card JSON. */
function contentOf(node: unknown, out: CardContent = { texts: [], buttonTitles: [], urls: [], submitData: [] }): CardContent {
  if (Array.isArray(node)) {
    node.forEach((child) => contentOf(child, out));
    return out;
  }
  if (typeof node !== 'object' || node === null) return out;
  const element = node as Json;
  switch (element.type) {
    case 'TextBlock':
      out.texts.push(String(element.text));
      break;
    case 'FactSet':
      for (const fact of element.facts as { title: string; value: string }[]) out.texts.push(fact.title, fact.value);
      break;
    case 'Image':
      out.urls.push(String(element.url));
      break;
    case 'Action.Submit':
      out.buttonTitles.push(String(element.title));
      out.submitData.push(element.data ?? {});
      break;
    case 'Action.OpenUrl':
      out.buttonTitles.push(String(element.title));
      out.urls.push(String(element.url));
      break;
    case 'Action.ShowCard':
      out.texts.push(String(element.title));
      break;
  }
  for (const [key, value] of Object.entries(element)) if (key !== 'fallbackText' && typeof value === 'object') contentOf(value, out);
  return out;
}

interface Shown {
  text: string;
  urls: string[];
  values: string[];
}

/** What Slack shows, from the blocks. */
function shownBy(message: SlackMessage): Shown {
  const texts: string[] = [];
  const urls: string[] = [];
  const values: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Json;
    if ((n.type === 'mrkdwn' || n.type === 'plain_text') && typeof n.text === 'string') texts.push(n.text);
    if (typeof n.url === 'string') urls.push(n.url);
    if (typeof n.image_url === 'string') urls.push(n.image_url);
    if (n.type === 'button' && typeof n.value === 'string') values.push(n.value);
    Object.values(n).forEach(walk);
  };
  walk(message.blocks);
  return { text: texts.join('\n'), urls, values };
}

/** Compares meaning, not formatting: markers, links, bullets, escapes and spacing are set aside on both sides. */
function normalize(text: string): string {
  return text
    .replace(/<([^|<>]+)\|([^<>]+)>/g, '$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/:warning: /g, '')
    .replace(/[\u200b*_~•…]/g, '')
    .replace(/^\s*-\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const samples = sampleCards();

it('has samples of every card kind in both languages', () => {
  const kinds = new Set(samples.map((s) => `${s.kind}/${s.locale}`));
  for (const kind of ['welcome', 'help', 'question', 'answer', 'explain', 'followUp', 'triageStep', 'triage']) {
    expect(kinds).toContain(`${kind}/en`);
    expect(kinds).toContain(`${kind}/zh-TW`);
  }
});

describe.each(samples.map((s) => [`${s.locale} ${s.name}`, s] as const))('%s', (_name, sample) => {
  const message = adaptiveCardToBlocks(sample.card);
  const content = contentOf(sample.card);
  const shown = shownBy(message);
  const shownText = normalize(shown.text);

  it('stays within Block Kit limits, with a notification text', () => {
    expect(limitViolations(message.blocks)).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(message.text.trim().length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
  });

  it('shows every text of the card', () => {
    for (const text of content.texts) expect(shownText).toContain(normalize(markdownToPlain(text)));
  });

  it('keeps every button, its submitted data and every link', () => {
    for (const title of content.buttonTitles) {
      const label = title.length > SLACK_LIMITS.buttonText ? title.slice(0, SLACK_LIMITS.buttonText - 1) : title;
      expect(shownText).toContain(normalize(label));
    }
    // A ShowCard's buttons come after the card's own, so the order may differ; the set may not.
    const sorted = (data: unknown[]) => data.map((d) => JSON.stringify(d)).sort();
    expect(sorted(shown.values.map((v) => JSON.parse(v)))).toEqual(sorted(content.submitData));
    for (const url of content.urls) expect(shown.urls).toContain(url);
  });
});
