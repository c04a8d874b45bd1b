import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { CacheConfig } from '../core/cache-config.js';
import { cacheKey, codebuildProject, type KeyFile } from '../core/cache-key.js';
import { matchGlob } from '../core/glob.js';
import type { Platform } from '../platform/types.js';
import { cacheTargets, type CacheTarget } from './cache-targets.js';
import { findFiles } from './find-files.js';
import { ask, cacheDir, defaultDir, noDirNote } from './tool-dirs.js';
import { resolveTools } from './tools.js';

/** One directory to restore or save, and its keys. */
export interface PlannedCache {
  readonly id: string;
  readonly paths: readonly string[];
  readonly key: string;
  readonly restoreKeys: readonly string[];
}

/**
 * A planned cache whose directory is still being asked of the tool (`npm config get cache` takes 0.3–2 s).
 * The key needs only the lockfiles, so restore looks the key up while the tool answers, and a miss never
 * waits for it: `cancel` stops the query.
 */
export interface KeyedCache extends Omit<PlannedCache, 'paths'> {
  readonly dir: Promise<string | undefined>;
  /** Where the directory usually is (the tool's default), known at once; restore unpacks beside it. */
  readonly usual?: string;
  cancel(): void;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The project scope: `cache-scope`, else the repository, the CodeBuild project, or this directory. */
export function projectScope(config: CacheConfig, platform: Platform): string {
  if (config.scope !== undefined) return config.scope;
  const env = platform.env;
  if (platform.name === 'github' && env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  const project = codebuildProject(env.CODEBUILD_BUILD_ID ?? '');
  if (platform.name === 'codebuild' && project !== undefined) return project;
  const dir = resolve(config.workingDirectory);
  return `local~${sha256(dir).slice(0, 12)}`;
}

/** Files for the key: `cache-dependency-path` matches (the tool's own among them, else all), or its lockfiles. */
async function keyFiles(config: CacheConfig, target: CacheTarget): Promise<KeyFile[]> {
  const root = resolve(config.workingDirectory);
  const given = config.dependencyPaths.length > 0;
  const patterns = given ? config.dependencyPaths : target.lockfiles.flatMap((g) => [g, `*/${g}`]);
  const found = await findFiles(root, patterns);
  const base = (f: string) => f.split('/').pop() ?? f;
  const own = found.filter((f) => target.lockfiles.some((g) => matchGlob(g, base(f))));
  const chosen = given && own.length === 0 ? found : own;
  return Promise.all(
    chosen.map(async (f) => ({ path: relative(root, f).split(sep).join('/'), content: await readFile(f) })),
  );
}

/** Keys one target (its directory query started first, running meanwhile); a note when it has no lockfile. */
async function keyOne(
  config: CacheConfig,
  platform: Platform,
  target: CacheTarget,
  { scope, askDirs }: { scope: string; askDirs: boolean },
): Promise<KeyedCache | string> {
  const cwd = resolve(config.workingDirectory);
  const files = await keyFiles(config, target);
  if (files.length === 0)
    return `${target.id}: no lockfile to key the cache on (${target.lockfiles.join(', ')})`;
  const query = new AbortController();
  const dir = askDirs ? cacheDir(target, cwd, platform, query.signal) : Promise.resolve(undefined);
  const cancel = () => query.abort();
  const toolVersion = target.versionCommand && (await ask(target.versionCommand, cwd, platform.env));
  const { key, restoreKeys } = cacheKey(
    {
      prefix: config.keyPrefix,
      scope,
      os: process.platform,
      arch: process.arch,
      tool: target.id,
      ...(toolVersion ? { toolVersion } : {}),
      files,
    },
    sha256,
  );
  const usual = defaultDir(target, platform);
  return { id: target.id, key, restoreKeys, dir, cancel, ...(usual === undefined ? {} : { usual }) };
}

/**
 * Every directory to cache, keyed, its directory still being asked; notes say why a tool was left out.
 * `askDirs: false` (lookup-only, which extracts nothing) leaves the tools unasked: the query alone makes
 * some create their directory (npm writes its debug log into it).
 */
export async function keyCaches(
  config: CacheConfig,
  platform: Platform,
  askDirs = true,
): Promise<{ keyed: KeyedCache[]; notes: string[] }> {
  const keyed: KeyedCache[] = [];
  const notes: string[] = [];
  // No lockfile to detect tools from is a reason not to cache, never a reason to fail the build.
  const tools = await resolveTools(config).then(
    (detected) => detected.tools,
    (error: Error) => (notes.push(error.message), []),
  );
  const scope = projectScope(config, platform);
  const targets = cacheTargets(tools, config.goBuild);
  for (const one of await Promise.all(targets.map((t) => keyOne(config, platform, t, { scope, askDirs })))) {
    if (typeof one === 'string') notes.push(one);
    else keyed.push(one);
  }
  return { keyed, notes };
}

/** Every directory to cache, with keys and directories; notes say why a tool was left out. */
export async function planCaches(
  config: CacheConfig,
  platform: Platform,
): Promise<{ planned: PlannedCache[]; notes: string[] }> {
  const { keyed, notes } = await keyCaches(config, platform);
  const planned: PlannedCache[] = [];
  for (const { id, key, restoreKeys, dir } of keyed) {
    const path = await dir;
    if (path === undefined) notes.push(noDirNote(id));
    else planned.push({ id, key, restoreKeys, paths: [path] });
  }
  return { planned, notes };
}
