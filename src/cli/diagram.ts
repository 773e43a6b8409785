// --diagram FILE.svg|FILE.png: writes the path diagram of the answer.
import { promises as fs } from 'fs';
import { diagramForScenario } from '../diagram';
import { t } from '../i18n';
import { RequestError, type Reply } from './request';

export async function writeDiagram(file: string, reply: Reply): Promise<string> {
  const format = file.toLowerCase().endsWith('.png') ? 'png' : 'svg';
  const rendered = reply.answer ? diagramForScenario(reply.slots, reply.locale, format) : null;
  if (rendered === null) throw new RequestError(t(reply.locale, 'cli.diagramNeedsAnswer'));
  await fs.writeFile(file, rendered);
  return t(reply.locale, 'cli.diagramWritten', { file });
}
