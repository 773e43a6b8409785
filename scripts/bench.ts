// `npm run bench`: every benchmark of the project, printed as one JSON report with the machine it ran on.
import * as os from 'os';
import { runCliBench } from './bench/cli';
import { runDiagramBench } from './bench/diagram';
import { runHttpLoadBench } from './bench/http-load';
import { runLongMessageBench } from './bench/long-message';
import { runThrottleBench } from './bench/throttle';
import { runMemoryStorageInCappedHeap } from './bench/memory-storage';
import { runNluBench } from './bench-nlu';
import { runTriageBench } from './bench/triage';

async function main(): Promise<void> {
  const machine = { cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown'}`, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const report: Record<string, unknown> = { machine };
  report.recognizer = await runNluBench();
  report.longestMessage = runLongMessageBench();
  report.triage = runTriageBench();
  report.cli = runCliBench();
  report.throttle = runThrottleBench();
  report.memoryStorage = runMemoryStorageInCappedHeap();
  report.diagram = runDiagramBench();
  report.httpLoad = await runHttpLoadBench();
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
