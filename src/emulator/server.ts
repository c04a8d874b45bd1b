import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin.js';
import type { EmulatorContext } from './context.js';
import { handleControlPlane } from './control/index.js';
import { handleDataPlane, type DataPlaneTarget } from './data/index.js';

// `/<format>/d/<domain>-<owner>/<repository>/<rest>` — the VPC-endpoint form of a repository endpoint.
const DATA_PLANE = /^\/(npm|pypi)\/d\/([a-z][a-z0-9-]{0,48}[a-z0-9])-([0-9]{12})\/([^/]+)\/(.*)$/s;

/** Route one request to the control plane, the data plane or the emulator's own admin API. */
export async function route(req: IncomingMessage, res: ServerResponse, ctx: EmulatorContext): Promise<void> {
  const url = parseTarget(req.url ?? '/', ctx.baseUrl);
  if (url === undefined) return badRequest(res, 'The request target is not a valid path');
  if (url.pathname.startsWith('/v1/')) return handleControlPlane(req, res, ctx, url);
  if (url.pathname.startsWith('/_emulator/')) return handleAdmin(req, res, ctx, url);
  const match = DATA_PLANE.exec(url.pathname);
  if (match) {
    const [, format, domain, owner, repository, rest] = match as unknown as [string, ...string[]];
    if (decodeSegment(repository as string) === undefined) {
      return badRequest(res, 'The repository name in the path has a malformed percent escape');
    }
    const target: DataPlaneTarget = {
      format: format as 'npm' | 'pypi',
      domainName: domain as string,
      owner: owner as string,
      repositoryName: decodeSegment(repository as string) ?? '',
      rest: rest as string,
      url,
    };
    return handleDataPlane(req, res, ctx, target);
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ message: `No such route: ${url.pathname}` }));
}

/**
 * Start the server on 127.0.0.1 — HTTPS when given a key pair, as the service is — and fill in
 * `ctx.baseUrl` once the port is known.
 */
export async function listen(
  ctx: EmulatorContext,
  port: number,
  tls?: { key: string; cert: string },
): Promise<Server> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res, ctx).catch((err: unknown) => internalError(res, err));
  };
  const server: Server = tls
    ? createTlsServer({ key: tls.key, cert: tls.cert }, handler)
    : createServer(handler);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  ctx.baseUrl = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return server;
}

/** The request target as a URL; undefined for one no URL parser accepts (a stray `//host`, say). */
function parseTarget(target: string, base: string): URL | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  try {
    return new URL(target, base);
  } catch {
    return undefined;
  }
}

/** A path segment with its percent escapes decoded; undefined when an escape is malformed (`%zz`, `%`). */
function decodeSegment(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function badRequest(res: ServerResponse, message: string): void {
  res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-ErrorType': 'ValidationException' });
  res.end(JSON.stringify({ message }));
}

function internalError(res: ServerResponse, err: unknown): void {
  // A malformed escape decoded deeper down is the client's mistake, not a failure of the emulator.
  if (err instanceof URIError && !res.headersSent) return badRequest(res, `Bad request: ${err.message}`);
  process.stderr.write(
    `emulator: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-ErrorType': 'InternalServerException' });
  res.end(JSON.stringify({ message: 'The emulator failed to handle the request.' }));
}
