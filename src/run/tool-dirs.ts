/**
 * Where each tool keeps its cache: asked of the tool (`npm config get cache`, `pip cache dir`, …), else its
 * documented default here; and how long a miss waits for that answer.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import type { CacheConfig } from '../core/cache-config.js';
import type { ToolName } from '../ecosystems/index.js';
import type { Platform } from '../platform/types.js';
import type { KeyedCache } from './cache-plan.js';
import { cacheTargets, defaultCacheDir, type CacheTarget } from './cache-targets.js';

/** Runs a tool's query (10 s at most); its trimmed first line, or undefined when it fails or is empty. */
export function ask(
  argv: readonly string[],
  cwd: string,
  env: Platform['env'],
  signal?: AbortSignal,
): Promise<string | undefined> {
  const [command, ...args] = argv;
  return new Promise((done) => {
    const options = { cwd, env, timeout: 10_000, ...(signal ? { signal } : {}) };
    execFile(command ?? 'false', args, options, (error, stdout) => {
      const line = String(stdout).trim().split('\n')[0]?.trim() ?? '';
      done(error || line === '' || line === 'undefined' ? undefined : line);
    });
  });
}

/** The tool's documented default directory here, or undefined. */
export function defaultDir(target: CacheTarget, platform: Platform): string | undefined {
  const localAppData = platform.env.LOCALAPPDATA;
  const vars = { home: platform.homeDir, ...(localAppData ? { localAppData } : {}) };
  return defaultCacheDir(target.defaultDir, process.platform, vars);
}

/** The directory the tool uses, asked of the tool, else its documented default here. */
export async function cacheDir(
  target: CacheTarget,
  cwd: string,
  platform: Platform,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const asked = target.dirCommand && (await ask(target.dirCommand, cwd, platform.env, signal));
  return asked ? resolve(cwd, asked) : defaultDir(target, platform);
}

/**
 * How long a miss waits for the tool's answer (a miss must stay well under 0.5 s). The query started with
 * the keys and has mostly run by then; its answer, kept in restore's state, spares save from asking again
 * (0.2–0.4 s for npm).
 */
export const MISS_DIR_WAIT_MS = 250;

/** The tool's directory if it answers within `ms`, else undefined (the caller cancels the query). */
export function answerWithin(plan: KeyedCache, ms: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), ms)));
  return Promise.race([plan.dir.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

/** The note for a target whose directory could not be told. */
export const noDirNote = (id: string): string => `${id}: could not tell where its cache is`;

/**
 * The directory of the cache `id` names (a tool, or go-build), asked now (for save when restore did not
 * ask), and where it usually is, known at once (the tool's default here).
 */
export function cacheDirOf(
  config: CacheConfig,
  platform: Platform,
  id: string,
): { readonly dir: Promise<string | undefined>; readonly usual?: string } {
  const target = cacheTargets([id === 'go-build' ? 'go' : (id as ToolName)], true).find((t) => t.id === id);
  if (target === undefined) return { dir: Promise.resolve(undefined) };
  const usual = defaultDir(target, platform);
  const dir = cacheDir(target, resolve(config.workingDirectory), platform);
  return { dir, ...(usual === undefined ? {} : { usual }) };
}
