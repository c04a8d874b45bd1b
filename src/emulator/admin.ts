import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from './context.js';
import { poolStats } from './data/external/pool.js';
import { domainKey } from './types.js';

/**
 * The emulator's own API under `/_emulator/` (not part of CodeArtifact): the audit log and counters that
 * tests and `simulate` read, and a summary of what is running.
 */
export async function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: EmulatorContext,
  url: URL,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  switch (route) {
    case 'GET /_emulator/info':
      return json(res, 200, info(ctx));
    case 'GET /_emulator/audit': {
      const since = url.searchParams.get('since') ?? '0';
      if (!/^[0-9]{1,15}$/.test(since)) return json(res, 400, { message: 'since must be a sequence number' });
      return json(res, 200, ctx.audit.page(Number(since)));
    }
    case 'GET /_emulator/counters':
      return json(res, 200, {
        ...ctx.audit.counters(),
        lastSeq: ctx.audit.lastSeq,
        storage: storage(ctx),
        externalConnections: poolStats(ctx),
      });
    case 'POST /_emulator/audit/reset':
      ctx.audit.reset();
      return json(res, 200, { lastSeq: ctx.audit.lastSeq });
    default:
      return json(res, 404, { message: `No emulator admin route ${route}` });
  }
}

function info(ctx: EmulatorContext): Record<string, unknown> {
  return {
    endpoint: ctx.baseUrl,
    publicUrls: ctx.publicUrls,
    publicLatencyMs: ctx.publicLatencyMs,
    domains: Object.values(ctx.store.state.domains).map((d) => ({
      name: d.name,
      owner: d.owner,
      repositories: Object.values(d.repositories).map((r) => ({
        name: r.name,
        upstreams: r.upstreams,
        externalConnections: r.externalConnections.map((c) => c.externalConnectionName),
        packages: Object.keys(r.packages).length,
      })),
    })),
  };
}

/** Distinct stored assets and bytes per domain: the "stored once per domain" figure. */
function storage(ctx: EmulatorContext): Record<string, { assets: number; bytes: number }> {
  const out: Record<string, { assets: number; bytes: number }> = {};
  for (const d of Object.values(ctx.store.state.domains)) {
    out[`${d.name}-${d.owner}`] = ctx.store.blobs.usage(domainKey(d.owner, d.name));
  }
  return out;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
