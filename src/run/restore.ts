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
  planDir,
  runIdentity,
  since,
  transferOptions,
  withBundleDir,
  type CacheState,
} from './cache-common.js';
import type { AwsSession } from './session.js';
import { planCaches, type PlannedCache } from './cache-plan.js';

/** What restore did, per tool, and the step outputs it set. */
export interface RestoreResult {
  readonly results: readonly CacheToolResult[];
  readonly outputs: Readonly<Record<string, string>>;
}

/**
 * Finds the entry and extracts it into `dir`: streamed when the store can (download, verify and extract
 * overlap), else through a bundle directory the store fills first.
 */
async function fetchAndExtract(
  store: CacheStore,
  plan: PlannedCache,
  opts: TransferOptions,
  extract: ExtractOptions,
  platform: Platform,
): Promise<(RestoreHit & { manifest: CacheManifest & Extracted }) | undefined> {
  // The directory comes from this run's plan, never from the entry.
  const dir = planDir(plan);
  if (store.open) {
    const entry = await store.open(plan.key, plan.restoreKeys, opts);
    if (entry === undefined) return undefined;
    const extracted = await extractStream(entry.body, entry.manifest, dir, extract);
    return { ...entry, manifest: { ...entry.manifest, ...extracted } };
  }
  return withBundleDir(platform, async (bundle) => {
    const hit = await store.restore(bundle, plan.key, plan.restoreKeys, opts);
    return hit && { ...hit, manifest: await extractArchive(bundle, dir, extract) };
  });
}

/** Restores one directory; every problem becomes a warning and a 'error' result. */
async function restoreOne(
  store: CacheStore,
  plan: PlannedCache,
  config: CacheConfig,
  platform: Platform,
): Promise<CacheToolResult & { window?: RestoreWindow }> {
  const started = Date.now();
  const base = { id: plan.id, key: plan.key };
  try {
    const opts = transferOptions(config, platform, plan.id);
    const extract = { signal: opts.signal, maxRatio: config.maxUnpackRatio };
    const work = fetchAndExtract(store, plan, opts, extract, platform);
    const hit = await bounded(work, opts.signal, `Restoring the ${plan.id} cache`);
    if (hit === undefined) return { ...base, outcome: 'miss', seconds: since(started) };
    const { manifest } = hit;
    platform.info(
      `${plan.id}: restored ${mib(manifest.size)} (${manifest.files} files, ${mib(manifest.bytes)} unpacked) ` +
        `from ${hit.matchedKey} into ${planDir(plan)}`,
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
    };
  } catch (error) {
    platform.warning(`The ${plan.id} cache was not restored (${store.kind} backend): ${messageOf(error)}`);
    return { ...base, outcome: 'error', note: messageOf(error), seconds: since(started) };
  }
}

/** The keys restore looks for first, one per tool, comma-separated (keys never hold commas). */
const primaryKeys = (planned: readonly PlannedCache[]): string => planned.map((p) => p.key).join(',');

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
 * store, then a verified extraction. Problems are warnings; only `fail-on-cache-miss` throws, when a tool
 * restored nothing. Remembers what it found so `save` skips exact hits.
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
  const store = await storeFor(config, platform, given, session);
  if (store === undefined) {
    if (config.backend === 'none')
      platform.info('Dependency caching is off (cache: false or cache-backend: none).');
    const outputs = { 'cache-hit': 'false' };
    platform.setOutputs(outputs);
    return { results: [], outputs };
  }
  const { planned, notes } = await planCaches(config, platform);
  notes.forEach((note) => platform.info(`Not cached: ${note}`));
  const results: (CacheToolResult & { window?: RestoreWindow })[] = [];
  for (const plan of planned) results.push(await restoreOne(store, plan, config, platform));
  const state: CacheState = {
    version: 2,
    ...runIdentity(platform),
    planned: planned.map((p, i) => {
      const r = results[i];
      // A partial restore's window lets save leave out what the new lockfile no longer reads (prune.ts).
      return {
        ...p,
        exact: r?.outcome === 'hit',
        ...(r?.outcome === 'partial' ? { restored: r.window } : {}),
      };
    }),
  };
  await platform.saveNamedState(CACHE_STATE, JSON.stringify(state));
  const outputs = { ...restoreOutputs(results), 'cache-primary-key': primaryKeys(planned) };
  platform.setOutputs(outputs);
  const { markdown, text } = cacheSummary('Dependency cache restore', results);
  await platform.appendSummary(markdown, text);
  const missed = results.filter((r) => r.outcome === 'miss' || r.outcome === 'error').map((r) => r.id);
  if (config.failOnCacheMiss && missed.length > 0) {
    throw new Error(`No cache entry was restored for ${missed.join(', ')} (fail-on-cache-miss is set)`);
  }
  return { results, outputs };
}
