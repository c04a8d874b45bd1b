/**
 * The GitHub backend: @actions/cache on a fixed staging directory. GitHub's cache version hashes the
 * paths, so save and restore must name the same directory; the bundle is copied into it before a save and
 * moved out of it after a restore.
 */
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BUNDLE_ARCHIVE,
  BUNDLE_MANIFEST,
  type CacheStore,
  type RestoreHit,
  type TransferOptions,
} from './types.js';

export interface GitHubStoreOptions {
  /** The directory @actions/cache archives. @default `<os temp>/codeartifact-cache/bundle` */
  stagingDir?: string;
  /**
   * Look the key up after a save that @actions/cache called a success. Needed on the v1 service (GHES):
   * there saveCache returns the reserved id even when the upload or the commit failed (it only warns).
   * @default false
   */
  confirmSaves?: boolean;
}

const BUNDLE_FILES = [BUNDLE_ARCHIVE, BUNDLE_MANIFEST] as const;

/** The staging directory under the runner's temp directory (RUNNER_TEMP, read by the platform). */
export function defaultStagingDir(runnerTemp: string | undefined): string {
  return join(runnerTemp ?? tmpdir(), 'codeartifact-cache', 'bundle');
}

export function createGitHubStore(opts: GitHubStoreOptions = {}): CacheStore {
  const stagingDir = opts.stagingDir ?? defaultStagingDir(undefined);
  return {
    kind: 'github',
    lookup: (key, restoreKeys, transfer) =>
      bounded(transfer, `look up ${key}`, () => lookup(stagingDir, key, restoreKeys)),
    restore: (bundleDir, key, restoreKeys, transfer) =>
      bounded(transfer, `restore ${key}`, () => restore(stagingDir, bundleDir, key, restoreKeys)),
    save: (bundleDir, key, transfer) =>
      bounded(transfer, `save ${key}`, () => save(stagingDir, bundleDir, key, opts.confirmSaves ?? false)),
  };
}

async function loadCache(): Promise<typeof import('@actions/cache')> {
  // Loaded on use: importing @actions/cache costs ~0.3 s, wasted by commands that do not cache.
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    throw new Error(
      'the GitHub cache service is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)',
    );
  }
  return cache;
}

/**
 * GitHub's own lookup-only: one call to the cache service, no download. The staging directory is only part
 * of the version here, so it is not created.
 */
async function lookup(stagingDir: string, key: string, restoreKeys: readonly string[]) {
  const cache = await loadCache();
  const matchedKey = await cache.restoreCache([stagingDir], key, [...restoreKeys], { lookupOnly: true });
  return matchedKey === undefined
    ? undefined
    : ({ matchedKey, exact: matchedKey === key } satisfies RestoreHit);
}

async function restore(stagingDir: string, bundleDir: string, key: string, restoreKeys: readonly string[]) {
  const cache = await loadCache();
  await resetDir(stagingDir);
  // @actions/cache turns service faults into its own warning and a miss: they cannot be told apart here.
  const matchedKey = await cache.restoreCache([stagingDir], key, [...restoreKeys]);
  if (matchedKey === undefined) return undefined;
  await mkdir(bundleDir, { recursive: true });
  for (const name of BUNDLE_FILES) await moveFile(join(stagingDir, name), join(bundleDir, name));
  await rm(stagingDir, { recursive: true, force: true });
  return { matchedKey, exact: matchedKey === key } satisfies RestoreHit;
}

async function save(
  stagingDir: string,
  bundleDir: string,
  key: string,
  confirm: boolean,
): Promise<'saved' | 'exists'> {
  const cache = await loadCache();
  await resetDir(stagingDir);
  for (const name of BUNDLE_FILES) await copyFile(join(bundleDir, name), join(stagingDir, name));
  let id: number;
  try {
    id = await cache.saveCache([stagingDir], key);
  } catch (error) {
    if (isTaken(error)) return 'exists';
    throw error;
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
  if (id !== -1 && !confirm) return 'saved';
  // saveCache reports every failure as -1 (reservation conflicts included) after logging it: ask whether
  // the key is now taken to tell "someone else saved it" from a real failure. On v1 an id proves nothing.
  const found = await cache.restoreCache([stagingDir], key, [], { lookupOnly: true });
  if (found === key) return id === -1 ? 'exists' : 'saved';
  throw new Error('@actions/cache did not save the entry (its warning above says why)');
}

function isTaken(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'ReserveCacheError' || /already exists/i.test(error.message))
  );
}

async function resetDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}

async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}

/**
 * @actions/cache takes no AbortSignal: the caller stops waiting when the signal fires (the transfer itself
 * is left to the process's exit), so a hanging service cannot hang the build.
 */
async function bounded<T>(transfer: TransferOptions, what: string, run: () => Promise<T>): Promise<T> {
  const { signal } = transfer;
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([run(), aborted]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`GitHub cache: could not ${what}: ${message}`, { cause: error });
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
