import type { EmulatorContext } from '../../context.js';
import { displayName, type Coords } from '../packages.js';
import { UpstreamUnavailable } from './http.js';
import type { ExternalPackage, WantedFile } from './model.js';
import { fetchNpmPackage, fetchNpmVersion, npmTarballUrl } from './npm.js';
import { prefetch } from './prefetch.js';
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
export function externalPackage(
  ctx: EmulatorContext,
  connection: string,
  c: Coords,
): Promise<{ pkg: ExternalPackage | undefined; fetched: boolean }> {
  return cached(ctx, `${connection} ${displayName(c)}`, () => refresh(ctx, c));
}

/**
 * One npm version as the external connection sees it, for a tarball request: the version document is a
 * few KB where the full packument of a popular package is megabytes, and a tarball needs nothing else.
 * Full metadata still fresh in the cache is used instead of asking; otherwise the tarball's download starts
 * alongside (prefetch.ts) rather than after it. The version document carries no
 * publish time, so a version ingested this way is dated when it was ingested.
 */
export async function externalNpmVersion(
  ctx: EmulatorContext,
  connection: string,
  c: Coords,
  version: string,
  filename?: string,
): Promise<{ pkg: ExternalPackage | undefined; fetched: boolean }> {
  const cache = cacheOf(ctx);
  const full = cache.entries.get(`${connection} ${displayName(c)}`);
  if (full && fresh(ctx, full)) return { pkg: full.pkg, fetched: false };
  const key = `${connection} ${displayName(c)}@${version}`;
  const known = cache.entries.get(key);
  if (filename && !cache.inFlight.has(key) && !(known && fresh(ctx, known))) {
    prefetch(ctx, npmTarballUrl(ctx.publicUrls.npm, c, filename));
  }
  return cached(ctx, key, () => refresh(ctx, c, version));
}

/** What the chain walk asks an external connection: the version document when it names the wanted file. */
export async function externalLookup(
  ctx: EmulatorContext,
  connection: string,
  c: Coords,
  want: WantedFile | undefined,
): Promise<{ pkg: ExternalPackage | undefined; fetched: boolean }> {
  if (c.format !== 'npm' || want?.version === undefined) return externalPackage(ctx, connection, c);
  const one = await externalNpmVersion(ctx, connection, c, want.version, want.filename);
  const files = one.pkg?.versions.get(want.version)?.files ?? [];
  if (files.some((f) => f.filename === want.filename)) return one;
  // Not there, or a registry without version documents: the packument decides.
  const full = await externalPackage(ctx, connection, c);
  return { pkg: full.pkg, fetched: full.fetched || one.fetched };
}

function fresh(ctx: EmulatorContext, entry: Entry): boolean {
  return ctx.now() - entry.fetchedAt < ctx.metadataTtlSeconds * 1000;
}

/** Reuse an answer for the TTL; concurrent callers share one fetch; a failed refresh serves the last answer. */
async function cached(
  ctx: EmulatorContext,
  key: string,
  fetch: () => Promise<Entry>,
): Promise<{ pkg: ExternalPackage | undefined; fetched: boolean }> {
  const cache = cacheOf(ctx);
  const last = cache.entries.get(key);
  if (last && fresh(ctx, last)) return { pkg: last.pkg, fetched: false };
  // Concurrent requests for one package (npm asks in parallel) share one external fetch.
  let pending = cache.inFlight.get(key);
  if (!pending) {
    pending = fetch().finally(() => cache.inFlight.delete(key));
    cache.inFlight.set(key, pending);
  }
  try {
    const entry = await pending;
    remember(cache.entries, key, entry);
    return { pkg: entry.pkg, fetched: true };
  } catch (err) {
    if (last) return { pkg: last.pkg, fetched: true };
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

async function refresh(ctx: EmulatorContext, c: Coords, version?: string): Promise<Entry> {
  let bytes = 0;
  try {
    const fetched =
      c.format === 'pypi'
        ? await fetchPypiPackage(ctx, c)
        : version === undefined
          ? await fetchNpmPackage(ctx, c)
          : await fetchNpmVersion(ctx, c, version);
    bytes = fetched.bytes;
    return { fetchedAt: ctx.now(), pkg: fetched.pkg };
  } finally {
    const what = version === undefined ? displayName(c) : `${displayName(c)}@${version}`;
    ctx.audit.externalFetch('metadata', `${c.format}:${what}`, bytes);
  }
}

/** Forget cached external metadata (tests that change the public side mid-run). */
export function clearExternalMetadata(ctx: EmulatorContext): void {
  cacheOf(ctx).entries.clear();
}
