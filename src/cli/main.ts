// `callflow ask ...`: wiring only.
import { t } from '../i18n';
import { createRecognizer } from '../nlu';
import { runBatch } from './batch';
import { messageLocale, parseArgs, UsageError } from './args';
import { formatReply } from './format';
import { handleRequest, RequestError } from './request';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${t(messageLocale(argv), 'cli.usage')}\n`);
    return 2;
  }
  const locale = args.locale ?? 'en';
  if (args.help) {
    process.stdout.write(t(locale, 'cli.usage') + '\n');
    return 0;
  }
  const recognizer = createRecognizer();
  if (args.batch) {
    await runBatch(process.stdin, process.stdout, recognizer, locale);
    return 0;
  }
  try {
    const reply = handleRequest({ text: args.question, locale: args.locale, slots: args.slots, observed: args.observed }, recognizer, locale);
    process.stdout.write((args.json ? JSON.stringify(reply, null, 2) : formatReply(reply)) + '\n');
    if (args.diagram) {
      // Loaded only when asked for: the renderer is the slowest module to load.
      const { writeDiagram } = require('./diagram') as typeof import('./diagram');
      process.stderr.write((await writeDiagram(args.diagram, reply)) + '\n');
    }
    return 0;
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    process.stderr.write(error.message + '\n');
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exitCode = 1;
  },
);
