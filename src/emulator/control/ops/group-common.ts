import type { PackageGroupDescription, PackageGroupOriginRestriction } from '@aws-sdk/client-codeartifact';
import { effectiveRestriction, parentGroup, parsePackageGroupPattern } from '../../package-groups.js';
import type { DomainRecord, GroupRestrictionType, PackageGroupRecord } from '../../types.js';
import { notFound, validationError } from '../errors.js';
import { packageGroupArn, toDate } from './common.js';

export const RESTRICTION_TYPES: GroupRestrictionType[] = [
  'EXTERNAL_UPSTREAM',
  'INTERNAL_UPSTREAM',
  'PUBLISH',
];
export const ROOT_PATTERN = '/*';

/** Parse a pattern with the shared parser, turning its complaint into the service's ValidationException. */
export function checkPattern(pattern: string): void {
  try {
    parsePackageGroupPattern(pattern);
  } catch (err) {
    throw validationError((err as Error).message);
  }
}

export function findGroup(domain: DomainRecord, pattern: string): PackageGroupRecord {
  const group = domain.packageGroups[pattern];
  if (group) return group;
  checkPattern(pattern);
  throw notFound(
    `Package group not found. Package group '${pattern}' does not exist in domain '${domain.name}'`,
    'package-group',
    pattern,
  );
}

function reference(domain: DomainRecord, group: PackageGroupRecord) {
  return { arn: packageGroupArn(domain, group.pattern), pattern: group.pattern };
}

function restrictionOf(
  domain: DomainRecord,
  group: PackageGroupRecord,
  type: GroupRestrictionType,
): PackageGroupOriginRestriction {
  const own = group.restrictions[type];
  const effective = effectiveRestriction(domain, group, type);
  return {
    mode: own.mode,
    effectiveMode: effective.mode,
    repositoriesCount: own.allowedRepositories.length,
    ...(effective.inheritedFrom ? { inheritedFrom: reference(domain, effective.inheritedFrom) } : {}),
  };
}

/** A group as the service describes it: own and effective modes, where inherited modes come from, its parent. */
export function groupDescription(domain: DomainRecord, group: PackageGroupRecord): PackageGroupDescription {
  const parent = parentGroup(domain, group.pattern);
  return {
    ...reference(domain, group),
    domainName: domain.name,
    domainOwner: domain.owner,
    createdTime: toDate(group.createdTime),
    originConfiguration: {
      restrictions: Object.fromEntries(RESTRICTION_TYPES.map((t) => [t, restrictionOf(domain, group, t)])),
    },
    ...(group.description !== undefined ? { description: group.description } : {}),
    ...(group.contactInfo !== undefined ? { contactInfo: group.contactInfo } : {}),
    ...(parent ? { parent: reference(domain, parent) } : {}),
  };
}
