// Every reading the recognizer gives, for every question the project has, written to one file: a change meant only
// to make the recognizer faster (or tidier) must leave that file byte-identical. Each question is read three ways,
// as the channels call it: the locale detected (the dialog), the locale given (the command line's `locale` field),
// and its first half alone (a question cut off mid-sentence reaches rules other than whole questions do).
// Lines carry the question's set and id, never its text, so the file can be diffed for the test parts too.
// Run: node bin/run.js scripts/recognizer-outputs <out-file>   (then `cmp before after`)
import { writeFileSync } from 'fs';
import { createRecognizer } from '../src/nlu';
import type { Locale } from '../src/nlu/types';
import { BLIND_PARTS, BLIND_SETS, loadBlindFile } from './blind';
import { LABELLED_SETS, loadLabelledSet } from './eval';

interface Question {
  /** The set (a file under test/nlu/) and the question's place or id in it. */
  where: string;
  locale: Locale;
  text: string;
}

/** Every question of the project: the labelled sets (the bench's list too), then every blind and own set. */
function everyQuestion(): Question[] {
  const locales = Object.keys(LABELLED_SETS) as Locale[];
  const labelled = locales.flatMap((locale) =>
    loadLabelledSet(locale).map((u, i) => ({ where: `${LABELLED_SETS[locale]}#${i}`, locale, text: u.text })),
  );
  const blind = BLIND_PARTS.flatMap((part) =>
    locales.flatMap((locale) =>
      BLIND_SETS[part][locale].flatMap((file) => loadBlindFile(file).map((q, i) => ({ where: `${file}#${i}:${q.id}`, locale, text: q.text }))),
    ),
  );
  return [...labelled, ...blind];
}

function main(): void {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node bin/run.js scripts/recognizer-outputs <out-file>');
  const recognizer = createRecognizer();
  const questions = everyQuestion();
  const lines = questions.map(({ where, locale, text }) => {
    const half = text.slice(0, Math.ceil(text.length / 2));
    const readings = { detected: recognizer.recognize(text), given: recognizer.recognize(text, locale), half: recognizer.recognize(half) };
    return `${where}\t${JSON.stringify(readings)}`;
  });
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${questions.length} questions (${questions.length * 3} readings) written to ${out}`);
}

main();
