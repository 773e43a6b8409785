// The build context as `docker build` sees it: the project folder minus what .dockerignore names, copied the way
// COPY copies (a folder's contents into the destination, files into a destination folder when it ends with "/").
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'fs';
import { basename, dirname, join, relative, sep } from 'path';

export class ContextError extends Error {
  override readonly name = 'ContextError';
}

/** A .dockerignore pattern as a regular expression over slash-separated paths from the context root. */
function patternToRegExp(pattern: string): RegExp {
  if (pattern.startsWith('!')) throw new ContextError(`.dockerignore exceptions (${pattern}) are not supported by the smoke test`);
  const body = pattern
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .map((segment) =>
      segment === '**'
        ? '.*'
        : segment.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'),
    )
    .join('/');
  // A pattern matches a path or anything inside it. Like Docker, a bare `*.log` matches at the root only.
  return new RegExp(`^${body}(/.*)?$`);
}

export interface BuildContext {
  root: string;
  /** Whether a path (relative to the root) is left out of the context. */
  ignored(path: string): boolean;
}

export function readContext(root: string): BuildContext {
  const file = join(root, '.dockerignore');
  const patterns = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map(patternToRegExp)
    : [];
  return { root, ignored: (path) => patterns.some((pattern) => pattern.test(path.split(sep).join('/'))) };
}

/**
 * COPY: each source (a path in `fromRoot`, or in the context when `context` is given) into `dest`. A folder's
 * contents go into `dest`; a file goes to `dest` itself, or into it when `dest` ends with "/" or there are several
 * sources.
 */
export function copyInto(sources: string[], fromRoot: string, dest: string, context?: BuildContext): void {
  const intoFolder = dest.endsWith('/') || sources.length > 1;
  for (const source of sources) {
    const from = join(fromRoot, source);
    if ((context && context.ignored(source)) || !existsSync(from)) throw new ContextError(`COPY ${source}: not in the build context`);
    const isFolder = statSync(from).isDirectory();
    const target = isFolder || !intoFolder ? dest : join(dest, basename(source));
    mkdirSync(isFolder ? target : dirname(target), { recursive: true });
    cpSync(from, target, {
      recursive: true,
      filter: (path) => !context || path === from || !context.ignored(relative(context.root, path)),
    });
  }
}
