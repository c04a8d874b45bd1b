import { assetRef } from '../../../src/emulator/blobs.js';
import type { EmulatorContext } from '../../../src/emulator/context.js';
import { packageKey, type PackageRecord, type VersionOrigin } from '../../../src/emulator/types.js';

/**
 * Put a package version straight into a repository's state, the way the data plane records a publish or an
 * ingestion, so control-plane reads can be tested without depending on the data plane.
 */
export function addVersion(
  ctx: EmulatorContext,
  where: { domain: string; owner?: string; repository: string },
  pkg: { format: 'npm' | 'pypi'; namespace?: string; name: string },
  version: string,
  opts: {
    publishedTime: number;
    origin: VersionOrigin;
    metadata?: Record<string, unknown>;
    distTag?: string;
  },
): void {
  const domain = ctx.store.domain(where.domain, where.owner ?? ctx.accountId);
  const repo = domain?.repositories[where.repository];
  if (!repo) throw new Error(`fixture: no repository ${where.repository}`);
  const key = packageKey(pkg.format, pkg.namespace, pkg.name);
  const record: PackageRecord = (repo.packages[key] ??= {
    ...pkg,
    // The documented defaults: the first version's arrival decides the package's origin controls.
    origin:
      opts.origin.originType === 'EXTERNAL'
        ? { publish: 'BLOCK', upstream: 'ALLOW' }
        : { publish: 'ALLOW', upstream: 'BLOCK' },
    versions: {},
    distTags: {},
  });
  const asset = assetRef(
    pkg.format === 'npm' ? 'package.tgz' : `${pkg.name}-${version}.tar.gz`,
    Buffer.from(`${pkg.name}@${version}`),
  );
  record.versions[version] = {
    version,
    revision: `rev-${version}`,
    status: 'Published',
    origin: opts.origin,
    publishedTime: opts.publishedTime,
    assets: [asset],
    metadata: opts.metadata ?? {},
  };
  if (opts.distTag) record.distTags[opts.distTag] = version;
}

/** What a refused call must look like: the exception name, the HTTP status, and any modeled fields. */
export interface ExpectedError {
  name: string;
  status: number;
  reason?: string;
  resourceType?: string;
  message?: RegExp;
}

export const invalidField = (message?: RegExp): ExpectedError => ({
  name: 'ValidationException',
  status: 400,
  reason: 'FIELD_VALIDATION_FAILED',
  ...(message ? { message } : {}),
});

/** Assert a call failed with the expected error (never a success, a 500 or a hang). */
export async function expectServiceError(call: Promise<unknown>, expected: ExpectedError): Promise<void> {
  const err = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as { name: string; message: string; $metadata?: { httpStatusCode?: number } } | undefined;
  if (!err) throw new Error(`expected ${expected.name}, but the call succeeded`);
  const { status, message, ...fields } = expected;
  expect({ name: err.name, status: err.$metadata?.httpStatusCode }).toEqual({ name: fields.name, status });
  expect(err).toMatchObject(fields);
  if (message) expect(err.message).toMatch(message);
}
