import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createArchive } from '../cache/archive.js';
import { readsUpdateAtime, unreadRestoredFiles, type RestoreWindow } from '../cache/prune.js';
import { BUNDLE_ARCHIVE, BUNDLE_MANIFEST, type CacheManifest, type CacheStore } from '../cache/types.js';
import type { CacheConfig } from '../core/cache-config.js';
import { cacheSummary, mib, type CacheToolResult } from '../core/cache-summary.js';
import { saveDecision, type JobOutcome } from '../core/save-policy.js';
import type { Platform } from '../platform/types.js';
import {
  bounded,
  loadCacheState,
  messageOf,
  planDir,
  since,
  storeFor,
  transferOptions,
  withBundleDir,
} from './cache-common.js';
import type { AwsSession } from './session.js';
import { planCaches, type PlannedCache } from './cache-plan.js';
import { cacheDirOf, noDirNote } from './tool-dirs.js';

const nonEmpty = (dir: string) =>
  readdir(dir).then(
    (names) => names.length > 0,
    () => false,
  );

/** After a partial restore, the files it brought that this build did not read (see prune.ts). */
async function unused(dir: string, restored: RestoreWindow | undefined): Promise<string[]> {
  if (restored === undefined || !(await readsUpdateAtime(dir))) return [];
  return unreadRestoredFiles(dir, restored);
}

/** Where a cache's directory is: being asked of the tool (or known), and its usual place, known at once. */
interface DirSource {
  readonly dir: Promise<string | undefined>;
  readonly usual?: string;
}

type Archiver = (dir: string, signal: AbortSignal) => Promise<CacheManifest>;

/**
 * Archives the tool's directory into `bundle` while the tool is still naming it (`npm config get cache`
 * alone takes 0.2–0.4 s): tar starts on the usual place at once, and that archive is kept when the answer
 * is the usual place, else stopped, thrown away and made again from the answer. Undefined when the tool
 * names no directory; a note when there is nothing to save.
 */
async function archiveDir(source: DirSource, bundle: string, make: Archiver, signal: AbortSignal) {
  const guess = source.usual !== undefined && (await nonEmpty(source.usual)) ? source.usual : undefined;
  const early = new AbortController();
  const attempt = guess === undefined ? undefined : make(guess, AbortSignal.any([signal, early.signal]));
  attempt?.catch(() => undefined); // read below when it is kept
  const dir = await source.dir;
  if (attempt !== undefined && dir === guess) {
    // A failed guess is made once more below, now that the query is over: it may have written into the
    // directory while tar read it (GNU tar: "file changed as we read it"). A timeout is not retried.
    const kept = await attempt.then(
      (manifest) => ({ dir, manifest }),
      (error: unknown) => {
        if (signal.aborted) throw error;
      },
    );
    if (kept !== undefined) return kept;
  }
  if (attempt !== undefined) {
    early.abort();
    await attempt.catch(() => undefined);
    for (const name of [BUNDLE_ARCHIVE, BUNDLE_MANIFEST]) await rm(join(bundle, name), { force: true });
  }
  if (dir === undefined) return undefined;
  if (!(await nonEmpty(dir))) return `nothing in ${dir}`;
  return { dir, manifest: await make(dir, signal) };
}

type SavePlan = Omit<PlannedCache, 'paths'> & { readonly exact?: boolean; readonly restored?: RestoreWindow };

/**
 * Saves one directory unless restore found its exact key; every problem is a warning. Undefined when the
 * tool could not tell where its cache is.
 */
async function saveOne(
  store: CacheStore,
  plan: SavePlan,
  source: DirSource,
  config: CacheConfig,
  platform: Platform,
): Promise<CacheToolResult | undefined> {
  const started = Date.now();
  const base = { id: plan.id, key: plan.key };
  const skip = (note: string): CacheToolResult => ({ ...base, outcome: 'skipped', note, seconds: 0 });
  if (plan.exact) return skip('the store holds this exact key already (restored or looked up)');
  try {
    return await withBundleDir(platform, async (bundle) => {
      const opts = transferOptions(config, platform, plan.id);
      const what = `Saving the ${plan.id} cache`;
      const make: Archiver = async (dir, signal) => {
        const exclude = await unused(dir, plan.restored);
        if (exclude.length > 0)
          platform.info(`${plan.id}: leaving out ${exclude.length} restored files nothing read`);
        const { windowsDirs } = platform.runEnv;
        return createArchive(dir, bundle, plan.key, { signal, exclude, windowsDirs });
      };
      const made = await bounded(archiveDir(source, bundle, make, opts.signal), opts.signal, what);
      if (made === undefined) return undefined;
      if (typeof made === 'string') return skip(made);
      const { manifest } = made;
      const outcome = await bounded(store.save(bundle, plan.key, opts), opts.signal, what);
      platform.info(
        `${plan.id}: ${outcome === 'saved' ? 'saved' : 'already saved by another job'} ${mib(manifest.size)} as ${plan.key}`,
      );
      return { ...base, outcome, bytes: manifest.size, seconds: since(started) };
    });
  } catch (error) {
    platform.warning(`The ${plan.id} cache was not saved (${store.kind} backend): ${messageOf(error)}`);
    return { ...base, outcome: 'error', note: messageOf(error), seconds: since(started) };
  }
}

/** What save knows of the job: GitHub's job.status, CodeBuild's CODEBUILD_BUILD_SUCCEEDING, or a command run on purpose. */
function jobOutcome(config: CacheConfig, platform: Platform): JobOutcome {
  if (platform.name === 'github') return (config.jobStatus as JobOutcome | undefined) ?? 'unknown';
  const succeeding = platform.runEnv.buildSucceeding;
  if (succeeding !== undefined) return succeeding ? 'success' : 'failure';
  return 'explicit';
}

/**
 * Saves each tool's download cache (post step, or `codeartifact-cache save`) under the key restore
 * computed (or, without a restore, computed now). Never throws for a cache problem: saving is a courtesy
 * to the next build.
 */
export async function save(
  config: CacheConfig,
  platform: Platform,
  /** Tests hand in a store; by default the one `config.backend` names. */
  given?: CacheStore,
  /** The run's AWS identity and region (the main step shares login's); by default resolved from `config`. */
  session?: AwsSession,
): Promise<readonly CacheToolResult[]> {
  if (!config.enabled) return [];
  const decision = saveDecision(config.saveCache, config.dryRun, jobOutcome(config, platform));
  if (!decision.save) {
    platform.info(`The dependency cache is not saved: ${decision.why}.`);
    return [];
  }
  const store = await storeFor(config, platform, given, session);
  if (store === undefined) return [];
  // Only this run's restore may say what was an exact hit; without one the keys are computed afresh.
  const state = await loadCacheState(platform);
  const planned = state?.planned ?? (await planCaches(config, platform)).planned;
  const results: CacheToolResult[] = [];
  for (const plan of planned) {
    // An exact hit is skipped anyway: the tool is not asked (asking makes npm create its directory).
    const known = plan.paths && planDir({ ...plan, paths: plan.paths });
    const source: DirSource =
      known !== undefined
        ? { dir: Promise.resolve(known), usual: known }
        : 'exact' in plan && plan.exact
          ? { dir: Promise.resolve(undefined) }
          : cacheDirOf(config, platform, plan.id);
    const result = await saveOne(store, plan, source, config, platform);
    if (result === undefined) platform.info(`Not cached: ${noDirNote(plan.id)}`);
    else results.push(result);
  }
  const { markdown, text } = cacheSummary('Dependency cache save', results);
  await platform.appendSummary(markdown, text);
  return results;
}
