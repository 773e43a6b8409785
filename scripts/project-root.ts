// The project's root folder (where package.json is), wherever a compiled script runs from.
import { existsSync } from 'fs';
import { dirname, join } from 'path';

export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found');
    dir = parent;
  }
  return dir;
}
