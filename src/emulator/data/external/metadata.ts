import type { EmulatorContext } from '../../context.js';
import { displayName, type Coords } from '../packages.js';
import { UpstreamUnavailable } from './http.js';
import type { ExternalPackage } from './model.js';
import { fetchNpmPackage } from './npm.js';
import { fetchPypiPackage } from './pypi.js';

/*
 * Metadata fetched through an external connection is reused for ctx.metadataTtlSeconds per
 * (connection, package). The service documents the same shape: public metadata first enters a
 * regional package metadata cache, so a version new on the public registry shows up after a delay — up to
 * about 10 minutes for npm (CodeArtifact syncs it continuously) and up to 3 hours for PyPI (checked at most
 * every 3 hours, refreshed by the first request after that). "Not found" answers are cached as well, so a
 * warm build makes no external metadata request at all. When a refresh fails, the last good answer is
 * served (the service keeps serving what it had while a public registry is down).
 */

interface Entry {
  fetchedAt: number;
  pkg: ExternalPackage | undefined;
}

interface Cache {
  entries: Map<string, Entry>;
  inFlight: Map<string, Promise<Entry>>;
}

/**
 * Packages whose metadata is held at once. Names that do not exist are cached too, so without a bound a
 * client asking for ever-new names would grow the emulator without limit; the entry fetched longest ago goes first (forgetting one only costs a refetch).
 */
export const MAX_CACHED_PACKAGES = 10_000;

const caches = new WeakMap<EmulatorContext, Cache>();

function cacheOf(ctx: EmulatorContext): Cache {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = { entries: new Map(), inFlight: new Map() };
    caches.set(ctx, cache);
  }
  return cache;
}

/**
 * The package as the external connection sees it (`pkg` undefined when the public registry does not have
 * it); `fetched` says whether this call went out to the public side rather than using the cache.
 */
export async function externalPackage(
  ctx: EmulatorContext,
  connection: string,
  c: Coords,
): Promise<{ pkg: ExternalPackage | undefined; fetched: boolean }> {
  const key = `${connection} ${displayName(c)}`;
  const cache = cacheOf(ctx);
  const cached = cache.entries.get(key);
  if (cached && ctx.now() - cached.fetchedAt < ctx.metadataTtlSeconds * 1000) {
    return { pkg: cached.pkg, fetched: false };
  }
  // Concurrent requests for one package (npm asks in parallel) share one external fetch.
  let pending = cache.inFlight.get(key);
  if (!pending) {
    pending = refresh(ctx, c).finally(() => cache.inFlight.delete(key));
    cache.inFlight.set(key, pending);
  }
  try {
    const entry = await pending;
    remember(cache.entries, key, entry);
    return { pkg: entry.pkg, fetched: true };
  } catch (err) {
    if (cached) return { pkg: cached.pkg, fetched: true };
    throw err instanceof UpstreamUnavailable ? err : new UpstreamUnavailable((err as Error).message);
  }
}

/** Stores `entry` as the newest, dropping the oldest beyond `max` (exported for its test). */
export function remember<T>(entries: Map<string, T>, key: string, entry: T, max = MAX_CACHED_PACKAGES): void {
  entries.delete(key); // re-inserted at the end: Map order is the fetch order
  entries.set(key, entry);
  for (const oldest of entries.keys()) {
    if (entries.size <= max) break;
    entries.delete(oldest);
  }
}

async function refresh(ctx: EmulatorContext, c: Coords): Promise<Entry> {
  let bytes = 0;
  try {
    const fetched = c.format === 'npm' ? await fetchNpmPackage(ctx, c) : await fetchPypiPackage(ctx, c);
    bytes = fetched.bytes;
    return { fetchedAt: ctx.now(), pkg: fetched.pkg };
  } finally {
    ctx.audit.externalFetch('metadata', `${c.format}:${displayName(c)}`, bytes);
  }
}

/** Forget cached external metadata (tests that change the public side mid-run). */
export function clearExternalMetadata(ctx: EmulatorContext): void {
  cacheOf(ctx).entries.clear();
}
