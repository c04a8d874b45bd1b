/** Shapes of the emulator's state. They mirror the service model's nouns so handlers can return them with little mapping. */

export const FORMATS = ['npm', 'pypi', 'maven', 'nuget', 'generic', 'ruby', 'swift', 'cargo'] as const;
export type PackageFormat = (typeof FORMATS)[number];

export type AllowBlock = 'ALLOW' | 'BLOCK';

/** Per-package origin controls as PutPackageOriginConfiguration sets them. */
export interface OriginRestrictions {
  publish: AllowBlock;
  upstream: AllowBlock;
}

export type OriginType = 'INTERNAL' | 'EXTERNAL' | 'UNKNOWN';

/** Where a version first entered the domain (ListPackageVersions `origin`). */
export interface VersionOrigin {
  originType: OriginType;
  domainEntryPoint: { repositoryName?: string; externalConnectionName?: string };
}

/** One file of a package version; the bytes live once per domain in the blob store, keyed by sha256. */
export interface AssetRef {
  name: string;
  size: number;
  sha256: string;
  sha1: string;
  sha512: string;
  md5: string;
}

export interface VersionRecord {
  version: string;
  revision: string;
  status: 'Published' | 'Unfinished' | 'Unlisted' | 'Archived' | 'Disposed' | 'Deleted';
  origin: VersionOrigin;
  /** Epoch seconds. */
  publishedTime: number;
  assets: AssetRef[];
  /** Format-specific metadata (npm: the version manifest; pypi: summary, requires-python, ...). */
  metadata: Record<string, unknown>;
}

export interface PackageRecord {
  format: PackageFormat;
  /** npm scope without '@', or undefined. */
  namespace?: string;
  name: string;
  origin: OriginRestrictions;
  versions: Record<string, VersionRecord>;
  /** npm dist-tags (tag → version). */
  distTags: Record<string, string>;
}

export interface ExternalConnectionRecord {
  externalConnectionName: string;
  packageFormat: PackageFormat;
  status: 'Available';
}

export interface RepositoryRecord {
  name: string;
  description?: string;
  /** Upstream repository names, searched in order. */
  upstreams: string[];
  externalConnections: ExternalConnectionRecord[];
  /** Epoch seconds. */
  createdTime: number;
  /** Keyed by packageKey(format, namespace, name). */
  packages: Record<string, PackageRecord>;
  tags?: Record<string, string>;
  /** Resource policy (Put/Get/DeleteRepositoryPermissionsPolicy): stored and returned, not enforced. */
  permissionsPolicy?: PolicyRecord;
}

export interface PolicyRecord {
  document: string;
  revision: string;
}

export type GroupRestrictionType = 'EXTERNAL_UPSTREAM' | 'INTERNAL_UPSTREAM' | 'PUBLISH';
export type GroupRestrictionMode = 'ALLOW' | 'ALLOW_SPECIFIC_REPOSITORIES' | 'BLOCK' | 'INHERIT';

export interface PackageGroupRecord {
  pattern: string;
  description?: string;
  contactInfo?: string;
  createdTime: number;
  restrictions: Record<GroupRestrictionType, { mode: GroupRestrictionMode; allowedRepositories: string[] }>;
  tags?: Record<string, string>;
}

export interface DomainRecord {
  name: string;
  owner: string;
  region: string;
  createdTime: number;
  encryptionKey: string;
  repositories: Record<string, RepositoryRecord>;
  /** Keyed by pattern. The root group `/*` always exists. */
  packageGroups: Record<string, PackageGroupRecord>;
  tags: Record<string, string>;
  /** Resource policy (Put/Get/DeleteDomainPermissionsPolicy): stored and returned, not enforced. */
  permissionsPolicy?: PolicyRecord;
}

export interface TokenRecord {
  domain: string;
  owner: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface EmulatorState {
  /** Keyed by domainKey(owner, name). */
  domains: Record<string, DomainRecord>;
  /** Keyed by sha256 of the token, so a persisted state file never holds a usable token. */
  tokens: Record<string, TokenRecord>;
}

/** Key of a domain in EmulatorState.domains. */
export function domainKey(owner: string, name: string): string {
  return `${owner}/${name}`;
}

/** Key of a package in RepositoryRecord.packages. */
export function packageKey(format: PackageFormat, namespace: string | undefined, name: string): string {
  return `${format}:${namespace ?? ''}:${name}`;
}
