import type {
  DeletePackageVersionsRequest,
  DeletePackageVersionsResult,
  DisposePackageVersionsRequest,
  DisposePackageVersionsResult,
  PackageVersionError,
  SuccessfulPackageVersionInfo,
  UpdatePackageVersionsStatusRequest,
  UpdatePackageVersionsStatusResult,
} from '@aws-sdk/client-codeartifact';
import type { EmulatorContext } from '../../context.js';
import { revisionOf } from '../../data/packages.js';
import type { PackageRecord, VersionRecord } from '../../types.js';
import { validationError } from '../errors.js';
import { findRepository, type Valid } from './common.js';
import { findPackage, packageCoords } from './packages.js';
import { releaseAssets } from './release.js';

type Status = VersionRecord['status'];
type Outcome = {
  successfulVersions: Record<string, SuccessfulPackageVersionInfo>;
  failedVersions: Record<string, PackageVersionError>;
};
/** What happens to one version: a status to report, or an error code and message. */
type Step = { status: Status } | PackageVersionError;

interface BatchInput {
  versions?: string[];
  versionRevisions?: Record<string, string>;
  expectedStatus?: string;
}

/**
 * Apply a change to each requested version on its own (one version's failure does not stop the others):
 * a version the repository does not hold is NOT_FOUND (upstreams are ignored, as the User Guide's "API
 * behavior with upstream repositories" says), a revision or status other than the expected one is
 * MISMATCHED_REVISION / MISMATCHED_STATUS.
 */
function eachVersion(pkg: PackageRecord, input: BatchInput, change: (v: VersionRecord) => Step): Outcome {
  const out: Outcome = { successfulVersions: {}, failedVersions: {} };
  const wanted = new Set([...(input.versions ?? []), ...Object.keys(input.versionRevisions ?? {})]);
  for (const version of wanted) {
    const record = pkg.versions[version];
    const revision = input.versionRevisions?.[version];
    let step: Step;
    if (!record) step = { errorCode: 'NOT_FOUND', errorMessage: `Could not find version ${version}` };
    else if (revision !== undefined && revision !== record.revision)
      step = { errorCode: 'MISMATCHED_REVISION', errorMessage: `Version ${version} has another revision` };
    else if (input.expectedStatus !== undefined && input.expectedStatus !== record.status)
      step = {
        errorCode: 'MISMATCHED_STATUS',
        errorMessage: `Version ${version} is ${record.status}, not ${input.expectedStatus}`,
      };
    else step = change(record);
    if ('status' in step)
      out.successfulVersions[version] = { revision: record?.revision, status: step.status };
    else out.failedVersions[version] = step;
  }
  return out;
}

function target(ctx: EmulatorContext, input: Valid<DeletePackageVersionsRequest>) {
  const { domain, repo } = findRepository(ctx, input);
  return { domain, pkg: findPackage(repo, packageCoords(input)) };
}

/** DeletePackageVersions: the version leaves the repository (it may be published again); tags naming it go. */
export function deletePackageVersions(
  input: Valid<DeletePackageVersionsRequest>,
  ctx: EmulatorContext,
): DeletePackageVersionsResult {
  const { domain, pkg } = target(ctx, input);
  const removed: VersionRecord[] = [];
  const out = eachVersion(pkg, input, (record) => {
    delete pkg.versions[record.version];
    for (const [tag, version] of Object.entries(pkg.distTags)) {
      if (version === record.version) delete pkg.distTags[tag];
    }
    removed.push(record);
    return { status: 'Deleted' };
  });
  releaseAssets(
    ctx,
    domain,
    removed.flatMap((r) => r.assets),
  );
  ctx.store.changed();
  return out;
}

const SETTABLE: Status[] = ['Published', 'Unlisted', 'Archived'];

/** UpdatePackageVersionsStatus: Published, Unlisted or Archived; a Disposed version cannot come back. */
export function updatePackageVersionsStatus(
  input: Valid<UpdatePackageVersionsStatusRequest>,
  ctx: EmulatorContext,
): UpdatePackageVersionsStatusResult {
  const targetStatus = input.targetStatus as Status;
  if (!SETTABLE.includes(targetStatus)) {
    throw validationError(
      `targetStatus must be one of ${SETTABLE.join(', ')}; use DisposePackageVersions or DeletePackageVersions for ${targetStatus}`,
    );
  }
  const { pkg } = target(ctx, input);
  const out = eachVersion(pkg, input, (record) => {
    if (record.status === 'Disposed') {
      return {
        errorCode: 'NOT_ALLOWED',
        errorMessage: `Version ${record.version} is Disposed: its assets are gone`,
      };
    }
    record.status = targetStatus;
    return { status: targetStatus };
  });
  ctx.store.changed();
  return out;
}

/** DisposePackageVersions: the assets are deleted and the version stays, Disposed, for the record. */
export function disposePackageVersions(
  input: Valid<DisposePackageVersionsRequest>,
  ctx: EmulatorContext,
): DisposePackageVersionsResult {
  const { domain, pkg } = target(ctx, input);
  const dropped = eachVersion(pkg, input, (record) => {
    const assets = record.assets;
    record.assets = [];
    record.status = 'Disposed';
    record.revision = revisionOf([]);
    releaseAssets(ctx, domain, assets);
    return { status: 'Disposed' };
  });
  for (const [version, info] of Object.entries(dropped.successfulVersions)) {
    info.revision = pkg.versions[version]?.revision;
  }
  ctx.store.changed();
  return dropped;
}
