import type { AuditLog } from './audit.js';
import type { EmulatorFault } from './faults.js';
import type { Store } from './store.js';

/** What the control plane and the data plane share while the emulator runs. */
export interface EmulatorContext {
  store: Store;
  audit: AuditLog;
  /** `http(s)://127.0.0.1:PORT`, the port always spelled out — no trailing slash. */
  baseUrl: string;
  /** Where external connections fetch from. npm: registry base URL; pypi: index base URL (its `simple/` is the PEP 503 index). */
  publicUrls: { npm: string; pypi: string };
  /** Delay added before each external fetch, to model the internet. */
  publicLatencyMs: number;
  /** How long metadata fetched through an external connection is reused before it is fetched again. */
  metadataTtlSeconds: number;
  /** When set, SigV4 signatures are verified with this key pair; otherwise any well-formed signature passes. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Region in endpoints and ARNs of domains created at run time. */
  region: string;
  /** Account that owns domains created without an explicit owner. */
  accountId: string;
  /** Injectable clock (epoch milliseconds) so token expiry can be tested without waiting. */
  now(): number;
  /** Test-only breakage (see faults.ts); empty in every normal run. */
  faults?: ReadonlySet<EmulatorFault>;
}

/**
 * The data-plane URL GetRepositoryEndpoint returns: the VPC-endpoint form, so one port serves every domain.
 * Like the service's it never spells out a default port (`https://host/…`, not `https://host:443/…`).
 */
export function repositoryEndpoint(
  ctx: Pick<EmulatorContext, 'baseUrl'>,
  format: string,
  domain: string,
  owner: string,
  repository: string,
): string {
  return new URL(servedEndpoint(ctx, format, domain, owner, repository)).href;
}

/**
 * The same URL as the data plane writes it into npm tarball links: always with its port, as the service
 * writes `:443` — the mismatch with a port-less registry setting that broke pnpm's auth matching (pnpm
 * 7.14 until a 2023 fix). Only visible when the emulator listens on 443.
 */
export function servedEndpoint(
  ctx: Pick<EmulatorContext, 'baseUrl'>,
  format: string,
  domain: string,
  owner: string,
  repository: string,
): string {
  return `${ctx.baseUrl}/${format}/d/${domain}-${owner}/${encodeURIComponent(repository)}/`;
}
