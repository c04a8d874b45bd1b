/**
 * lookup-only (actions/cache's option of that name): which entry restore would take for a tool, asked of the
 * store's index alone. Nothing is downloaded, no bundle directory is made, and the tool is not even asked
 * for its directory (asking makes npm create it). Save then skips only the tools found by their exact key,
 * as actions/cache does.
 */
import type { CacheStore } from '../cache/types.js';
import type { CacheConfig } from '../core/cache-config.js';
import type { CacheToolResult } from '../core/cache-summary.js';
import type { Platform } from '../platform/types.js';
import { bounded, messageOf, since, transferOptions } from './cache-common.js';
import type { KeyedCache } from './cache-plan.js';

/** Looks one tool's keys up; every problem becomes a warning and an 'error' result, as in restore. */
export async function lookupOne(
  store: CacheStore,
  plan: KeyedCache,
  config: CacheConfig,
  platform: Platform,
): Promise<CacheToolResult> {
  // Nothing is extracted, so the tool's directory is never needed (restore does not ask for it).
  plan.cancel();
  const started = Date.now();
  const base = { id: plan.id, key: plan.key, lookedUp: true } as const;
  try {
    const opts = transferOptions(config, platform, plan.id);
    const what = `Looking up the ${plan.id} cache`;
    const hit = await bounded(store.lookup(plan.key, plan.restoreKeys, opts), opts.signal, what);
    if (hit === undefined) return { ...base, outcome: 'miss', seconds: since(started) };
    platform.info(
      `${plan.id}: found ${hit.matchedKey} (${hit.exact ? 'exact key' : 'restore key'}); lookup-only, so ` +
        'nothing was downloaded',
    );
    const outcome = hit.exact ? 'hit' : 'partial';
    return { ...base, outcome, matchedKey: hit.matchedKey, seconds: since(started) };
  } catch (error) {
    platform.warning(`The ${plan.id} cache was not looked up (${store.kind} backend): ${messageOf(error)}`);
    return { ...base, outcome: 'error', note: messageOf(error), seconds: since(started) };
  }
}
