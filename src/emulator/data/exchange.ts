import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { AuditEntry } from '../audit.js';
import { BodyTooLarge, readBoundedBody } from '../body.js';
import { servedEndpoint, type EmulatorContext } from '../context.js';
import type { DomainRecord, RepositoryRecord } from '../types.js';

/** The request target as server.ts routes it: `/<format>/d/<domain>-<owner>/<repo>/<rest>`. */
export interface DataPlaneTarget {
  format: 'npm' | 'pypi';
  domainName: string;
  owner: string;
  repositoryName: string;
  /** Raw (still percent-encoded) path after `<repo>/`. */
  rest: string;
  url: URL;
}

/** What the audit entry of a request says beyond method, path and status; handlers fill it in as they learn. */
export type AuditNote = Partial<
  Pick<AuditEntry, 'kind' | 'package' | 'version' | 'asset' | 'servedBy' | 'servedFrom' | 'bytes'>
>;

/** A request/response pair plus what its audit entry will say. */
export interface Reply {
  req: IncomingMessage;
  res: ServerResponse;
  note: AuditNote;
}

/** One data-plane request with everything a handler needs: the resolved domain and repository included. */
export interface Exchange extends Reply {
  ctx: EmulatorContext;
  target: DataPlaneTarget;
  domain: DomainRecord;
  repo: RepositoryRecord;
  /** The requested repository's endpoint, with a trailing slash: URLs handed to clients start here. */
  endpoint: string;
}

/** A refusal with the HTTP status it maps to; thrown by logic shared with seeding so both report alike. */
export class DataPlaneError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function exchangeFor(
  ctx: EmulatorContext,
  reply: Reply,
  target: DataPlaneTarget,
  domain: DomainRecord,
  repo: RepositoryRecord,
): Exchange {
  const endpoint = servedEndpoint(ctx, target.format, domain.name, domain.owner, repo.name);
  return { ...reply, ctx, target, domain, repo, endpoint };
}

/** Record the request in the audit log once the response has gone out (or the client went away). */
export function auditOnFinish(ctx: EmulatorContext, reply: Reply, target: DataPlaneTarget): void {
  const started = Date.now();
  reply.res.once('close', () => {
    const n = reply.note;
    const status = reply.res.statusCode;
    ctx.audit.record({
      time: started,
      method: reply.req.method ?? 'GET',
      path: target.url.pathname,
      format: target.format,
      domain: target.domainName,
      repository: target.repositoryName,
      kind: n.kind ?? 'other',
      ...pick(n),
      status,
      servedBy: n.servedBy ?? (status < 400 ? 'internal' : 'none'),
      bytes: n.bytes ?? 0,
      durationMs: Date.now() - started,
    });
  });
}

function pick(n: AuditNote): Partial<AuditEntry> {
  const out: Partial<AuditEntry> = {};
  if (n.package !== undefined) out.package = n.package;
  if (n.version !== undefined) out.version = n.version;
  if (n.asset !== undefined) out.asset = n.asset;
  if (n.servedFrom !== undefined) out.servedFrom = n.servedFrom;
  return out;
}

/** Send a body; answers 304 when the client already holds this exact body (npm and pip revalidate). */
export function send(
  x: Reply,
  status: number,
  body: Buffer | string,
  headers: OutgoingHttpHeaders = {},
): void {
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  const etag = `"${createHash('sha1').update(data).digest('base64url')}"`;
  if (status === 200 && x.req.headers['if-none-match'] === etag) {
    x.res.writeHead(304, { etag });
    x.res.end();
    return;
  }
  x.res.writeHead(status, { 'content-length': data.length, ...(status === 200 ? { etag } : {}), ...headers });
  x.note.bytes = x.req.method === 'HEAD' ? 0 : data.length;
  x.res.end(x.req.method === 'HEAD' ? undefined : data);
}

export function sendJson(x: Reply, status: number, body: unknown, type?: string): void {
  send(x, status, JSON.stringify(body), { 'content-type': type ?? 'application/json' });
}

/** Errors in the shape npm prints (`error`) plus the `message` other clients and people look for. */
export function sendError(
  x: Reply,
  status: number,
  message: string,
  headers: OutgoingHttpHeaders = {},
): void {
  send(x, status, JSON.stringify({ error: message, message }), {
    'content-type': 'application/json',
    ...headers,
  });
}

/** Read a request body, refusing more than `limit` bytes so a runaway client cannot exhaust memory. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  try {
    return await readBoundedBody(req, limit);
  } catch (err) {
    if (err instanceof BodyTooLarge) throw new DataPlaneError(413, err.message);
    throw err;
  }
}

/** A miss: 404 as clients expect it, or 502 when it may only be because the public side could not be reached. */
export function sendMiss(x: Reply, lookup: { unavailable: string[] } | undefined, message: string): void {
  if (lookup && lookup.unavailable.length > 0) {
    return sendError(x, 502, `${message}, and ${lookup.unavailable.join(', ')} could not be reached`);
  }
  sendError(x, 404, message);
}
