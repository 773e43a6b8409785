// Where the Teams app's sources and output live. Found from the project root, so the same code runs from
// scripts/ under ts-jest and from dist/scripts/ when compiled.
import fs from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const TEAMS_DIR = path.join(ROOT, 'teams');
export const OUTPUT_DIR = path.join(ROOT, 'dist', 'teams');

export function projectVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
