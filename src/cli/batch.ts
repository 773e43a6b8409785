// `callflow ask --json -`: one request per line in, one JSON object per line out, in order. A bad line gets an
// {"error": ...} line and the batch goes on.
import * as readline from 'readline';
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

export async function runBatch(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, recognizer: Recognizer, locale: Locale): Promise<void> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    output.write(answerLine(line, recognizer, locale) + '\n');
  }
}
