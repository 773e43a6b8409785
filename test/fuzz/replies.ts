// What every reply of the bot must be, whatever it was sent: a message with text or an Adaptive Card that passes
// the project's card validator, in the conversation's language, with nothing leaking from the inside (stack
// traces, "undefined", "[object Object]", unfilled template placeholders); an invoke answered without a 500.
import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/cards';
import { LOCALE_LIST, t, type Locale } from '../../src/i18n';
import { cardProblems } from '../cards/validateCard';
import { kindOf, textsOf, type CardKind } from '../dialogs/cardReading';

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LETTERS = /[A-Za-z\u3400-\u9fff\uf900-\ufaff]/;
/** What must not show anywhere in a card's JSON. */
const JSON_LEAKS: readonly [string, RegExp][] = [
  ['a stack trace', /\bat \S+ \(|\.(ts|js):\d+:\d+|\b(TypeError|ReferenceError|RangeError|SyntaxError)\b|\bError: /],
  ['"undefined"', /\bundefined\b/],
  ['"NaN"', /\bNaN\b/],
  ['"[object Object]"', /\[object Object\]/],
  ['a template expression', /\$\{/],
];
/** What must not show in a text the user reads: also "null" and a `{name}` that t() leaves unfilled. */
const TEXT_LEAKS: readonly [string, RegExp][] = [...JSON_LEAKS, ['"null"', /\bnull\b/], ['an unfilled placeholder', /\{[A-Za-z_]\w*\}/]];

/** What a card is and says, read once per distinct card (the same cards come back often, and reading is slow). */
export interface CardFacts {
  card: AdaptiveCard;
  texts: string[];
  /** Its problems whatever the conversation's language. */
  problems: string[];
  kind: Record<Locale, CardKind>;
  /** Why it is not in a language; undefined when it is. */
  notIn: Record<Locale, string | undefined>;
}

export interface Reading {
  cards: CardFacts[];
  texts: string[];
  problems: string[];
}

function leaks(where: string, text: string, patterns = TEXT_LEAKS): string[] {
  return patterns.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${where} shows ${name}: ${JSON.stringify(text.slice(0, 200))}`);
}

/** Whether the card reads as written in the locale: its first line, and most (zh-TW) or nearly none (en) of its lines. */
function languageProblem(texts: string[], locale: Locale): string | undefined {
  const lines = texts.filter((text) => LETTERS.test(text));
  if (lines.length === 0) return 'it has no words';
  const chinese = lines.filter((text) => HAN.test(text)).length / lines.length;
  const firstChinese = HAN.test(lines[0]);
  const fits = locale === 'zh-TW' ? firstChinese && chinese >= 0.5 : !firstChinese && chinese <= 0.25;
  return fits ? undefined : `it is not in ${locale}: ${JSON.stringify(lines[0].slice(0, 80))} (${Math.round(chinese * 100)}% Chinese lines)`;
}

const perLocale = <T>(make: (locale: Locale) => T) => Object.fromEntries(LOCALE_LIST.map((l) => [l, make(l)])) as Record<Locale, T>;

const known = new Map<string, CardFacts>();
/** Bounds the memory the memo takes on a long run. */
const KNOWN_LIMIT = 5000;

export function cardFacts(card: AdaptiveCard): CardFacts {
  const json = JSON.stringify(card);
  const remembered = known.get(json);
  if (remembered) return remembered;
  const texts = textsOf(card);
  const problems = [
    ...cardProblems(card),
    ...[...texts, card.fallbackText].flatMap((text) => leaks('its text', text)),
    ...leaks('its JSON', json, JSON_LEAKS),
  ];
  const facts: CardFacts = { card, texts, problems, kind: perLocale((l) => kindOf(card, l)), notIn: perLocale((l) => languageProblem(texts, l)) };
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(json, facts);
  return facts;
}

/** The locale whose "language switched" notice a turn's replies show, if any. */
export function switchedTo(reading: Reading): Locale | undefined {
  return LOCALE_LIST.find((locale) => reading.cards.some((card) => card.texts.includes(t(locale, 'dialog.languageSwitched'))));
}

/** Reads a turn's replies and lists everything wrong with them, for a conversation in `locale`. */
export function readReplies(replies: Partial<Activity>[], locale: Locale): Reading {
  const reading: Reading = { cards: [], texts: [], problems: [] };
  const { cards, texts, problems } = reading;
  replies.forEach((reply, index) => {
    const where = `reply ${index + 1}`;
    if (reply.type === 'invokeResponse') {
      const status = (reply.value as { status?: unknown } | undefined)?.status;
      if (typeof status !== 'number' || (status >= 500 && status !== 501)) problems.push(`${where} is an invoke response with status ${String(status)}`);
      return;
    }
    if (reply.type !== 'message') {
      problems.push(`${where} is of type ${String(reply.type)}`);
      return;
    }
    const attachments = reply.attachments ?? [];
    if (attachments.length === 0 && !(typeof reply.text === 'string' && reply.text.trim() !== '')) {
      problems.push(`${where} has neither text nor a card`);
    }
    if (typeof reply.text === 'string' && reply.text !== '') {
      texts.push(reply.text);
      problems.push(...leaks(`${where}'s text`, reply.text));
      if (HAN.test(reply.text) !== (locale === 'zh-TW')) problems.push(`${where}'s text is not in ${locale}: ${JSON.stringify(reply.text)}`);
    }
    for (const attachment of attachments) {
      if (attachment.contentType !== CARD_TYPE) {
        problems.push(`${where} has an attachment of type ${attachment.contentType}`);
        continue;
      }
      const facts = cardFacts(attachment.content as AdaptiveCard);
      cards.push(facts);
      problems.push(...facts.problems.map((p) => `${where}'s card: ${p}`));
      const wrongLanguage = facts.notIn[locale];
      if (wrongLanguage) problems.push(`${where}'s card: ${wrongLanguage}`);
    }
  });
  return reading;
}
