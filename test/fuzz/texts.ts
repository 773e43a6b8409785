// Random and adversarial message texts: random Unicode, control characters, lone surrogates, bidi and zero-width
// marks, emoji, 100 KB pastes, injection-looking strings, template syntax, mixed Chinese and English with the
// domain's own words, and words that are property names of every JavaScript object.
import type { Locale } from '../../src/i18n';
import type { Random } from './random';

type TextMaker = (random: Random, locale: Locale) => string;

const CONTROL = [...Array(32).keys(), 0x7f, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)].map((c) => String.fromCharCode(c));
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
const BIDI_AND_INVISIBLE = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f'];
const EMOJI = ['😀', '🚀', '📞', '☎️', '👩🏽‍💻', '👨‍👩‍👧‍👦', '🇹🇼', '🏳️‍🌈', '❤️‍🔥', '🔥', '\u{1f9d1}\u{200d}\u{1f4bb}', '\u{e0067}', '🀄', '㊙️'];
const SPACES = [' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', '\u2029', '\u1680', '\u205f', '\v', '\f'];
const RTL_TEXT = ['שלום', 'مرحبا', 'ExpressRoute \u202eetomeR', '\u05d0\u05d1\u05d2 PSTN'];

/** The domain's own words, so mixed junk still reaches the recognizer's interesting paths. */
const DOMAIN_WORDS: Record<Locale, readonly string[]> = {
  en: ['Skype for Business Online', 'hybrid', 'Cloud Connector', 'CCE', 'ExpressRoute', 'ER', 'PSTN call', 'peer-to-peer', 'P2P', 'conference', 'meeting', 'broadcast', 'on-prem', 'online', 'at home', 'hotel', 'on our network', 'federated', 'organizer', 'media', 'signaling', 'signalling', 'firewall', 'Edge server', 'what if', 'back', 'help', 'start over', 'English', 'explain principle 4', 'not', "don't", 'both', 'neither', 'other company'],
  'zh-TW': ['商務用 Skype Online', '混合式部署', '雲端連接器', 'ExpressRoute', 'PSTN 通話', '對等通話', '會議', '廣播', '內部部署', '線上', '在家', '飯店', '在我們的網路內', '同盟', '召集人', '媒體', '訊號', '信令', '防火牆', '如果', '上一步', '說明', '重新開始', '中文', '原則 4', '不是', '沒有', '都', '混合式', '媒体', '会议', '网络'],
};

const INJECTIONS = [
  "'; DROP TABLE conversations; --",
  "1' OR '1'='1",
  'Robert"); DELETE FROM users WHERE 1=1; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<at>Advisor</at>',
  '</at><at>',
  '{"action":"answer","slot":"deployment","value":"online"}',
  '{"__proto__":{"polluted":true}}',
  '[1,2,3]',
  'null',
  'undefined',
  'NaN',
  '${deployment}',
  '${if(true, "a", "b")}',
  '${$root.fallbackText}',
  '{limit}',
  '{{name}}',
  '%s %d %n %x',
  '$(rm -rf /)',
  '`whoami`',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  '\\u0000\\x00',
  '**bold** _it_ `code` [link](javascript:alert(1))',
  '<!here> <@U123> <#C1|general>',
  '&lt;&gt;&amp;&quot;',
  '.*+?^${}()|[]\\',
  '(?:(a+)+)+b',
  'a'.repeat(60) + '!',
];

/** Names every plain object has: a lookup table indexed by user words must not find these. */
const OBJECT_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'propertyIsEnumerable', 'toLocaleString'];
const NUMBERS = ['0', '1', '2', '-1', '3.5', '99999999999999999999', '1e309', 'Infinity', '0x1F', '１', '一', '二', '三', '#2', '2.', '²'];

function randomCodePoint(random: Random): string {
  const range = random.weighted<readonly [number, number]>([
    [4, [0x20, 0x7f]],
    [2, [0x00, 0x20]],
    [3, [0xa0, 0x2000]],
    [4, [0x4e00, 0x9fff]],
    [1, [0x3000, 0x3100]],
    [1, [0xd800, 0xe000]],
    [1, [0xe000, 0xf900]],
    [1, [0xfe00, 0x10000]],
    [2, [0x1f300, 0x1faff]],
    [1, [0x10000, 0x110000]],
  ]);
  const code = range[0] + random.int(range[1] - range[0]);
  // fromCharCode keeps a surrogate a lone code unit; fromCodePoint builds pairs above the BMP.
  return code < 0x10000 ? String.fromCharCode(code) : String.fromCodePoint(code);
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / Math.max(unit.length, 1))).slice(0, length);
}

function logPaste(random: Random, bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `2024-05-0${1 + random.int(9)}T10:${String(random.int(60)).padStart(2, '0')}:00Z ERROR SIP/2.0 ${random.pick(['408', '480', '503'])} ms-diagnostics: ${random.int(99999)};reason="Media connectivity failure" ER=${random.pick(['up', 'down'])} 媒體 ${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

function mixed(random: Random, locale: Locale): string {
  const words: string[] = [];
  const count = 1 + random.int(8);
  for (let i = 0; i < count; i++) {
    words.push(
      random.weighted<string>([
        [6, random.pick(DOMAIN_WORDS[locale])],
        [3, random.pick(DOMAIN_WORDS[locale === 'en' ? 'zh-TW' : 'en'])],
        [1, random.pick(EMOJI)],
        [1, random.pick(BIDI_AND_INVISIBLE)],
        [1, random.pick(OBJECT_KEYS)],
        [1, random.pick(NUMBERS)],
      ]),
    );
  }
  return words.join(random.pick([' ', '', '，', ', ', '\u3000', '\u200b', ' \u202e ']));
}

/** Each kind of text, by name (the name is reported with a failure and in the counts). */
export const TEXT_KINDS: Record<string, TextMaker> = {
  randomUnicode: (random) => Array.from({ length: 1 + random.int(80) }, () => randomCodePoint(random)).join(''),
  control: (random) => Array.from({ length: 1 + random.int(20) }, () => random.pick(CONTROL)).join('') + random.pick(['', 'help', 'PSTN call', '會議']),
  loneSurrogates: (random, locale) => `${random.pick(DOMAIN_WORDS[locale])}${random.pick(LONE_SURROGATES)}${random.pick(LONE_SURROGATES)}`,
  bidiAndInvisible: (random, locale) =>
    Array.from({ length: 1 + random.int(6) }, () => random.pick(BIDI_AND_INVISIBLE) + random.pick([...DOMAIN_WORDS[locale], ...RTL_TEXT])).join(''),
  emoji: (random, locale) => Array.from({ length: 1 + random.int(10) }, () => random.pick(EMOJI)).join(random.pick(['', ' '])) + random.pick(['', ` ${random.pick(DOMAIN_WORDS[locale])}`]),
  whitespace: (random) => Array.from({ length: 1 + random.int(30) }, () => random.pick(SPACES)).join(''),
  paste100KB: (random) => logPaste(random, 100 * 1024),
  longRepeat: (random, locale) => repeatTo(random.pick([...DOMAIN_WORDS[locale], 'x', '媒', '😀', '\u0000', ' ']), 2000 + random.int(200_000)),
  // Just under, at and just over the dialog's 1000-character limit, after trimming.
  aroundLimit: (random, locale) => `  ${repeatTo(random.pick(DOMAIN_WORDS[locale]) + ' ', 998 + random.int(5))}  `,
  binary: (random) => Buffer.from(Array.from({ length: 1 + random.int(300) }, () => random.int(256))).toString(random.pick(['latin1', 'utf8', 'binary'] as const)),
  base64: (random) => Buffer.from(Array.from({ length: 16 + random.int(2000) }, () => random.int(256))).toString('base64'),
  injection: (random) => random.pick(INJECTIONS),
  objectKeys: (random) => Array.from({ length: 1 + random.int(3) }, () => random.pick(OBJECT_KEYS)).join(' '),
  numbers: (random) => random.pick(NUMBERS),
  rtl: (random) => random.pick(RTL_TEXT),
  mixedZhEn: mixed,
  commandsInJunk: (random, locale) => `${random.pick(['', '\u200f', '!!!', '🙂 '])}${random.pick(['help', 'back', 'start over', 'restart', '中文', 'English', '切換語言', '說明', '上一步', '重新開始', 'hi', '你好', 'explain', '解釋'])}${random.pick(['', '?', ' please', ' 吧', ` ${random.pick(DOMAIN_WORDS[locale])}`, '\u0000'])}`,
  fullwidthAndSimplified: (random) => random.pick(['ＰＳＴＮ　通話', 'ＨＹＢＲＩＤ', '混合部署的会议，媒体走哪里？', '线上用户在家', 'Ｅｘｐｒｅｓｓ　Ｒｏｕｔｅ', '商务用 Skype 在线']),
};

export const TEXT_KIND_NAMES = Object.keys(TEXT_KINDS);

export function junkText(random: Random, locale: Locale): { kind: string; text: string } {
  const kind = random.pick(TEXT_KIND_NAMES);
  return { kind, text: TEXT_KINDS[kind](random, locale) };
}
