import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EmulatorContext } from '../../context.js';
import { poolOf, type ExternalPool } from './pool.js';

export interface FetchResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The URL that answered, after redirects: relative links in the body resolve against it. */
  url: string;
}

/** The public side did not answer usefully (refused, timed out, 5xx): a 502 for the client. */
export class UpstreamUnavailable extends Error {}

const MAX_REDIRECTS = 3;
const MAX_BODY = 256 * 1024 * 1024;

/**
 * GET from the public side the way an external connection does: after the modelled internet latency, with
 * a hard timeout so a dead or stalled registry turns into an error rather than a hung client. Connections
 * come from the context's keep-alive pool (pool.ts), closed when the emulator stops.
 */
export async function externalGet(
  ctx: EmulatorContext,
  url: string,
  opts: { accept?: string; timeoutMs: number },
): Promise<FetchResult> {
  if (ctx.publicLatencyMs > 0) await sleep(ctx.publicLatencyMs);
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const result = await getWithRetry(poolOf(ctx), current, opts);
    const location = result.headers.location;
    if (result.status >= 300 && result.status < 400 && location) {
      current = new URL(location, current).toString();
      continue;
    }
    if (result.status >= 500) {
      throw new UpstreamUnavailable(`${current} answered ${result.status}`);
    }
    return result;
  }
  throw new UpstreamUnavailable(`${url}: too many redirects`);
}

type GetOptions = { accept?: string; timeoutMs: number };

/**
 * A kept-alive socket can be closed by the server just as it is reused; that request never reached the
 * server, so it is sent once more (GET is idempotent). A fresh socket's failure is reported as it is.
 */
async function getWithRetry(pool: ExternalPool, url: string, opts: GetOptions): Promise<FetchResult> {
  try {
    return await getOnce(pool, url, opts);
  } catch (err) {
    if (!(err instanceof StaleSocket)) throw err;
    return getOnce(pool, url, opts);
  }
}

/** The request went out on a reused socket that the server had already closed. */
class StaleSocket extends UpstreamUnavailable {}

function getOnce(pool: ExternalPool, url: string, opts: GetOptions): Promise<FetchResult> {
  const parsed = new URL(url);
  const https = parsed.protocol === 'https:';
  const request = https ? httpsRequest : httpRequest;
  const headers: Record<string, string> = { 'user-agent': 'codeartifact-emulator' };
  if (opts.accept) headers.accept = opts.accept;
  return new Promise((resolve, reject) => {
    // One deadline for the whole exchange, so a registry that stalls mid-body cannot hang a client either.
    // It starts when the pool hands out a socket: waiting in the pool's queue is bounded by the deadlines
    // of the requests ahead, and must not count against this one.
    let deadline: NodeJS.Timeout | undefined;
    const done =
      <T>(settle: (value: T) => void) =>
      (value: T) => {
        clearTimeout(deadline);
        settle(value);
      };
    resolve = done(resolve);
    reject = done(reject);
    const agent = https ? pool.https : pool.http;
    const req = request(parsed, { method: 'GET', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) req.destroy(new UpstreamUnavailable(`${url}: body too large`));
        else chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), url }),
      );
      res.on('error', (err) => reject(new UpstreamUnavailable(`${url}: ${err.message}`)));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err instanceof UpstreamUnavailable) return reject(err);
      const stale = reused && (err.code === 'ECONNRESET' || err.code === 'EPIPE');
      reject(new (stale ? StaleSocket : UpstreamUnavailable)(`${url}: ${err.message}`));
    });
    let reused = false;
    req.once('socket', (socket) => {
      reused = pool.used.has(socket);
      pool.used.add(socket);
      pool.stats.requests++;
      if (!reused) pool.stats.connections++;
      deadline = setTimeout(() => {
        req.destroy(new UpstreamUnavailable(`${url}: no complete answer within ${opts.timeoutMs} ms`));
      }, opts.timeoutMs);
    });
    req.end();
  });
}
