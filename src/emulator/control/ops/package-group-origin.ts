import type {
  ListAllowedRepositoriesForGroupRequest,
  ListAllowedRepositoriesForGroupResult,
  PackageGroupAllowedRepository,
  UpdatePackageGroupOriginConfigurationRequest,
  UpdatePackageGroupOriginConfigurationResult,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import type {
  DomainRecord,
  GroupRestrictionMode,
  GroupRestrictionType,
  PackageGroupRecord,
} from '../../types.js';
import { validationError } from '../errors.js';
import { findDomain, repositoryIn, type Valid } from './common.js';
import { findGroup, groupDescription, ROOT_PATTERN } from './group-common.js';
import { paginate } from './paginate.js';

type Updates = Partial<Record<GroupRestrictionType, { ADDED?: string[]; REMOVED?: string[] }>>;

/** Set restriction modes and edit the allowed-repository lists in one call, as the API does. */
export function updatePackageGroupOriginConfiguration(
  input: Valid<UpdatePackageGroupOriginConfigurationRequest>,
  ctx: EmulatorContext,
): UpdatePackageGroupOriginConfigurationResult {
  const domain = findDomain(ctx, input);
  const group = findGroup(domain, input.packageGroup);
  const restrictions = Object.entries(input.restrictions ?? {}) as [
    GroupRestrictionType,
    GroupRestrictionMode,
  ][];
  if (group.pattern === ROOT_PATTERN && restrictions.some(([, mode]) => mode === 'INHERIT')) {
    throw validationError(`The root package group '${ROOT_PATTERN}' has no parent to inherit from`);
  }
  const updates: Updates = {};
  edit(domain, group, input.addAllowedRepositories ?? [], 'ADDED', updates);
  edit(domain, group, input.removeAllowedRepositories ?? [], 'REMOVED', updates);
  for (const [type, mode] of restrictions) group.restrictions[type].mode = mode;
  ctx.store.changed();
  return { packageGroup: groupDescription(domain, group), allowedRepositoryUpdates: updates };
}

function edit(
  domain: DomainRecord,
  group: PackageGroupRecord,
  entries: Valid<PackageGroupAllowedRepository>[],
  kind: 'ADDED' | 'REMOVED',
  updates: Updates,
): void {
  for (const entry of entries) {
    const { repositoryName: name, originRestrictionType: type } = entry;
    if (!name || !type)
      throw validationError('Allowed repositories need both repositoryName and originRestrictionType');
    repositoryIn(domain, name);
    const list = group.restrictions[type].allowedRepositories;
    const present = list.includes(name);
    if (kind === 'ADDED' && !present) list.push(name);
    if (kind === 'REMOVED' && present) list.splice(list.indexOf(name), 1);
    const record = (updates[type] ??= {});
    (record[kind] ??= []).push(name);
  }
}

export function listAllowedRepositoriesForGroup(
  input: Valid<ListAllowedRepositoriesForGroupRequest>,
  ctx: EmulatorContext,
): ListAllowedRepositoriesForGroupResult {
  const domain = findDomain(ctx, input);
  const group = findGroup(domain, input.packageGroup);
  const all = [...group.restrictions[input.originRestrictionType].allowedRepositories].sort();
  const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
  return { allowedRepositories: page, ...(nextToken ? { nextToken } : {}) };
}
