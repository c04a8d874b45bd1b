import { createHash } from 'node:crypto';
import type { ServedBy } from '../audit.js';
import type { EmulatorContext } from '../context.js';
import { hasFault } from '../faults.js';
import {
  domainKey,
  type AssetRef,
  type DomainRecord,
  type RepositoryRecord,
  type VersionRecord,
} from '../types.js';
import type { Candidate } from './chain.js';
import { externalGet, UpstreamUnavailable } from './external/http.js';
import type { ExternalFile, ExternalVersion } from './external/model.js';
import { takePrefetched } from './external/prefetch.js';
import { displayName, isVisible, newVersionRecord, retainVersion, type Coords } from './packages.js';

const ASSET_TIMEOUT_MS = 60_000;

export interface ServedAsset {
  record: VersionRecord;
  asset: AssetRef;
  bytes: Buffer;
  servedBy: ServedBy;
  servedFrom: string;
}

/**
 * Serve one file of a version to the requested repository. Retention happens here, when a version's asset
 * is fetched: a version found in an upstream repository is kept (by reference) in the requested repository
 * only — not in intermediate ones — and one fetched through an external connection is kept in the
 * requested repository and in the repository holding the connection. Bytes are stored once per domain.
 */
export async function acquireAsset(
  ctx: EmulatorContext,
  domain: DomainRecord,
  requested: RepositoryRecord,
  coords: Coords,
  candidate: Candidate,
  filename: string,
): Promise<ServedAsset | undefined> {
  if (candidate.kind === 'held') {
    // An npm version has exactly one asset (package.tgz; state written before that rename used other names).
    const assets = candidate.record.assets;
    const asset = coords.format === 'npm' ? assets[0] : assets.find((a) => a.name === filename);
    const bytes = asset && ctx.store.blobs.get(domainKey(domain.owner, domain.name), asset.sha256);
    if (!asset || !bytes || !isVisible(candidate.record)) return undefined;
    if (candidate.repo === requested) {
      return { record: candidate.record, asset, bytes, servedBy: 'internal', servedFrom: requested.name };
    }
    const record = retainVersion(requested, coords, candidate.record);
    ctx.store.changed();
    return { record, asset, bytes, servedBy: 'upstream', servedFrom: candidate.repo.name };
  }
  const file = candidate.external.files.find((f) => f.filename === filename);
  if (!file) return undefined;
  const bytes = await fetchExternalAsset(ctx, domain, coords, file);
  // npm versions have one asset, always named package.tgz, whatever the public tarball was called.
  const assetName = coords.format === 'npm' ? 'package.tgz' : filename;
  const asset = ctx.store.blobs.put(domainKey(domain.owner, domain.name), assetName, bytes);
  const ingested = newVersionRecord(
    candidate.version,
    { originType: 'EXTERNAL', domainEntryPoint: { externalConnectionName: candidate.connection } },
    [asset],
    externalMetadata(coords, candidate.external, file),
    candidate.external.publishedTime ?? Math.floor(ctx.now() / 1000),
  );
  retainVersion(candidate.holder, coords, ingested);
  const record = retainVersion(requested, coords, ingested);
  ctx.store.changed();
  return { record, asset, bytes, servedBy: 'external', servedFrom: candidate.connection };
}

function externalMetadata(c: Coords, version: ExternalVersion, file: ExternalFile): Record<string, unknown> {
  if (c.format === 'npm') return { ...(version.manifest ?? {}) };
  // The public index states requires-python per file; the files of one version agree in practice.
  return file.requiresPython ? { requires_python: file.requiresPython } : {};
}

const inFlight = new WeakMap<EmulatorContext, Map<string, Promise<Buffer>>>();

/** Fetch a public file once even when several clients ask for it at the same moment; verify its digests. */
function fetchExternalAsset(
  ctx: EmulatorContext,
  domain: DomainRecord,
  c: Coords,
  file: ExternalFile,
): Promise<Buffer> {
  const pending = inFlight.get(ctx) ?? new Map<string, Promise<Buffer>>();
  inFlight.set(ctx, pending);
  const key = `${domain.owner}/${domain.name} ${file.url}`;
  let fetch = pending.get(key);
  if (!fetch) {
    fetch = download(ctx, c, file).finally(() => pending.delete(key));
    pending.set(key, fetch);
  }
  return fetch;
}

async function download(ctx: EmulatorContext, c: Coords, file: ExternalFile): Promise<Buffer> {
  let bytes = 0;
  try {
    const res = await (takePrefetched(ctx, file.url) ??
      externalGet(ctx, file.url, { timeoutMs: ASSET_TIMEOUT_MS }));
    if (res.status !== 200) throw new UpstreamUnavailable(`${file.url} answered ${res.status}`);
    bytes = res.body.length;
    const mismatch = digestMismatch(file, res.body);
    if (mismatch) throw new UpstreamUnavailable(`${file.filename} from ${file.url}: ${mismatch}`);
    return res.body;
  } finally {
    if (!hasFault(ctx, 'counters'))
      ctx.audit.externalFetch('asset', `${c.format}:${displayName(c)}/${file.filename}`, bytes);
  }
}

/** Refuse bytes that do not match what the public metadata promised (never store a corrupted asset). */
function digestMismatch(file: ExternalFile, data: Buffer): string | undefined {
  const hex = (algorithm: string) => createHash(algorithm).update(data).digest('hex');
  if (file.sha256 && hex('sha256') !== file.sha256.toLowerCase()) return 'sha256 does not match the index';
  if (file.integrity) {
    const sha512 = `sha512-${createHash('sha512').update(data).digest('base64')}`;
    const declared = file.integrity.split(/\s+/).filter((i) => i.startsWith('sha512-'));
    if (declared.length > 0 && !declared.includes(sha512)) return 'integrity does not match the packument';
  } else if (file.sha1 && hex('sha1') !== file.sha1.toLowerCase()) {
    return 'shasum does not match the packument';
  }
  return undefined;
}
