import type {
  DescribePackageVersionRequest,
  DescribePackageVersionResult,
  ListPackageVersionAssetsRequest,
  ListPackageVersionAssetsResult,
  ListPackageVersionsRequest,
  ListPackageVersionsResult,
  PackageVersionDescription,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import type { PackageRecord, VersionRecord } from '../../types.js';
import { notFound } from '../errors.js';
import { findRepository, toDate, type Valid } from './common.js';
import { displayName, findPackage, packageCoords } from './packages.js';
import { paginate } from './paginate.js';

export function coordsOf(pkg: PackageRecord) {
  return {
    format: pkg.format,
    package: pkg.name,
    ...(pkg.namespace !== undefined ? { namespace: pkg.namespace } : {}),
  };
}

export function findVersion(pkg: PackageRecord, version: string): VersionRecord {
  const found = pkg.versions[version];
  if (found) return found;
  const name = displayName(pkg);
  throw notFound(
    `Package version not found. Version '${version}' of package '${name}' does not exist`,
    'package-version',
    `${name}@${version}`,
  );
}

/**
 * npm shows the version its `latest` tag names; other formats (and npm without the tag) show the most
 * recently published version.
 */
function defaultDisplayVersion(pkg: PackageRecord): string | undefined {
  const latest = pkg.distTags.latest;
  if (pkg.format === 'npm' && latest && pkg.versions[latest]) return latest;
  const published = Object.values(pkg.versions).filter((v) => v.status === 'Published');
  return published.sort((a, b) => b.publishedTime - a.publishedTime)[0]?.version;
}

export function listPackageVersions(
  input: Valid<ListPackageVersionsRequest>,
  ctx: EmulatorContext,
): ListPackageVersionsResult {
  const { repo } = findRepository(ctx, input);
  const pkg = findPackage(repo, packageCoords(input));
  let versions = Object.values(pkg.versions).filter(
    (v) =>
      (!input.status || v.status === input.status) &&
      (!input.originType || v.origin.originType === input.originType),
  );
  // PUBLISHED_TIME lists the newest first, as the console does.
  if (input.sortBy === 'PUBLISHED_TIME')
    versions = versions.sort((a, b) => b.publishedTime - a.publishedTime);
  const { page, nextToken } = paginate(versions, input.maxResults, input.nextToken);
  const display = defaultDisplayVersion(pkg);
  return {
    ...coordsOf(pkg),
    versions: page.map((v) => ({
      version: v.version,
      revision: v.revision,
      status: v.status,
      origin: v.origin,
    })),
    ...(display !== undefined ? { defaultDisplayVersion: display } : {}),
    ...(nextToken ? { nextToken } : {}),
  };
}

export function describePackageVersion(
  input: Valid<DescribePackageVersionRequest>,
  ctx: EmulatorContext,
): DescribePackageVersionResult {
  const { repo } = findRepository(ctx, input);
  const pkg = findPackage(repo, packageCoords(input));
  const v = findVersion(pkg, input.packageVersion);
  const { package: packageName, ...coords } = coordsOf(pkg);
  const description: PackageVersionDescription = {
    ...coords,
    packageName,
    displayName: displayName(pkg),
    version: v.version,
    revision: v.revision,
    status: v.status,
    origin: v.origin,
    publishedTime: toDate(v.publishedTime),
    ...describedBy(v.metadata),
  };
  return { packageVersion: description };
}

/** Summary, home page, source repository and licenses from npm manifests or pypi core metadata. */
function describedBy(meta: Record<string, unknown>): Partial<PackageVersionDescription> {
  const text = (...keys: string[]) =>
    keys.map((k) => meta[k]).find((v): v is string => typeof v === 'string');
  const repository = meta.repository;
  const source =
    typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  const license = text('license') ?? (meta.license as { type?: unknown } | undefined)?.type;
  const out: Partial<PackageVersionDescription> = {};
  const summary = text('summary', 'description');
  const homePage = text('homepage', 'home_page', 'homePage');
  if (summary !== undefined) out.summary = summary;
  if (homePage !== undefined) out.homePage = homePage;
  if (typeof source === 'string') out.sourceCodeRepository = source;
  if (typeof license === 'string') out.licenses = [{ name: license }];
  return out;
}

export function listPackageVersionAssets(
  input: Valid<ListPackageVersionAssetsRequest>,
  ctx: EmulatorContext,
): ListPackageVersionAssetsResult {
  const { repo } = findRepository(ctx, input);
  const pkg = findPackage(repo, packageCoords(input));
  const v = findVersion(pkg, input.packageVersion);
  const { page, nextToken } = paginate(v.assets, input.maxResults, input.nextToken);
  return {
    ...coordsOf(pkg),
    version: v.version,
    versionRevision: v.revision,
    assets: page.map((a) => ({
      name: a.name,
      size: a.size,
      // The blob store keeps sha512 in base64 (npm's integrity form); the API reports hex like the others.
      hashes: {
        MD5: a.md5,
        'SHA-1': a.sha1,
        'SHA-256': a.sha256,
        'SHA-512': Buffer.from(a.sha512, 'base64').toString('hex'),
      },
    })),
    ...(nextToken ? { nextToken } : {}),
  };
}
