import type {
  CopyPackageVersionsRequest,
  CopyPackageVersionsResult,
  PackageVersionError,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { packageForNewVersion, type Coords } from '../../data/packages.js';
import { publishRefusal } from '../../data/policy.js';
import {
  packageKey,
  type DomainRecord,
  type PackageRecord,
  type RepositoryRecord,
  type VersionRecord,
} from '../../types.js';
import { validationError } from '../errors.js';
import { findDomain, repositoryIn, type Valid } from './common.js';
import { findPackage, packageCoords, type PackageCoords } from './packages.js';

/**
 * CopyPackageVersions as the User Guide's "Copy packages between repositories" describes it: all or
 * nothing (one failure marks every other version SKIPPED), a version identical in both repositories is
 * left out of the answer, a different one is ALREADY_EXISTS unless allowOverwrite, and npm tags naming a
 * copied version are copied too ("npm tags and the CopyPackageVersions API"). A copy adds a version to the
 * destination the way a publish does, so the destination's publish origin control applies (a documented
 * choice: the guide is silent).
 */
export function copyPackageVersions(
  input: Valid<CopyPackageVersionsRequest>,
  ctx: EmulatorContext,
): CopyPackageVersionsResult {
  const hasVersions = input.versions !== undefined;
  if (hasVersions === (input.versionRevisions !== undefined)) {
    throw validationError('You must specify versions or versionRevisions. You cannot specify both.');
  }
  const domain = findDomain(ctx, input);
  const source = repositoryIn(domain, input.sourceRepository);
  const destination = repositoryIn(domain, input.destinationRepository);
  if (source === destination) throw validationError('The source and destination repositories must differ');
  const c = packageCoords(input);
  const searched = input.includeFromUpstream ? searchOrder(domain, source) : [source];
  if (!searched.some((r) => held(r, c))) findPackage(source, c);
  const wanted = input.versions ?? Object.keys(input.versionRevisions ?? {});
  const plan = new Map<string, VersionRecord>();
  const failed: Record<string, PackageVersionError> = {};
  for (const version of wanted) {
    const found = searched.map((r) => held(r, c)?.versions[version]).find(Boolean);
    const problem = check(domain, destination, c, version, found, input);
    if (problem) failed[version] = problem;
    else if (found && !identical(held(destination, c)?.versions[version], found)) plan.set(version, found);
  }
  if (Object.keys(failed).length > 0) {
    for (const version of wanted) {
      failed[version] ??= { errorCode: 'SKIPPED', errorMessage: `Version ${version} was skipped` };
    }
    return { successfulVersions: {}, failedVersions: failed };
  }
  const successfulVersions = copy(destination, c, plan, searched);
  ctx.store.changed();
  return { successfulVersions, failedVersions: {} };
}

function check(
  domain: DomainRecord,
  destination: RepositoryRecord,
  c: PackageCoords,
  version: string,
  found: VersionRecord | undefined,
  input: Valid<CopyPackageVersionsRequest>,
): PackageVersionError | undefined {
  if (!found) return { errorCode: 'NOT_FOUND', errorMessage: `Could not find version ${version}` };
  const revision = input.versionRevisions?.[version];
  if (revision !== undefined && revision !== found.revision) {
    return { errorCode: 'MISMATCHED_REVISION', errorMessage: `Version ${version} has another revision` };
  }
  if (found.status === 'Disposed' || found.status === 'Unfinished') {
    return { errorCode: 'NOT_ALLOWED', errorMessage: `Version ${version} is ${found.status}` };
  }
  const existing = held(destination, c)?.versions[version];
  if (existing && !identical(existing, found) && !input.allowOverwrite) {
    return { errorCode: 'ALREADY_EXISTS', errorMessage: `Version ${version} already exists` };
  }
  const refusal = publishRefusal(domain, destination, c as Coords);
  return refusal ? { errorCode: 'NOT_ALLOWED', errorMessage: refusal } : undefined;
}

function copy(
  destination: RepositoryRecord,
  c: PackageCoords,
  plan: Map<string, VersionRecord>,
  searched: RepositoryRecord[],
): CopyPackageVersionsResult['successfulVersions'] {
  const out: NonNullable<CopyPackageVersionsResult['successfulVersions']> = {};
  if (plan.size === 0) return out;
  const pkg = packageForNewVersion(destination, c as Coords, 'published');
  for (const [version, record] of plan) {
    pkg.versions[version] = { ...record, assets: [...record.assets], metadata: { ...record.metadata } };
    out[version] = { revision: record.revision, status: record.status };
    const from = searched.find((r) => held(r, c)?.versions[version] === record);
    for (const [tag, tagged] of Object.entries((from && held(from, c)?.distTags) ?? {})) {
      if (tagged === version) pkg.distTags[tag] = version;
    }
  }
  return out;
}

/** The same assets and metadata: the copy is then a no-op that succeeds (the operation is idempotent). */
function identical(a: VersionRecord | undefined, b: VersionRecord): boolean {
  return (
    a !== undefined && a.revision === b.revision && JSON.stringify(a.metadata) === JSON.stringify(b.metadata)
  );
}

/** The source, then its upstreams depth first, each once (the data plane's search order, held versions only). */
function searchOrder(domain: DomainRecord, start: RepositoryRecord): RepositoryRecord[] {
  const order: RepositoryRecord[] = [];
  const visit = (repo: RepositoryRecord) => {
    if (order.includes(repo)) return;
    order.push(repo);
    for (const name of repo.upstreams) {
      const upstream = domain.repositories[name];
      if (upstream) visit(upstream);
    }
  };
  visit(start);
  return order;
}

function held(repo: RepositoryRecord, c: PackageCoords): PackageRecord | undefined {
  return repo.packages[packageKey(c.format, c.namespace, c.name)];
}
