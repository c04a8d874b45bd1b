import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { EmulatorContext } from '../../context.js';

/*
 * How external connections reach the public side. Profiled against a real registry (a cold `npm ci` of
 * ~580 packages), a fresh connection per request spent most of the wall time idle: every request paid a
 * DNS lookup, and bursts of parallel lookups hit the resolver's 5 s retry (one in three lookups of a 40-way
 * burst), plus a TLS handshake each. So: keep-alive sockets, a bounded number per host (requests beyond it
 * queue in the agent instead of opening ever more connections), and each host name resolved once per
 * DNS_TTL_MS with concurrent lookups sharing one answer.
 */

/** Sockets per public host: about what npm itself opens (its `maxsockets` is 15) plus headroom. */
export const MAX_SOCKETS_PER_HOST = 16;
const MAX_TOTAL_SOCKETS = 48;
/** Idle sockets are closed after this; public registries close them on their side after about a minute. */
const IDLE_MS = 30_000;
const DNS_TTL_MS = 60_000;

export interface ExternalPool {
  http: HttpAgent;
  https: HttpsAgent;
  /** Requests sent and connections opened for them: keep-alive shows as connections << requests. */
  stats: { requests: number; connections: number };
  /** Sockets that have carried a request (a queued request handed a freed socket is not told it is reused). */
  used: WeakSet<object>;
}

const pools = new WeakMap<EmulatorContext, ExternalPool>();

/** The context's connection pool, created on first use. */
export function poolOf(ctx: EmulatorContext): ExternalPool {
  let pool = pools.get(ctx);
  if (!pool) {
    const lookup = cachedLookup(DNS_TTL_MS);
    const options = {
      keepAlive: true,
      maxSockets: MAX_SOCKETS_PER_HOST,
      maxTotalSockets: MAX_TOTAL_SOCKETS,
      maxFreeSockets: MAX_SOCKETS_PER_HOST,
      timeout: IDLE_MS,
      scheduling: 'lifo' as const,
      lookup,
    };
    const stats = { requests: 0, connections: 0 };
    pool = { http: new HttpAgent(options), https: new HttpsAgent(options), stats, used: new WeakSet() };
    pools.set(ctx, pool);
  }
  return pool;
}

/** Requests and connections so far (zeros before the first external fetch). */
export function poolStats(ctx: EmulatorContext): ExternalPool['stats'] {
  return { ...(pools.get(ctx)?.stats ?? { requests: 0, connections: 0 }) };
}

/** Close every pooled socket (the emulator is stopping): nothing outlives it. */
export function closePool(ctx: EmulatorContext): void {
  const pool = pools.get(ctx);
  if (!pool) return;
  pool.http.destroy();
  pool.https.destroy();
  pools.delete(ctx);
}

/** Every address of a host, from the system resolver. */
function systemLookup(host: string): Promise<LookupAddress[]> {
  return new Promise((ok, fail) =>
    dnsLookup(host, { all: true }, (err, found) => (err ? fail(err) : ok(found))),
  );
}

/** A `lookup` for net.connect that resolves each host once per ttl and shares in-flight lookups. */
export function cachedLookup(
  ttlMs: number,
  now: () => number = Date.now,
  resolveAll: (host: string) => Promise<LookupAddress[]> = systemLookup,
): LookupFunction {
  const answers = new Map<string, { at: number; addresses: Promise<LookupAddress[]> }>();
  const resolve = (host: string): Promise<LookupAddress[]> => {
    const hit = answers.get(host);
    if (hit && now() - hit.at < ttlMs) return hit.addresses;
    const addresses = resolveAll(host);
    answers.set(host, { at: now(), addresses });
    // A failed lookup is not remembered: the next connection asks again.
    addresses.catch(() => answers.delete(host));
    return addresses;
  };
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = typeof options.family === 'number' ? options.family : 0;
        const usable = family ? all.filter((a) => a.family === family) : all;
        const first = usable[0];
        if (options.all) return callback(null, usable);
        if (!first) {
          const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
          return callback(err, '', 0);
        }
        callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
