import { extractArchive, extractStream, type ExtractOptions, type Extracted } from '../cache/extract.js';
import type { RestoreWindow } from '../cache/prune.js';
import type { CacheManifest, CacheStore, RestoreHit, TransferOptions } from '../cache/types.js';
import type { CacheConfig } from '../core/cache-config.js';
import { cacheSummary, mib, restoreOutputs, type CacheToolResult } from '../core/cache-summary.js';
import type { Platform } from '../platform/types.js';
import {
  bounded,
  storeFor,
  CACHE_STATE,
  messageOf,
  runIdentity,
  since,
  transferOptions,
  withBundleDir,
  type CacheState,
} from './cache-common.js';
import type { AwsSession } from './session.js';
import { keyCaches, planCaches, type KeyedCache } from './cache-plan.js';
import { answerWithin, MISS_DIR_WAIT_MS, noDirNote } from './tool-dirs.js';
import { lookupOne } from './restore-lookup.js';

/** What restore did, per tool, and the step outputs it set. */
export interface RestoreResult {
  readonly results: readonly CacheToolResult[];
  readonly outputs: Readonly<Record<string, string>>;
}

/** The directory a found entry restores into: the tool's answer (see KeyedCache). */
async function targetDir(plan: KeyedCache): Promise<string> {
  const dir = await plan.dir;
  if (dir === undefined) throw new Error(noDirNote(plan.id));
  return dir;
}

/**
 * Finds the entry and extracts it into the tool's directory: streamed when the store can (download, verify
 * and extract overlap, while the tool still names the directory), else through a bundle directory the
 * store fills first.
 */
async function fetchAndExtract(
  store: CacheStore,
  plan: KeyedCache,
  opts: TransferOptions,
  options: ExtractOptions,
  platform: Platform,
): Promise<(RestoreHit & { dir: string; manifest: CacheManifest & Extracted }) | undefined> {
  // The directory comes from this run's plan, never from the entry.
  const extract = { ...options, ...(plan.usual === undefined ? {} : { stageNear: plan.usual }) };
  if (store.open) {
    const entry = await store.open(plan.key, plan.restoreKeys, opts);
    if (entry === undefined) return undefined;
    const dir = targetDir(plan);
    const extracted = await extractStream(entry.archive, entry.manifest, dir, extract);
    return { ...entry, dir: await dir, manifest: { ...entry.manifest, ...extracted } };
  }
  return withBundleDir(platform, async (bundle) => {
    const hit = await store.restore(bundle, plan.key, plan.restoreKeys, opts);
    if (hit === undefined) return undefined;
    const dir = targetDir(plan);
    return { ...hit, dir: await dir, manifest: await extractArchive(bundle, dir, extract) };
  });
}

type Restored = CacheToolResult & { window?: RestoreWindow; dir?: string };

/** Restores one directory; every problem becomes a warning and a 'error' result. A miss waits ≤ 0.25 s for the tool. */
async function restoreOne(
  store: CacheStore,
  plan: KeyedCache,
  config: CacheConfig,
  platform: Platform,
): Promise<Restored> {
  const started = Date.now();
  const base = { id: plan.id, key: plan.key };
  try {
    const opts = transferOptions(config, platform, plan.id);
    const extract = { signal: opts.signal, maxRatio: config.maxUnpackRatio };
    const work = fetchAndExtract(store, plan, opts, extract, platform);
    const hit = await bounded(work, opts.signal, `Restoring the ${plan.id} cache`);
    if (hit === undefined) {
      const seconds = since(started);
      const dir = await answerWithin(plan, MISS_DIR_WAIT_MS);
      return { ...base, outcome: 'miss', seconds, ...(dir === undefined ? {} : { dir }) };
    }
    const { manifest, dir } = hit;
    platform.info(
      `${plan.id}: restored ${mib(manifest.size)} (${manifest.files} files, ${mib(manifest.bytes)} unpacked) ` +
        `from ${hit.matchedKey} into ${dir}`,
    );
    const outcome = hit.exact ? 'hit' : 'partial';
    const window = { from: started, to: Date.now() };
    return {
      ...base,
      outcome,
      matchedKey: hit.matchedKey,
      bytes: manifest.size,
      seconds: since(started),
      window,
      dir,
    };
  } catch (error) {
    platform.warning(`The ${plan.id} cache was not restored (${store.kind} backend): ${messageOf(error)}`);
    return { ...base, outcome: 'error', note: messageOf(error), seconds: since(started) };
  } finally {
    plan.cancel();
  }
}

/** The keys restore looks for first, one per tool, comma-separated (keys never hold commas). */
const primaryKeys = (planned: readonly { key: string }[]): string => planned.map((p) => p.key).join(',');

/** dry-run: the keys restore would look for; no store is asked, nothing is written (not even state). */
async function reportDryRun(config: CacheConfig, platform: Platform): Promise<RestoreResult> {
  if (!config.enabled) return { results: [], outputs: {} };
  const { planned } = await planCaches(config, platform);
  const lines = planned.map((p) => `  ${p.id}: ${p.key} → ${p.paths.join(', ')}`);
  platform.report(`Would restore (${config.backend} backend):\n${lines.join('\n')}\n`);
  const outputs = { 'cache-hit': 'false', 'cache-primary-key': primaryKeys(planned) };
  platform.setOutputs(outputs);
  return { results: [], outputs };
}

/**
 * Restores each tool's download cache (after login, in the main step): keys from the lockfiles, then the
 * store, then a verified extraction (with lookup-only, the store is only asked what it has). Problems are
 * warnings; only `fail-on-cache-miss` throws, when a tool found nothing. Remembers what it found so `save`
 * skips exact hits.
 */
export async function restore(
  config: CacheConfig,
  platform: Platform,
  /** Tests hand in a store; by default the one `config.backend` names. */
  given?: CacheStore,
  /** The run's AWS identity and region (the main step shares login's); by default resolved from `config`. */
  session?: AwsSession,
): Promise<RestoreResult> {
  if (config.dryRun) return reportDryRun(config, platform);
  // The store (SDK import, credentials) and the keys (lockfiles; the tools' directory queries start here)
  // are worked out side by side: a miss costs one lookup after whichever takes longer.
  const keying = config.enabled ? keyCaches(config, platform, !config.lookupOnly) : undefined;
  keying?.catch(() => undefined); // it fails restore when awaited below, not the process meanwhile
  const store = await storeFor(config, platform, given, session);
  if (store === undefined) {
    void keying?.then(({ keyed }) => keyed.forEach((k) => k.cancel()));
    if (config.backend === 'none')
      platform.info('Dependency caching is off (cache: false or cache-backend: none).');
    const outputs = { 'cache-hit': 'false' };
    platform.setOutputs(outputs);
    return { results: [], outputs };
  }
  const { keyed, notes } = await (keying ?? keyCaches(config, platform, !config.lookupOnly));
  notes.forEach((note) => platform.info(`Not cached: ${note}`));
  const results: Restored[] = [];
  const one = config.lookupOnly ? lookupOne : restoreOne;
  for (const plan of keyed) results.push(await one(store, plan, config, platform));
  const state: CacheState = {
    version: 2,
    ...runIdentity(platform),
    planned: keyed.map(({ id, key, restoreKeys }, i) => {
      const r = results[i];
      // A restore (or a miss whose tool answered in time) knows its directory; save asks the tool otherwise.
      // A partial restore's window lets save leave out what the new lockfile no longer reads (prune.ts).
      return {
        id,
        key,
        restoreKeys,
        exact: r?.outcome === 'hit',
        ...(r?.dir === undefined ? {} : { paths: [r.dir] }),
        ...(r?.outcome === 'partial' && r.window !== undefined ? { restored: r.window } : {}),
      };
    }),
  };
  await platform.saveNamedState(CACHE_STATE, JSON.stringify(state));
  const outputs = { ...restoreOutputs(results), 'cache-primary-key': primaryKeys(keyed) };
  platform.setOutputs(outputs);
  const { markdown, text } = cacheSummary('Dependency cache restore', results);
  await platform.appendSummary(markdown, text);
  const missed = results.filter((r) => r.outcome === 'miss' || r.outcome === 'error').map((r) => r.id);
  if (config.failOnCacheMiss && missed.length > 0) {
    throw new Error(`No cache entry was restored for ${missed.join(', ')} (fail-on-cache-miss is set)`);
  }
  return { results, outputs };
}
