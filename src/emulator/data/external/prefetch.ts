import type { EmulatorContext } from '../../context.js';
import { externalGet, type FetchResult } from './http.js';

/*
 * A tarball request that finds nothing in the chain needs the version's metadata (to know the file's URL
 * and digests) and then the file: two round trips in a row. npm registries keep tarballs at a predictable
 * URL, so the download starts at the same time as the metadata request; the asset fetch takes the
 * answer only when the metadata names exactly that URL, and still verifies the bytes against the
 * metadata's digests. A guess nobody takes is dropped after KEEP_MS.
 */

const KEEP_MS = 60_000;
const TIMEOUT_MS = 60_000;
const slots = new WeakMap<EmulatorContext, Map<string, Promise<FetchResult>>>();

function slotsOf(ctx: EmulatorContext): Map<string, Promise<FetchResult>> {
  let map = slots.get(ctx);
  if (!map) {
    map = new Map();
    slots.set(ctx, map);
  }
  return map;
}

/** Start downloading a URL that is about to be asked for (no-op when one is already waiting). */
export function prefetch(ctx: EmulatorContext, url: string): void {
  const map = slotsOf(ctx);
  if (map.has(url)) return;
  const pending = externalGet(ctx, url, { timeoutMs: TIMEOUT_MS });
  pending.catch(() => undefined); // a failed guess is reported to whoever takes it, or to nobody
  map.set(url, pending);
  setTimeout(() => {
    if (map.get(url) === pending) map.delete(url);
  }, KEEP_MS).unref();
}

/** The download started for this URL, if any; each is handed out once. */
export function takePrefetched(ctx: EmulatorContext, url: string): Promise<FetchResult> | undefined {
  const map = slotsOf(ctx);
  const pending = map.get(url);
  map.delete(url);
  return pending;
}
