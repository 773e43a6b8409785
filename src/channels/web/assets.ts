// The page's static files: web/ at the root of the project (found from here in src/ and in dist/), and the
// Adaptive Cards renderer's browser bundle straight from its npm package.
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

export interface Asset {
  body: Buffer;
  contentType: string;
}

/** Every file the page is made of, by URL path: nothing else is ever read from disk for a request. */
export const PAGE_FILES: Record<string, { file: string; contentType: string }> = {
  '/': { file: 'index.html', contentType: 'text/html; charset=utf-8' },
  '/web/app.js': { file: 'app.js', contentType: 'text/javascript; charset=utf-8' },
  '/web/style.css': { file: 'style.css', contentType: 'text/css; charset=utf-8' },
};
export const RENDERER_PATH = '/web/adaptivecards.min.js';

function findWebDir(): string | undefined {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'web', 'index.html'))) return join(dir, 'web');
  }
  return undefined;
}

const loaded = new Map<string, Asset | undefined>();

function load(path: string, read: () => Asset | undefined): Asset | undefined {
  if (!loaded.has(path)) loaded.set(path, read());
  return loaded.get(path);
}

/** A page file, or undefined when this installation lacks it. */
export function pageAsset(path: string): Asset | undefined {
  const entry = PAGE_FILES[path];
  if (!entry) return undefined;
  return load(path, () => {
    const dir = findWebDir();
    const file = dir && join(dir, entry.file);
    return file && existsSync(file) ? { body: readFileSync(file), contentType: entry.contentType } : undefined;
  });
}

/** The renderer's bundle, or undefined when the adaptivecards package is not installed. */
export function rendererAsset(): Asset | undefined {
  return load(RENDERER_PATH, () => {
    try {
      const file = require.resolve('adaptivecards/dist/adaptivecards.min.js');
      return { body: readFileSync(file), contentType: 'text/javascript; charset=utf-8' };
    } catch {
      return undefined;
    }
  });
}
