import { groupAllows } from '../package-groups.js';
import type { DomainRecord, RepositoryRecord } from '../types.js';
import { displayName, findPackage, type Coords } from './packages.js';

/*
 * Origin controls exist at two levels and both must let a version in: the package's own restrictions in a
 * repository (PutPackageOriginConfiguration, or the defaults its first version set) and the restrictions of
 * the package group the package belongs to (INHERIT resolved up the group tree). The AWS guide describes the
 * two as separate gates; we apply the most restrictive of the two, which is what a BLOCK at either level is
 * documented to do. The group settings split "upstream" in two:
 *   - INTERNAL_UPSTREAM gates retaining a version from an upstream repository into the repository a client
 *     asked (the one that keeps the reference; intermediate repositories keep nothing);
 *   - EXTERNAL_UPSTREAM gates ingesting through an external connection into the repository holding it.
 * ALLOW_SPECIFIC_REPOSITORIES allows only the repositories on that restriction's list.
 */

/** Why publishing this package to the repository is refused, or undefined when it is allowed. */
export function publishRefusal(domain: DomainRecord, repo: RepositoryRecord, c: Coords): string | undefined {
  const pkg = findPackage(repo, c);
  const name = displayName(c);
  if (pkg?.origin.publish === 'BLOCK') {
    return `Publishing ${name} to repository ${repo.name} is blocked by its package origin controls (publish=BLOCK)`;
  }
  if (!groupAllows(domain, c, 'PUBLISH', repo.name)) {
    return `Publishing ${name} to repository ${repo.name} is blocked by the PUBLISH origin control of its package group`;
  }
  return undefined;
}

/** May the repository show versions of this package that it does not hold itself? (package-level upstream) */
export function upstreamOpen(repo: RepositoryRecord, c: Coords): boolean {
  return findPackage(repo, c)?.origin.upstream !== 'BLOCK';
}

/** May `requested` retain versions of this package from its upstream repositories? */
export function mayRetainFromUpstreams(
  domain: DomainRecord,
  requested: RepositoryRecord,
  c: Coords,
): boolean {
  return upstreamOpen(requested, c) && groupAllows(domain, c, 'INTERNAL_UPSTREAM', requested.name);
}

/** May `holder` ingest this package through its external connection? */
export function mayIngestExternal(domain: DomainRecord, holder: RepositoryRecord, c: Coords): boolean {
  return upstreamOpen(holder, c) && groupAllows(domain, c, 'EXTERNAL_UPSTREAM', holder.name);
}
