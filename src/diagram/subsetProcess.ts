// Font subsets made in a process of their own: `node dist/src/diagram/subsetProcess.js` reads a SubsetRequest as JSON
// on stdin, writes one subset per font file that has the family into the request's directory, and prints the files
// written as a JSON array. ./cjkSubset runs it once per advisor process. Why a process: run in the server, hb-subset's
// WebAssembly over a 20 MB collection left 40 to 70 MB behind for good (measured: V8 optimizes its hot functions and
// glibc keeps the memory compiling them freed), and the event loop stopped for the 0.4 s it took.
import { readFileSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { createSubsetter } from './subsetFont';

export interface SubsetRequest {
  fonts: string[];
  family: string;
  codePoints: number[];
  /** An existing directory, private to the caller. */
  dir: string;
}

export function writeSubsets({ fonts, family, codePoints, dir }: SubsetRequest): string[] {
  const subsetter = createSubsetter();
  return fonts.flatMap((file) => {
    const bytes = subsetter(file, family, codePoints);
    if (bytes === undefined) return [];
    const written = join(dir, `${basename(file).replace(/\.[^.]+$/, '')}-subset.otf`);
    writeFileSync(written, bytes, { mode: 0o600, flag: 'wx' });
    return [written];
  });
}

if (require.main === module) {
  const request = JSON.parse(readFileSync(0, 'utf8')) as SubsetRequest;
  process.stdout.write(JSON.stringify(writeSubsets(request)));
}
