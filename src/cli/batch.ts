// `callflow ask --json -`: one request per line in, one JSON object per line out, in order. A bad line gets an
// {"error": ...} line and the batch goes on.
import { StringDecoder } from 'string_decoder';
import type { Locale } from '../i18n';
import type { Recognizer } from '../nlu/types';
import { handleRequest, RequestError, validateRequest, type Request } from './request';
import { t } from '../i18n';

export function parseLine(line: string, locale: Locale): Request {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[') && !trimmed.startsWith('"')) return { text: trimmed };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    throw new RequestError(t(locale, 'cli.badJson', { detail: (error as Error).message }));
  }
  return validateRequest(parsed, locale);
}

export function answerLine(line: string, recognizer: Recognizer, locale: Locale): string {
  try {
    return JSON.stringify(handleRequest(parseLine(line, locale), recognizer, locale));
  } catch (error) {
    if (error instanceof RequestError) return JSON.stringify({ error: error.message });
    return JSON.stringify({ error: String((error as Error)?.message ?? error) });
  }
}

/**
 * The lines of `input`, ended by a line feed (a carriage return before it dropped) or by the end. Only there: JSON
 * allows U+2028 and U+2029 raw inside a string, and Node 24's readline ends a line at each, which split a request in
 * two and put every later answer one line off its request.
 */
export async function* linesOf(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  // Decoded across chunks: a character's bytes may be split between two.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, end).replace(/\r$/, '');
      pending = pending.slice(end + 1);
    }
  }
  pending += decoder.end();
  if (pending !== '') yield pending.replace(/\r$/, '');
}

export async function runBatch(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, recognizer: Recognizer, locale: Locale): Promise<void> {
  for await (const line of linesOf(input)) {
    if (line.trim() === '') continue;
    output.write(answerLine(line, recognizer, locale) + '\n');
  }
}
