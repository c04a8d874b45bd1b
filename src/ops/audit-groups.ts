import type { PackageGroupInfo } from '../aws/ops.js';
import type { ChainLink } from './chain.js';
import { connectionFormat } from './resolvable.js';

/** Whether a package's group keeps public versions out of the audited repository, and why. */
export interface GroupVerdict {
  readonly closed: boolean;
  readonly reason: string;
}

/**
 * Judge a package's associated group (the most specific one, from GetAssociatedPackageGroup) by its
 * EFFECTIVE modes, which already resolve INHERIT up the group tree (User Guide, "Package group origin
 * controls"): a group that sets nothing itself is governed by its closest ancestor that does.
 *   - EXTERNAL_UPSTREAM BLOCK: no repository of the domain may ingest the name from a public registry.
 *   - INTERNAL_UPSTREAM BLOCK: the audited repository keeps nothing from its upstreams, so public versions
 *     reach it only through an external connection of its own.
 * ALLOW_SPECIFIC_REPOSITORIES depends on lists this audit does not read, so it counts as open.
 */
export function groupVerdict(
  group: PackageGroupInfo,
  chain: readonly ChainLink[],
  format: string,
): GroupVerdict {
  const mode = (type: string) => group.restrictions[type]?.effectiveMode ?? group.restrictions[type]?.mode;
  const external = mode('EXTERNAL_UPSTREAM');
  if (external === 'BLOCK') {
    return { closed: true, reason: `package group ${group.pattern}: EXTERNAL_UPSTREAM is BLOCK` };
  }
  const own = chain[0]?.externalConnections.some((c) => connectionFormat(c.name) === format) ?? false;
  if (mode('INTERNAL_UPSTREAM') === 'BLOCK' && !own) {
    return { closed: true, reason: `package group ${group.pattern}: INTERNAL_UPSTREAM is BLOCK` };
  }
  return {
    closed: false,
    reason: `package group ${group.pattern} leaves it open (EXTERNAL_UPSTREAM ${external ?? 'ALLOW'})`,
  };
}
