import type { EmulatorContext } from '../context.js';
import type { DomainRecord, RepositoryRecord } from '../types.js';
import { primary, resolvePackage } from './chain.js';
import { DataPlaneError } from './exchange.js';
import { displayName, type Coords } from './packages.js';
import { publishRefusal, upstreamOpen } from './policy.js';

/** Refuse a publish the origin controls forbid (403: the client shows the message). */
export function assertMayPublish(domain: DomainRecord, repo: RepositoryRecord, c: Coords): void {
  const refusal = publishRefusal(domain, repo, c);
  if (refusal) throw new DataPlaneError(403, refusal);
}

/**
 * The service will not accept a version that a client of this repository can already reach through its
 * upstreams or external connection (409), unless upstream=BLOCK makes those unreachable. If the public side
 * cannot be asked, the publish goes through, as the service documents for external outages.
 */
export async function assertNotUpstream(
  ctx: EmulatorContext,
  domain: DomainRecord,
  repo: RepositoryRecord,
  c: Coords,
  version: string,
): Promise<void> {
  if (!upstreamOpen(repo, c)) return;
  const view = await resolvePackage(ctx, domain, repo, c);
  const found = primary(view, version);
  if (!found || (found.kind === 'held' && found.repo === repo)) return;
  const where = found.kind === 'held' ? `upstream repository ${found.repo.name}` : found.connection;
  throw new DataPlaneError(
    409,
    `${displayName(c)}@${version} already exists in ${where}, which repository ${repo.name} can reach; publish another version or set upstream=BLOCK on the package`,
  );
}

/** Epoch seconds from the context's clock. */
export function nowSeconds(ctx: EmulatorContext): number {
  return Math.floor(ctx.now() / 1000);
}
