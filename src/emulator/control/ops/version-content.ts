import type {
  GetPackageVersionAssetRequest,
  GetPackageVersionAssetResult,
  GetPackageVersionReadmeRequest,
  GetPackageVersionReadmeResult,
  ListPackageVersionDependenciesRequest,
  ListPackageVersionDependenciesResult,
  PackageDependency,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { normalizePypiName, npmCoords } from '../../data/packages.js';
import { domainKey, type PackageRecord, type VersionRecord } from '../../types.js';
import { conflict, notFound } from '../errors.js';
import { findRepository, type Valid } from './common.js';
import { coordsOf, findVersion } from './versions.js';
import { findPackage, packageCoords } from './packages.js';
import { paginate } from './paginate.js';

interface VersionRef {
  domain: string;
  domainOwner?: string;
  repository: string;
  format: string;
  namespace?: string;
  package: string;
  packageVersion: string;
}

/** The version a request names, in the repository itself (these APIs ignore upstreams). */
function versionOf(ctx: EmulatorContext, input: VersionRef) {
  const { domain, repo } = findRepository(ctx, input);
  const pkg = findPackage(repo, packageCoords(input));
  return { domain, pkg, record: findVersion(pkg, input.packageVersion) };
}

/**
 * GetPackageVersionAsset: the bytes of one asset (npm's is always `package.tgz`), for a pulled-through
 * version too since retention keeps a reference to it. An Archived version's assets cannot be downloaded
 * (User Guide, "Package version status"): the emulator answers ConflictException, one of the operation's
 * modeled errors, for it; a Disposed version has no assets left.
 */
export function getPackageVersionAsset(
  input: Valid<GetPackageVersionAssetRequest>,
  ctx: EmulatorContext,
): GetPackageVersionAssetResult {
  const { domain, record } = versionOf(ctx, input);
  const where = `${input.package}@${record.version}`;
  if (input.packageVersionRevision !== undefined && input.packageVersionRevision !== record.revision) {
    throw notFound(
      `Revision ${input.packageVersionRevision} of ${where} does not exist`,
      'package-version',
      where,
    );
  }
  if (record.status === 'Archived') {
    throw conflict(`${where} is Archived: its assets cannot be downloaded`, 'package-version', where);
  }
  const asset = record.assets.find((a) => a.name === input.asset);
  const bytes = asset && ctx.store.blobs.get(domainKey(domain.owner, domain.name), asset.sha256);
  if (!asset || !bytes) {
    throw notFound(`Asset ${input.asset} of ${where} does not exist`, 'asset', input.asset);
  }
  return {
    asset: bytes as unknown as GetPackageVersionAssetResult['asset'],
    assetName: asset.name,
    packageVersion: record.version,
    packageVersionRevision: record.revision,
  };
}

/** GetPackageVersionReadme: npm's `readme` from the manifest, PyPI's long description from the upload. */
export function getPackageVersionReadme(
  input: Valid<GetPackageVersionReadmeRequest>,
  ctx: EmulatorContext,
): GetPackageVersionReadmeResult {
  const { pkg, record } = versionOf(ctx, input);
  const readme = record.metadata.readme;
  return {
    ...coordsOf(pkg),
    version: record.version,
    versionRevision: record.revision,
    ...(typeof readme === 'string' ? { readme } : {}),
  };
}

const NPM_DEPENDENCY_TYPES: [string, string][] = [
  ['dependencies', 'regular'],
  ['devDependencies', 'dev'],
  ['peerDependencies', 'peer'],
  ['optionalDependencies', 'optional'],
];

/** The direct dependencies the version's own metadata declares (package.json, Requires-Dist). */
export function listPackageVersionDependencies(
  input: Valid<ListPackageVersionDependenciesRequest>,
  ctx: EmulatorContext,
): ListPackageVersionDependenciesResult {
  const { pkg, record } = versionOf(ctx, input);
  const all = dependenciesOf(pkg, record);
  const { page, nextToken } = paginate(all, undefined, input.nextToken);
  return {
    ...coordsOf(pkg),
    version: record.version,
    versionRevision: record.revision,
    dependencies: page,
    ...(nextToken ? { nextToken } : {}),
  };
}

function dependenciesOf(pkg: PackageRecord, record: VersionRecord): PackageDependency[] {
  if (pkg.format === 'npm') {
    return NPM_DEPENDENCY_TYPES.flatMap(([field, dependencyType]) =>
      Object.entries((record.metadata[field] ?? {}) as Record<string, unknown>).map(([name, range]) => {
        const c = npmCoords(name);
        return {
          ...(c.namespace ? { namespace: c.namespace } : {}),
          package: c.name,
          dependencyType,
          versionRequirement: String(range),
        };
      }),
    );
  }
  const requires = record.metadata.requires_dist;
  const lines = Array.isArray(requires) ? requires : typeof requires === 'string' ? [requires] : [];
  return lines.flatMap((line) => {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*\(?([^;)]*)\)?/.exec(String(line));
    if (!m) return [];
    const requirement = (m[2] ?? '').trim();
    return [
      {
        package: normalizePypiName(m[1] as string),
        dependencyType: 'Requires-Dist',
        ...(requirement ? { versionRequirement: requirement } : {}),
      },
    ];
  });
}
