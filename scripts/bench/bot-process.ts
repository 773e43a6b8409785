// One bot server for the load benchmark, in its own process so its memory is measured alone:
// `node dist/scripts/bench/bot-process.js echo|stateful-echo|advisor [redis://...]`. Reports its URL to the parent
// over IPC.
import { ActivityHandler } from 'botbuilder';
import { createAdvisorBot } from '../../src/bot';
import { createBotServer } from '../../src/channels/botframework';
import { createLogger } from '../../src/log';
import { createRecognizer } from '../../src/nlu';
import { openStorage } from '../../src/state';
import { StatefulEchoBot } from './stateful-echo-bot';

/** The floor this stack allows: the same botbuilder + restify server, a bot that only echoes. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

async function main(): Promise<void> {
  const [kind, storageUrl] = process.argv.slice(2);
  const logger = createLogger('error');
  const { storage } = await openStorage({ url: storageUrl }, logger);
  const bot =
    kind === 'echo'
      ? new EchoBot()
      : kind === 'stateful-echo'
        ? new StatefulEchoBot(storage)
        : createAdvisorBot({ storage, recognizer: createRecognizer(), logger });
  const server = createBotServer({ bot, credentials: { kind: 'none' }, logger, port: 0, host: '127.0.0.1' });
  const url = await server.listen();
  process.send?.({ url });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
