import { readdir } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { globBase, matchPathGlob } from '../core/glob.js';

/** Directories a lockfile search never enters: dependencies, VCS data, virtualenvs. */
const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', '.yarn']);
/** How deep a search goes below a pattern's base: deep monorepos fit; symlinked loops are not followed. */
const MAX_DEPTH = 32;

const posix = (path: string): string => path.split(sep).join('/');

/** Every file below `dir` (to MAX_DEPTH), as absolute `/`-separated paths. */
async function walk(dir: string, depth = 0): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isFile()) files.push(posix(path));
    else if (entry.isDirectory() && depth < MAX_DEPTH && !SKIP.has(entry.name)) {
      files.push(...(await walk(path, depth + 1)));
    }
  }
  return files;
}

/**
 * Files matching `patterns` (relative to `root` unless absolute; `!pattern` excludes), sorted. A small
 * glob of our own: @actions/glob logs `::debug::` lines, which the CLI must not print on stdout.
 */
export async function findFiles(root: string, patterns: readonly string[]): Promise<string[]> {
  const anchored = patterns.map((p) => {
    const negated = p.startsWith('!');
    const body = negated ? p.slice(1) : p;
    return { negated, glob: posix(isAbsolute(body) ? body : resolve(root, body)) };
  });
  const found = new Set<string>();
  for (const { glob } of anchored.filter((a) => !a.negated)) {
    for (const file of await walk(globBase(glob))) if (matchPathGlob(glob, file)) found.add(file);
  }
  const excluded = (file: string) => anchored.some((a) => a.negated && matchPathGlob(a.glob, file));
  return [...found].filter((file) => !excluded(file)).sort();
}
