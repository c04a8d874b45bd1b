import type {
  AssociatedPackage,
  ListAssociatedPackagesRequest,
  ListAssociatedPackagesResult,
  CreatePackageGroupRequest,
  CreatePackageGroupResult,
  DeletePackageGroupRequest,
  DeletePackageGroupResult,
  DescribePackageGroupRequest,
  DescribePackageGroupResult,
  GetAssociatedPackageGroupRequest,
  GetAssociatedPackageGroupResult,
  ListPackageGroupsRequest,
  ListPackageGroupsResult,
  ListSubPackageGroupsRequest,
  ListSubPackageGroupsResult,
  UpdatePackageGroupRequest,
  UpdatePackageGroupResult,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { associatedGroup, newPackageGroup, parentGroup } from '../../package-groups.js';
import { packageKey } from '../../types.js';
import { conflict, validationError } from '../errors.js';
import { byKey, findDomain, nowSeconds, type Valid } from './common.js';
import { checkPattern, findGroup, groupDescription, ROOT_PATTERN } from './group-common.js';
import { packageCoords } from './packages.js';
import { paginate } from './paginate.js';
import { tagsFromList, writeTags } from './tags.js';

export function createPackageGroup(
  input: Valid<CreatePackageGroupRequest>,
  ctx: EmulatorContext,
): CreatePackageGroupResult {
  const domain = findDomain(ctx, input);
  const pattern = input.packageGroup;
  checkPattern(pattern);
  if (domain.packageGroups[pattern]) {
    throw conflict(
      `Package group '${pattern}' already exists in domain '${domain.name}'`,
      'package-group',
      pattern,
    );
  }
  const details = {
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.contactInfo !== undefined ? { contactInfo: input.contactInfo } : {}),
  };
  const group = newPackageGroup(pattern, nowSeconds(ctx), details);
  writeTags(group, tagsFromList(input.tags ?? []));
  domain.packageGroups[pattern] = group;
  ctx.store.changed();
  return { packageGroup: groupDescription(domain, group) };
}

export function describePackageGroup(
  input: Valid<DescribePackageGroupRequest>,
  ctx: EmulatorContext,
): DescribePackageGroupResult {
  const domain = findDomain(ctx, input);
  return { packageGroup: groupDescription(domain, findGroup(domain, input.packageGroup)) };
}

export function updatePackageGroup(
  input: Valid<UpdatePackageGroupRequest>,
  ctx: EmulatorContext,
): UpdatePackageGroupResult {
  const domain = findDomain(ctx, input);
  const group = findGroup(domain, input.packageGroup);
  if (input.description !== undefined) group.description = input.description;
  if (input.contactInfo !== undefined) group.contactInfo = input.contactInfo;
  ctx.store.changed();
  return { packageGroup: groupDescription(domain, group) };
}

/** Children of a deleted group fall back to its parent (they are matched by pattern, so nothing moves). */
export function deletePackageGroup(
  input: Valid<DeletePackageGroupRequest>,
  ctx: EmulatorContext,
): DeletePackageGroupResult {
  const domain = findDomain(ctx, input);
  const group = findGroup(domain, input.packageGroup);
  if (group.pattern === ROOT_PATTERN)
    throw validationError(`The root package group '${ROOT_PATTERN}' cannot be deleted`);
  const description = groupDescription(domain, group);
  delete domain.packageGroups[group.pattern];
  ctx.store.changed();
  return { packageGroup: description };
}

export function listPackageGroups(
  input: Valid<ListPackageGroupsRequest>,
  ctx: EmulatorContext,
): ListPackageGroupsResult {
  const domain = findDomain(ctx, input);
  const prefix = input.prefix ?? '';
  const groups = Object.values(domain.packageGroups)
    .filter((g) => g.pattern.startsWith(prefix))
    .sort(byKey((g) => g.pattern));
  const { page, nextToken } = paginate(groups, input.maxResults, input.nextToken);
  return { packageGroups: page.map((g) => groupDescription(domain, g)), ...(nextToken ? { nextToken } : {}) };
}

export function listSubPackageGroups(
  input: Valid<ListSubPackageGroupsRequest>,
  ctx: EmulatorContext,
): ListSubPackageGroupsResult {
  const domain = findDomain(ctx, input);
  const parent = findGroup(domain, input.packageGroup);
  const children = Object.values(domain.packageGroups)
    .filter((g) => parentGroup(domain, g.pattern) === parent)
    .sort(byKey((g) => g.pattern));
  const { page, nextToken } = paginate(children, input.maxResults, input.nextToken);
  return { packageGroups: page.map((g) => groupDescription(domain, g)), ...(nextToken ? { nextToken } : {}) };
}

export function getAssociatedPackageGroup(
  input: Valid<GetAssociatedPackageGroupRequest>,
  ctx: EmulatorContext,
): GetAssociatedPackageGroupResult {
  const domain = findDomain(ctx, input);
  const c = packageCoords(input);
  const { group, associationType } = associatedGroup(domain, c.format, c.namespace, c.name);
  return { packageGroup: groupDescription(domain, group), associationType };
}

/**
 * The packages of every repository in the domain whose most specific group is this one. With `preview` the
 * group need not exist: the answer is what would be associated with it if it did.
 */
export function listAssociatedPackages(
  input: Valid<ListAssociatedPackagesRequest>,
  ctx: EmulatorContext,
): ListAssociatedPackagesResult {
  const domain = findDomain(ctx, input);
  const pattern = input.packageGroup;
  let groups = domain.packageGroups;
  if (!groups[pattern]) {
    if (!input.preview) findGroup(domain, pattern);
    checkPattern(pattern);
    groups = { ...groups, [pattern]: newPackageGroup(pattern, nowSeconds(ctx)) };
  }
  const view = { ...domain, packageGroups: groups };
  const found = new Map<string, AssociatedPackage>();
  for (const repo of Object.values(domain.repositories)) {
    for (const pkg of Object.values(repo.packages)) {
      const key = packageKey(pkg.format, pkg.namespace, pkg.name);
      if (found.has(key)) continue;
      const { group, associationType } = associatedGroup(view, pkg.format, pkg.namespace, pkg.name);
      if (group.pattern !== pattern) continue;
      const namespace = pkg.namespace !== undefined ? { namespace: pkg.namespace } : {};
      found.set(key, { format: pkg.format, ...namespace, package: pkg.name, associationType });
    }
  }
  const packages = [...found.entries()].sort(byKey(([k]) => k)).map(([, p]) => p);
  const { page, nextToken } = paginate(packages, input.maxResults, input.nextToken);
  return { packages: page, ...(nextToken ? { nextToken } : {}) };
}
