/** Where a repository lives; `domainOwner` absent = the caller's account (the service's default). */
export interface RepositoryRef {
  readonly domain: string;
  readonly domainOwner?: string;
  readonly repository: string;
}

/** A domain, for calls about package groups. */
export type DomainRef = Omit<RepositoryRef, 'repository'>;

/** A package by its coordinates; npm scopes are namespaces without the `@`. */
export interface PackageCoords {
  readonly format: string;
  readonly namespace?: string;
  readonly name: string;
}

export type Mode = 'ALLOW' | 'BLOCK';

/** What DescribeRepository says about the chain. */
export interface RepositoryInfo {
  readonly name: string;
  readonly upstreams: readonly string[];
  readonly externalConnections: readonly { readonly name: string; readonly status?: string }[];
}

/** One ListPackages item: coordinates and the package's own origin restrictions. */
export interface PackageInfo extends PackageCoords {
  readonly publish?: Mode;
  readonly upstream?: Mode;
}

/** One ListPackageVersions item with where the version entered the domain. */
export interface VersionInfo {
  readonly version: string;
  /** INTERNAL, EXTERNAL or UNKNOWN. */
  readonly originType: string;
}

/** A package group with the mode set on it and the mode in force (after INHERIT), per restriction type. */
export interface PackageGroupInfo {
  readonly pattern: string;
  readonly restrictions: Readonly<
    Record<string, { readonly mode?: string; readonly effectiveMode?: string }>
  >;
}

/** The CodeArtifact calls the operational commands make (pause/resume, audit, protect). */
export interface CodeArtifactOpsApi {
  describeRepository(ref: RepositoryRef): Promise<RepositoryInfo>;
  associateExternalConnection(ref: RepositoryRef, connection: string): Promise<void>;
  disassociateExternalConnection(ref: RepositoryRef, connection: string): Promise<void>;
  /** Every package (all pages), optionally of one format and namespace. */
  listPackages(ref: RepositoryRef, filter: { format?: string; namespace?: string }): Promise<PackageInfo[]>;
  /** Every version (all pages) with its origin. */
  listPackageVersions(ref: RepositoryRef, pkg: PackageCoords): Promise<VersionInfo[]>;
  putPackageOrigin(
    ref: RepositoryRef,
    pkg: PackageCoords,
    restrictions: { publish: Mode; upstream: Mode },
  ): Promise<void>;
  /** Undefined when no group has exactly this pattern. */
  describePackageGroup(ref: DomainRef, pattern: string): Promise<PackageGroupInfo | undefined>;
  createPackageGroup(ref: DomainRef, pattern: string, description: string): Promise<void>;
  setPackageGroupOrigin(
    ref: DomainRef,
    pattern: string,
    restrictions: Readonly<Record<string, Mode>>,
  ): Promise<void>;
  /** The most specific group a package belongs to (the root group `/*` at least). */
  associatedPackageGroup(ref: DomainRef, pkg: PackageCoords): Promise<PackageGroupInfo>;
}
