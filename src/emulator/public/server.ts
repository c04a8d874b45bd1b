/**
 * The embedded "public registry": a local, deterministic stand-in for the npm registry and PyPI that
 * real `npm` and `pip` install from, and that the emulator's external connections proxy to.
 */
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { emptyStats, type RegistryStats, type RouteContext } from './context.js';
import { delay, sendJson } from './http.js';
import { handleNpm } from './npm-routes.js';
import { NpmStore, type NpmPublishInput } from './npm-store.js';
import { tarballUrl } from './packument.js';
import { PypiStore, type PypiPublishInput } from './pypi-catalog.js';
import { handlePypi } from './pypi-routes.js';

/** Options for startPublicRegistry. */
export interface PublicRegistryOptions {
  /** @default 0 (any free port) */
  readonly port?: number;
  /** @default '127.0.0.1' — the registry never listens beyond loopback. */
  readonly host?: '127.0.0.1';
  /** Delay added before every response, to model the internet's round trip. @default 0 */
  readonly latencyMs?: number;
}

export type { NpmPublishInput, PypiPublishInput, RegistryStats };

/** A running public registry. */
export interface PublicRegistry {
  /** Base URL of the npm registry, ending with `/npm/`. */
  readonly npmUrl: string;
  /** Base URL of PyPI, ending with `/pypi/`; the PEP 503 index is `<pypiUrl>simple/`. */
  readonly pypiUrl: string;
  /** A snapshot of the request counters. */
  stats(): RegistryStats;
  /** Zeroes the request counters. */
  resetStats(): void;
  /** Publishes an npm version at run time (e.g. a spoofed `@acme/auth@99.0.0`); returns its integrity. */
  publishNpm(name: string, version: string, input?: NpmPublishInput): { integrity: string; tarball: string };
  /** Publishes a PyPI release (wheel only) at run time. */
  publishPypi(name: string, version: string, input?: PypiPublishInput): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  const path = (req.url ?? '/').replace(/^\/+/, '');
  if (path.startsWith('npm/')) return handleNpm(req, res, path.slice('npm/'.length), ctx);
  if (path.startsWith('pypi/')) return handlePypi(req, res, path.slice('pypi/'.length), ctx);
  ctx.stats.notFound++;
  sendJson(req, res, 404, { error: 'Not found' });
}

/** Adds the latency, then routes; failures become a 500 rather than a hung socket. */
function listener(latencyMs: number, live: { ctx?: RouteContext }): RequestListener {
  return (req, res) => {
    void (async () => {
      await delay(latencyMs);
      if (!live.ctx) throw new Error('The public registry is not listening yet');
      await route(req, res, live.ctx);
    })().catch((error: unknown) => {
      // A malformed escape is the client's mistake (400); nothing else about the failure is sent.
      if (res.headersSent) res.destroy();
      else if (error instanceof URIError) sendJson(req, res, 400, { error: 'Malformed percent escape' });
      else sendJson(req, res, 500, { error: (error as Error).message });
    });
  };
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** Starts the public registry on loopback and resolves once it listens. */
export async function startPublicRegistry(opts: PublicRegistryOptions = {}): Promise<PublicRegistry> {
  const host = opts.host ?? '127.0.0.1';
  const state = { stats: emptyStats(), npm: new NpmStore(), pypi: new PypiStore() };
  // Filled in once the port is known; requests cannot arrive before listen() has called back.
  const live: { ctx?: RouteContext } = {};
  const server = createServer(listener(opts.latencyMs ?? 0, live));
  const base = `http://${host}:${await listen(server, opts.port ?? 0, host)}`;
  const ctx: RouteContext = { npmUrl: `${base}/npm/`, pypiUrl: `${base}/pypi/`, ...state };
  live.ctx = ctx;
  return {
    npmUrl: ctx.npmUrl,
    pypiUrl: ctx.pypiUrl,
    stats: () => ({ ...state.stats }),
    resetStats: () => Object.assign(state.stats, emptyStats()),
    publishNpm: (name, version, input) => {
      const record = state.npm.publishPackage(name, version, input);
      return { integrity: record.tarball.integrity, tarball: tarballUrl(ctx.npmUrl, name, version) };
    },
    publishPypi: (name, version, input) => state.pypi.publish(name, version, input),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
