/**
 * Globs as setup-node and setup-python's `cache-dependency-path` take them (the @actions/glob syntax:
 * `*`, `?`, `[...]`, `**`), plus `{a,b}` alternatives, through minimatch (maintained, pure JavaScript);
 * `!` exclusions are the caller's (find-files.ts). Dot files match, as they do in @actions/glob. Used for
 * the user's `cache-dependency-path`; lockfile names of the ecosystems use `matchGlob`.
 */
import { minimatch } from 'minimatch';

const OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

/**
 * True when the file name `name` matches `glob`, where `*` is any run of characters and `?` any one
 * character: the ecosystems' own lockfile names (`requirements*.txt`), not user input.
 */
export function matchGlob(glob: string, name: string): boolean {
  const source = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(name);
}

/** True when the `/`-separated `path` matches `glob`: `**` spans any number of directories (none included). */
export function matchPathGlob(glob: string, path: string): boolean {
  return minimatch(path, glob, OPTIONS);
}

/** The leading elements of `glob` before any pattern character: the directory a search can start from. */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const first = parts.findIndex((p) => /[*?[{]/.test(p));
  return (
    (first === -1 ? parts.slice(0, -1) : parts.slice(0, first)).join('/') ||
    (glob.startsWith('/') ? '/' : '.')
  );
}
