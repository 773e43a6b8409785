// --diagram FILE.svg|FILE.png: writes the path diagram of the answer (of a focused answer, the traffic asked about).
import { promises as fs } from 'fs';
import { diagramForFocus, diagramForScenario, type DiagramFormat } from '../diagram';
import { focusOf } from '../present';
import { t } from '../i18n';
import { RequestError, type Reply } from './request';

function drawn(reply: Reply, format: DiagramFormat): string | Buffer | null {
  if (!reply.answer) return null;
  const other = reply.answer.dependsOn;
  return other ? diagramForFocus(reply.slots, focusOf(other), reply.locale, format) : diagramForScenario(reply.slots, reply.locale, format);
}

export async function writeDiagram(file: string, reply: Reply): Promise<string> {
  const rendered = drawn(reply, file.toLowerCase().endsWith('.png') ? 'png' : 'svg');
  if (rendered === null) throw new RequestError(t(reply.locale, 'cli.diagramNeedsAnswer'));
  await fs.writeFile(file, rendered);
  return t(reply.locale, 'cli.diagramWritten', { file });
}
