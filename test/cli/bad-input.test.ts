// The command line with bad input, run as a user would, in both languages: a 100 KB question, binary and control
// characters, and a batch of broken lines (malformed JSON, wrong types, prototype keys, very long or binary lines).
// A clear message in the chosen language and the documented exit code; never a stack trace; a batch goes on.
import { SLOT_VALUES } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { MAX_TEXT_LENGTH } from '../../src/cli/request';
import { callflow, jsonLines } from './run-cli';

const STACK = /\n\s+at |TypeError|ReferenceError|RangeError/;
const paste = (locale: Locale) => (locale === 'en' ? 'ERROR media failure on ExpressRoute\n' : '錯誤：ExpressRoute 媒體失敗\n').repeat(3000).slice(0, 100 * 1024);

describe.each(['en', 'zh-TW'] as const)('in %s', (locale) => {
  it('refuses a 100 KB question with exit code 2, naming the limit', () => {
    const question = paste(locale).replace(/\n/g, ' ').trim();
    const r = callflow(['ask', '--locale', locale, question]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(t(locale, 'cli.tooLong', { length: question.length, limit: MAX_TEXT_LENGTH }));
    expect(r.stdout).toBe('');
  });

  it('answers control characters, bidi marks and binary-looking text without a stack trace', () => {
    for (const question of ['\u0007\u001b[2J\u007f', '\u202e\u200f\u2067 media', 'Ã¿Ã¾\u00ad\u0085ÿþ', '${x} {limit} [object Object]']) {
      const r = callflow(['ask', '--json', '--locale', locale, question]);
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(STACK);
      expect(JSON.parse(r.stdout)).toMatchObject({ locale });
    }
  });

  it('answers every line of a broken batch, in order, with an error in the chosen language for each bad one', () => {
    const lines = [
      '{"text": ',
      JSON.stringify({ text: 42 }),
      JSON.stringify({ slots: { __proto__: null, constructor: 'online' } }),
      '{"slots":{"__proto__":{"deployment":"online"}}}',
      JSON.stringify({ slots: { deployment: ['online'] } }),
      JSON.stringify({ locale: { tag: 'zh-TW' } }),
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      paste(locale).replace(/\n/g, ' '),
      '\u0000\u0001\u0002 binary \uffff',
      JSON.stringify({ slots: { deployment: 'online', callType: 'pstn', location: 'internet' } }),
    ];
    const r = callflow(['ask', '--json', '--locale', locale, '-'], lines.join('\n') + '\n');
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(STACK);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(lines.length);
    const [badJson, numericText, constructorSlot, protoSlot, listValue, objectLocale, nested, long, binary, good] = out;
    expect(badJson.error).toMatch(new RegExp(`^${t(locale, 'cli.badJson', { detail: '' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(numericText.error).toBe(t(locale, 'cli.badRequest'));
    const slots = Object.keys(SLOT_VALUES).join(', ');
    expect(constructorSlot.error).toBe(t(locale, 'cli.badSlot', { slot: 'constructor', allowed: slots }));
    expect(protoSlot.error).toBe(t(locale, 'cli.badSlot', { slot: '__proto__', allowed: slots }));
    expect(listValue.error).toBe(t(locale, 'cli.badSlotValue', { slot: 'deployment', value: '["online"]', allowed: SLOT_VALUES.deployment.join(', ') }));
    expect(objectLocale.error).toBe(t(locale, 'cli.badLocale', { value: '{"tag":"zh-TW"}' }));
    expect(nested.error).toBe(t(locale, 'cli.badRequest'));
    expect(long.error).toBe(t(locale, 'cli.tooLong', { length: paste(locale).replace(/\n/g, ' ').trim().length, limit: MAX_TEXT_LENGTH }));
    expect(binary.error).toBeUndefined();
    expect(good).toMatchObject({ locale, answer: { source: { table: 'online' } } });
    expect(r.stdout).not.toContain('[object Object]');
  });

  it('says a batch line with neither question text nor facts has nothing to answer, instead of asking for every fact', () => {
    const lines = [JSON.stringify({ text: '' }), JSON.stringify({ text: ' \t ' }), '{}', JSON.stringify({ locale }), JSON.stringify({ slots: {} })];
    const out = jsonLines(callflow(['ask', '--json', '--locale', locale, '-'], lines.join('\n') + '\n').stdout);
    expect(out).toHaveLength(lines.length);
    for (const reply of out.slice(0, 4)) expect(reply).toEqual({ error: t(locale, 'cli.nothingAsked') });
    // Facts given as slots, even none yet, are a call-flow question: what is missing is asked.
    expect(out[4]).toMatchObject({ intent: 'ask', answer: null });
    expect(out[4].missing).toEqual(expect.arrayContaining(['deployment']));
  });
});

// A paste too long to read is refused in the language it is written in, as its answer would have been, when the
// request names none (8,000 Chinese characters sent with no --locale were refused in English).
it.each([
  ['zh-TW', '媒體走哪條路？我在家裡用 VPN 連線。'],
  ['en', 'where does my media go when I am at home? '],
] as const)('refuses an over-long %s paste in its own language when no language is given', (locale, sentence) => {
  const text = sentence.repeat(Math.ceil((MAX_TEXT_LENGTH + 10) / sentence.length)).trim();
  const out = jsonLines(callflow(['ask', '--json', '-'], JSON.stringify({ text }) + '\n').stdout);
  expect(out).toEqual([{ error: t(locale, 'cli.tooLong', { length: text.length, limit: MAX_TEXT_LENGTH }) }]);
});
