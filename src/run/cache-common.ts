import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progressLine } from '../core/cache-summary.js';
import type { CacheConfig } from '../core/cache-config.js';
import { sdkAws } from '../aws/index.js';
import { createStore } from '../cache/index.js';
import type { RestoreWindow } from '../cache/prune.js';
import type { CacheStore, TransferOptions } from '../cache/types.js';
import type { Platform } from '../platform/types.js';
import type { PlannedCache } from './cache-plan.js';
import { awsSession, type AwsSession } from './session.js';

/** How often a transfer's progress is logged (and how long one runs before it is). */
const PROGRESS_EVERY_MS = 3000;

/** The name restore's per-tool results are kept under for save. */
export const CACHE_STATE = 'cache';

/** What restore tells save about one tool. */
export interface CacheState {
  readonly version: 2;
  /** The run restore ran in (see runIdentity); state without one is never trusted. */
  readonly run?: string;
  readonly planned: readonly (Omit<PlannedCache, 'paths'> & {
    /** Absent when restore found nothing: it never waited for the tool to name its directory. */
    readonly paths?: readonly string[];
    readonly exact: boolean;
    readonly restored?: RestoreWindow;
  })[];
}

/**
 * This run, as the CI service names it: the job of a GitHub workflow run (attempt included), the CodeBuild
 * build, GitLab's job, Buildkite's job, Jenkins' build tag. Empty outside CI, where no run can be told apart
 * from the next one on the same host.
 */
export function runIdentity(platform: Platform): { run?: string } {
  const e = platform.env;
  const github =
    e.GITHUB_RUN_ID && `github:${e.GITHUB_RUN_ID}:${e.GITHUB_RUN_ATTEMPT ?? ''}:${e.GITHUB_JOB ?? ''}`;
  const codebuild = e.CODEBUILD_BUILD_ID && `codebuild:${e.CODEBUILD_BUILD_ID}`;
  const other =
    (e.CI_JOB_ID && `gitlab:${e.CI_JOB_ID}`) || (e.BUILDKITE_JOB_ID && `buildkite:${e.BUILDKITE_JOB_ID}`);
  const run = codebuild || github || other || (e.BUILD_TAG && `jenkins:${e.BUILD_TAG}`);
  return run ? { run } : {};
}

/**
 * The state this run's restore left, or undefined: none, unreadable, or left by another run (a CLI state
 * directory outlives its run; trusting an old "exact hit" would skip a save this run needs).
 */
export async function loadCacheState(platform: Platform): Promise<CacheState | undefined> {
  const text = await platform.loadNamedState(CACHE_STATE);
  try {
    const state = text === undefined ? undefined : (JSON.parse(text) as CacheState);
    // The action's state (GITHUB_STATE) lives and dies with one job; a CLI state directory outlives its run.
    const ours =
      platform.name === 'github' || (state?.run !== undefined && state.run === runIdentity(platform).run);
    return state?.version === 2 && ours && Array.isArray(state.planned) ? state : undefined;
  } catch {
    return undefined;
  }
}

/** The one directory a planned cache restores into and saves from. */
export function planDir(plan: PlannedCache): string {
  const [dir] = plan.paths;
  if (dir === undefined || plan.paths.length !== 1) throw new Error(`${plan.id}: expected one directory`);
  return dir;
}

/** The store to use, or undefined (caching off, or a backend that cannot work here: warned about). */
export async function storeFor(
  config: CacheConfig,
  platform: Platform,
  given: CacheStore | undefined,
  session: AwsSession | undefined,
): Promise<CacheStore | undefined> {
  if (!config.enabled) return undefined;
  try {
    if (given !== undefined) return given;
    const run = session ?? awsSession(config, platform, sdkAws());
    const { homeDir, runEnv } = platform;
    return await createStore(config, { homeDir, runEnv, awsOptions: () => run.options() });
  } catch (error) {
    platform.warning(`Dependency caching is skipped: ${messageOf(error)}`);
    return undefined;
  }
}

/** Rejects when `signal` aborts, even if `work` never settles: a hanging store cannot hang the build. */
export function bounded<T>(work: Promise<T>, signal: AbortSignal, what: string): Promise<T> {
  return new Promise<T>((done, fail) => {
    const onAbort = () => fail(new Error(`${what} did not finish in time (cache-timeout-seconds)`));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(done, fail).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Transfer options bounded by the configured timeout, logging progress as MiB and MiB/s. */
export function transferOptions(config: CacheConfig, platform: Platform, id: string): TransferOptions {
  const started = Date.now();
  let printed = started;
  return {
    signal: AbortSignal.timeout(config.timeoutSeconds * 1000),
    warn: (message) => platform.warning(`${id}: ${message}`),
    // Only long transfers report, and at most every few seconds.
    progress: ({ bytes, total }) => {
      if (Date.now() - printed < PROGRESS_EVERY_MS) return;
      printed = Date.now();
      platform.info(`${id}: ${progressLine(bytes, total, (printed - started) / 1000)}`);
    },
  };
}

/** Runs `work` with a fresh bundle directory under the runner's temp directory, removed afterwards. */
export async function withBundleDir<T>(platform: Platform, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(platform.runEnv.runnerTemp ?? tmpdir(), 'codeartifact-cache-bundle-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Seconds since `started` (ms). */
export const since = (started: number): number => (Date.now() - started) / 1000;

/** The message of anything thrown. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
