import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { repositoryEndpoint } from '../../../src/emulator/context.js';
import {
  startEmulator,
  type RunningEmulator,
  type StartEmulatorOptions,
} from '../../../src/emulator/index.js';
import { npmCatalog, resolveNpmClosure } from '../../../src/emulator/public/catalog.js';
import { domainKey, packageKey, type PackageRecord } from '../../../src/emulator/types.js';

export const OWNER = '111122223333';

/** A running emulator plus the handles data-plane tests reach for. */
export interface DataHarness {
  emu: RunningEmulator;
  token: string;
  endpoint(format: 'npm' | 'pypi', repository: string, domain?: string): string;
  /** GET (or another method) with the harness token unless `token` says otherwise (null = none). */
  request(
    url: string,
    init?: { method?: string; token?: string | null; accept?: string; body?: RequestInit['body'] },
  ): Promise<Response>;
  /** External fetch counters right now. */
  external(): { metadata: number; assets: number };
  pkg(repository: string, format: 'npm' | 'pypi', name: string, domain?: string): PackageRecord | undefined;
  blobUsage(domain?: string): { assets: number; bytes: number };
  /** Asset references across every repository of the domain, and how many distinct files they name. */
  assetReferences(domain?: string): { references: number; distinct: number };
  close(): Promise<void>;
}

/** A fresh token for a domain, valid for an hour on the emulator's clock. */
export function addToken(emu: RunningEmulator, domain = 'acme', expiresInMs = 3_600_000): string {
  const token = randomBytes(24).toString('base64url');
  emu.ctx.store.addToken(token, { domain, owner: OWNER, expiresAt: emu.ctx.now() + expiresInMs });
  return token;
}

export async function startHarness(
  opts: Pick<StartEmulatorOptions, 'config' | 'now' | 'publicNpm' | 'publicPypi' | 'metadataTtlSeconds'> = {},
): Promise<DataHarness> {
  const emu = await startEmulator({ port: 0, ...opts });
  const token = addToken(emu);
  const domainOf = (name = 'acme') => {
    const d = emu.ctx.store.domain(name, OWNER);
    if (!d) throw new Error(`no domain ${name}`);
    return d;
  };
  return {
    emu,
    token,
    endpoint: (format, repository, domain = 'acme') =>
      repositoryEndpoint(emu.ctx, format, domain, OWNER, repository),
    request: (url, init = {}) => {
      const headers: Record<string, string> = {};
      const bearer = init.token === undefined ? token : init.token;
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      if (init.accept) headers.accept = init.accept;
      return fetch(url, {
        method: init.method ?? 'GET',
        headers,
        redirect: 'manual',
        ...(init.body ? { body: init.body } : {}),
      });
    },
    external: () => {
      const { metadata, assets } = emu.ctx.audit.counters().externalFetches;
      return { metadata, assets };
    },
    pkg: (repository, format, name, domain) => {
      const m = /^@([^/]+)\/(.+)$/.exec(name);
      const key = m ? packageKey(format, m[1], m[2] as string) : packageKey(format, undefined, name);
      return domainOf(domain).repositories[repository]?.packages[key];
    },
    blobUsage: (domain = 'acme') => emu.ctx.store.blobs.usage(domainKey(OWNER, domain)),
    assetReferences: (domain) => {
      const hashes = new Set<string>();
      let references = 0;
      for (const repo of Object.values(domainOf(domain).repositories)) {
        for (const pkg of Object.values(repo.packages)) {
          for (const v of Object.values(pkg.versions)) {
            v.assets.forEach((a) => hashes.add(a.sha256));
            references += v.assets.length;
          }
        }
      }
      return { references, distinct: hashes.size };
    },
    close: () => emu.close(),
  };
}

/**
 * Public npm packages with small dependency closures (fast installs), chosen from the embedded registry's
 * catalog rather than hard-coded so the tests follow the catalog if it changes. `scoped` asks for one
 * `@scope/name` package among them.
 */
export function smallPublicPackages(count: number, opts: { scoped?: boolean; exclude?: string[] } = {}) {
  const graph = npmCatalog();
  const picked: { name: string; version: string; closure: string[] }[] = [];
  const names = [...graph.packages.keys()].sort();
  const ordered = opts.scoped ? [...names.filter((n) => n.startsWith('@')), ...names] : names;
  const taken = new Set<string>(opts.exclude ?? []);
  for (const name of ordered) {
    if (picked.length >= count) break;
    const version = graph.packages.get(name)?.versions.at(-1)?.version;
    if (!version || taken.has(name)) continue;
    const closure = resolveNpmClosure({ [name]: version });
    // Keep closures apart so "cached" and "uncached" packages really are disjoint.
    if (
      closure.length < 2 ||
      closure.length > 6 ||
      closure.some((id) => taken.has(id.replace(/@[^@]*$/, '')))
    ) {
      continue;
    }
    closure.forEach((id) => taken.add(id.replace(/@[^@]*$/, '')));
    picked.push({ name, version, closure });
  }
  if (picked.length < count) throw new Error('The public catalog has too few small packages');
  return picked;
}

/** A port nothing listens on: connections are refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
