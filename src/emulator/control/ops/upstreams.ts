import type { DomainRecord } from '../../types.js';
import { quotaExceeded, validationError } from '../errors.js';
import { repositoryIn } from './common.js';

/** The service's limit on direct upstream repositories per repository. */
export const MAX_UPSTREAMS = 10;

/**
 * Check a repository's new upstream list: at most ten, no repeats, each an existing repository of the same
 * domain, and no path back to the repository itself (a cycle would make package resolution loop).
 */
export function checkUpstreams(domain: DomainRecord, repository: string, upstreams: string[]): void {
  if (upstreams.length > MAX_UPSTREAMS) {
    throw quotaExceeded(
      `Repository '${repository}' cannot have ${upstreams.length} upstream repositories; the maximum is ${MAX_UPSTREAMS}`,
      'repository',
      repository,
    );
  }
  const seen = new Set<string>();
  for (const name of upstreams) {
    if (seen.has(name)) throw validationError(`Upstream repository '${name}' is listed more than once`);
    seen.add(name);
    if (name === repository)
      throw validationError(`Repository '${repository}' cannot be its own upstream repository`);
    repositoryIn(domain, name);
    if (reaches(domain, name, repository)) {
      throw validationError(
        `Adding '${name}' as an upstream of '${repository}' would create a cycle: '${name}' already reaches '${repository}' through its upstreams`,
      );
    }
  }
}

function reaches(domain: DomainRecord, from: string, target: string): boolean {
  const pending = [from];
  const visited = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (name === target) return true;
    if (visited.has(name)) continue;
    visited.add(name);
    pending.push(...(domain.repositories[name]?.upstreams ?? []));
  }
  return false;
}
