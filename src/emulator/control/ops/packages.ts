import type {
  DeletePackageRequest,
  DeletePackageResult,
  DescribePackageRequest,
  DescribePackageResult,
  ListPackagesRequest,
  ListPackagesResult,
  PackageSummary,
  PutPackageOriginConfigurationRequest,
  PutPackageOriginConfigurationResult,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { normalizePypiName } from '../../data/packages.js';
import { packageKey, type PackageFormat, type PackageRecord, type RepositoryRecord } from '../../types.js';
import { notFound, validationError } from '../errors.js';
import { byKey, findRepository, type Valid } from './common.js';
import { paginate } from './paginate.js';
import { releaseAssets } from './release.js';

/** A package as requests name it, normalized the way the domain stores it. */
export interface PackageCoords {
  format: PackageFormat;
  namespace?: string;
  name: string;
}

/** npm scopes are namespaces without '@'; pypi names are compared in their PEP 503 normal form. */
export function packageCoords(input: { format: string; namespace?: string; package: string }): PackageCoords {
  const format = input.format as PackageFormat;
  if (format === 'npm' && input.namespace?.startsWith('@')) {
    throw validationError(`npm namespaces are scopes without '@': use '${input.namespace.slice(1)}'`);
  }
  const name = format === 'pypi' ? normalizePypiName(input.package) : input.package;
  return { format, name, ...(input.namespace !== undefined ? { namespace: input.namespace } : {}) };
}

export function displayName(c: { format: string; namespace?: string | undefined; name: string }): string {
  if (!c.namespace) return c.name;
  return c.format === 'npm' ? `@${c.namespace}/${c.name}` : `${c.namespace}/${c.name}`;
}

export function findPackage(repo: RepositoryRecord, c: PackageCoords): PackageRecord {
  const pkg = repo.packages[packageKey(c.format, c.namespace, c.name)];
  if (pkg) return pkg;
  throw notFound(
    `Package not found. Package '${displayName(c)}' of format '${c.format}' does not exist in repository '${repo.name}'`,
    'package',
    displayName(c),
  );
}

function summary(pkg: PackageRecord): PackageSummary {
  return {
    format: pkg.format,
    package: pkg.name,
    originConfiguration: { restrictions: { ...pkg.origin } },
    ...(pkg.namespace !== undefined ? { namespace: pkg.namespace } : {}),
  };
}

/**
 * Origin controls may be set before a package has any version (to block a name pre-emptively): the
 * service then keeps a package with no versions, and so does the emulator.
 */
export function putPackageOriginConfiguration(
  input: Valid<PutPackageOriginConfigurationRequest>,
  ctx: EmulatorContext,
): PutPackageOriginConfigurationResult {
  const { repo } = findRepository(ctx, input);
  const c = packageCoords(input);
  const key = packageKey(c.format, c.namespace, c.name);
  const restrictions = { publish: input.restrictions.publish, upstream: input.restrictions.upstream };
  const existing = repo.packages[key];
  if (existing) existing.origin = restrictions;
  else repo.packages[key] = { ...c, origin: restrictions, versions: {}, distTags: {} };
  ctx.store.changed();
  return { originConfiguration: { restrictions: { ...restrictions } } };
}

export function describePackage(
  input: Valid<DescribePackageRequest>,
  ctx: EmulatorContext,
): DescribePackageResult {
  const { repo } = findRepository(ctx, input);
  const { package: name, ...rest } = summary(findPackage(repo, packageCoords(input)));
  return { package: { ...rest, name } };
}

export function listPackages(input: Valid<ListPackagesRequest>, ctx: EmulatorContext): ListPackagesResult {
  const { repo } = findRepository(ctx, input);
  const prefix =
    input.format === 'pypi' && input.packagePrefix
      ? normalizePypiName(input.packagePrefix)
      : input.packagePrefix;
  const matching = Object.values(repo.packages).filter(
    (p) =>
      (!input.format || p.format === input.format) &&
      (input.namespace === undefined || (p.namespace ?? '').startsWith(input.namespace)) &&
      (!prefix || p.name.startsWith(prefix)) &&
      (!input.publish || p.origin.publish === input.publish) &&
      (!input.upstream || p.origin.upstream === input.upstream),
  );
  matching.sort(byKey((p) => `${p.format}\u0000${p.namespace ?? ''}\u0000${p.name}`));
  const { page, nextToken } = paginate(matching, input.maxResults, input.nextToken);
  return { packages: page.map(summary), ...(nextToken ? { nextToken } : {}) };
}

/** DeletePackage: the package, every version and its origin configuration leave the repository. */
export function deletePackage(input: Valid<DeletePackageRequest>, ctx: EmulatorContext): DeletePackageResult {
  const { domain, repo } = findRepository(ctx, input);
  const pkg = findPackage(repo, packageCoords(input));
  delete repo.packages[packageKey(pkg.format, pkg.namespace, pkg.name)];
  releaseAssets(
    ctx,
    domain,
    Object.values(pkg.versions).flatMap((v) => v.assets),
  );
  ctx.store.changed();
  return { deletedPackage: summary(pkg) };
}
