import { createDomain, deleteDomain, describeDomain, listDomains } from './domains.js';
import { associateExternalConnection, disassociateExternalConnection } from './external-connections.js';
import type { Handler } from './common.js';
import {
  listAllowedRepositoriesForGroup,
  updatePackageGroupOriginConfiguration,
} from './package-group-origin.js';
import {
  createPackageGroup,
  deletePackageGroup,
  describePackageGroup,
  getAssociatedPackageGroup,
  listAssociatedPackages,
  listPackageGroups,
  listSubPackageGroups,
  updatePackageGroup,
} from './package-groups.js';
import { copyPackageVersions } from './copy.js';
import {
  deleteDomainPermissionsPolicy,
  deleteRepositoryPermissionsPolicy,
  getDomainPermissionsPolicy,
  getRepositoryPermissionsPolicy,
  putDomainPermissionsPolicy,
  putRepositoryPermissionsPolicy,
} from './policies.js';
import { deletePackage, describePackage, listPackages, putPackageOriginConfiguration } from './packages.js';
import {
  createRepository,
  deleteRepository,
  describeRepository,
  listRepositories,
  listRepositoriesInDomain,
  updateRepository,
} from './repositories.js';
import { listTagsForResource, tagResource, untagResource } from './tags.js';
import { getAuthorizationToken, getRepositoryEndpoint } from './tokens.js';
import {
  deletePackageVersions,
  disposePackageVersions,
  updatePackageVersionsStatus,
} from './version-batch.js';
import {
  getPackageVersionAsset,
  getPackageVersionReadme,
  listPackageVersionDependencies,
} from './version-content.js';
import { describePackageVersion, listPackageVersionAssets, listPackageVersions } from './versions.js';

export type { Handler } from './common.js';

/** Implemented operations by model name; the rest of the model answers with NotImplementedException. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  GetAuthorizationToken: getAuthorizationToken,
  GetRepositoryEndpoint: getRepositoryEndpoint,
  CreateDomain: createDomain,
  DescribeDomain: describeDomain,
  ListDomains: listDomains,
  DeleteDomain: deleteDomain,
  CreateRepository: createRepository,
  DescribeRepository: describeRepository,
  UpdateRepository: updateRepository,
  DeleteRepository: deleteRepository,
  ListRepositories: listRepositories,
  ListRepositoriesInDomain: listRepositoriesInDomain,
  AssociateExternalConnection: associateExternalConnection,
  DisassociateExternalConnection: disassociateExternalConnection,
  PutPackageOriginConfiguration: putPackageOriginConfiguration,
  DescribePackage: describePackage,
  ListPackages: listPackages,
  ListPackageVersions: listPackageVersions,
  DescribePackageVersion: describePackageVersion,
  ListPackageVersionAssets: listPackageVersionAssets,
  GetPackageVersionAsset: getPackageVersionAsset,
  GetPackageVersionReadme: getPackageVersionReadme,
  ListPackageVersionDependencies: listPackageVersionDependencies,
  CopyPackageVersions: copyPackageVersions,
  DeletePackageVersions: deletePackageVersions,
  UpdatePackageVersionsStatus: updatePackageVersionsStatus,
  DisposePackageVersions: disposePackageVersions,
  DeletePackage: deletePackage,
  CreatePackageGroup: createPackageGroup,
  DescribePackageGroup: describePackageGroup,
  ListPackageGroups: listPackageGroups,
  ListSubPackageGroups: listSubPackageGroups,
  UpdatePackageGroup: updatePackageGroup,
  UpdatePackageGroupOriginConfiguration: updatePackageGroupOriginConfiguration,
  ListAllowedRepositoriesForGroup: listAllowedRepositoriesForGroup,
  DeletePackageGroup: deletePackageGroup,
  GetAssociatedPackageGroup: getAssociatedPackageGroup,
  ListAssociatedPackages: listAssociatedPackages,
  GetRepositoryPermissionsPolicy: getRepositoryPermissionsPolicy,
  PutRepositoryPermissionsPolicy: putRepositoryPermissionsPolicy,
  DeleteRepositoryPermissionsPolicy: deleteRepositoryPermissionsPolicy,
  GetDomainPermissionsPolicy: getDomainPermissionsPolicy,
  PutDomainPermissionsPolicy: putDomainPermissionsPolicy,
  DeleteDomainPermissionsPolicy: deleteDomainPermissionsPolicy,
  ListTagsForResource: listTagsForResource,
  TagResource: tagResource,
  UntagResource: untagResource,
};
