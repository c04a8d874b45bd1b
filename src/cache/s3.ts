/**
 * The S3 backend: one entry = a manifest object naming an archive object (see s3-layout.ts). Entries are
 * immutable through a conditional put (`If-None-Match: *`) of the manifest, written after its archive.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { sdkConfig, type ClientOptions } from '../aws/index.js';
import { isStatus, withContext } from './s3-errors.js';
import { META_ARCHIVE, META_CREATED, META_SHA256, S3Layout } from './s3-layout.js';
import { checkArchiveSize, parseManifest } from './archive.js';
import { findEntry } from './s3-list.js';
import { downloadFile, downloadStream, uploadFile } from './s3-transfer.js';
import {
  BUNDLE_ARCHIVE,
  BUNDLE_MANIFEST,
  type CacheManifest,
  type CacheStore,
  type TransferOptions,
} from './types.js';

export interface S3StoreOptions {
  bucket: string;
  /** Folder inside the bucket. @default '' (the bucket root) */
  prefix?: string;
  /** Encrypt both objects with this KMS key (SSE-KMS). @default the bucket's default encryption */
  kmsKeyId?: string;
  /** Region, credentials and proxy: the run's one resolution (run/session.ts), as every AWS call uses. */
  client?: ClientOptions;
  /** A path-style S3-compatible endpoint (tests, MinIO). @default AWS's */
  endpoint?: string;
}

/** Few attempts: a cache is optional, so faults should surface (as warnings) rather than be waited out. */
const MAX_ATTEMPTS = 3;

export function createS3Store(opts: S3StoreOptions): CacheStore {
  const s3 = new S3Client({
    ...sdkConfig(opts.client ?? {}),
    maxAttempts: MAX_ATTEMPTS,
    ...(opts.endpoint === undefined ? {} : { endpoint: opts.endpoint, forcePathStyle: true }),
  });
  const ctx: S3Context = {
    s3,
    bucket: opts.bucket,
    layout: new S3Layout(opts.prefix),
    kmsKeyId: opts.kmsKeyId,
  };
  const where = `s3://${opts.bucket}/${opts.prefix ?? ''}`;
  return {
    kind: 's3',
    lookup: (key, restoreKeys, transfer) =>
      withContext(`look up ${key} in ${where}`, () => lookup(ctx, key, restoreKeys, transfer)),
    restore: (bundleDir, key, restoreKeys, transfer) =>
      withContext(`restore ${key} from ${where}`, () => restore(ctx, bundleDir, key, restoreKeys, transfer)),
    open: (key, restoreKeys, transfer) =>
      withContext(`restore ${key} from ${where}`, () => open(ctx, key, restoreKeys, transfer)),
    save: (bundleDir, key, transfer) =>
      withContext(`save ${key} to ${where}`, () => save(ctx, bundleDir, key, transfer)),
  };
}

interface S3Context {
  s3: S3Client;
  bucket: string;
  layout: S3Layout;
  kmsKeyId: string | undefined;
}

/** The entry restore would choose, from the listing alone (a HEAD per tie): no object is read. */
async function lookup(ctx: S3Context, key: string, restoreKeys: readonly string[], t: TransferOptions) {
  const matchedKey = await findEntry(ctx.s3, ctx.bucket, ctx.layout, key, restoreKeys, t.signal);
  return matchedKey === undefined ? undefined : { matchedKey, exact: matchedKey === key };
}

/** The entry to restore: its key, manifest text and archive object (one LIST, then one GET). */
async function locate(ctx: S3Context, key: string, restoreKeys: readonly string[], t: TransferOptions) {
  const matchedKey = (await lookup(ctx, key, restoreKeys, t))?.matchedKey;
  if (matchedKey === undefined) return undefined;
  const manifest = await ctx.s3.send(
    new GetObjectCommand({ Bucket: ctx.bucket, Key: ctx.layout.manifest(matchedKey) }),
    { abortSignal: t.signal },
  );
  const archiveKey = manifest.Metadata?.[META_ARCHIVE];
  if (archiveKey === undefined || manifest.Body === undefined)
    throw new Error(`the manifest of ${matchedKey} does not name its archive`);
  return { matchedKey, exact: matchedKey === key, archiveKey, text: await manifest.Body.transformToString() };
}

async function restore(
  ctx: S3Context,
  bundleDir: string,
  key: string,
  restoreKeys: readonly string[],
  t: TransferOptions,
) {
  const found = await locate(ctx, key, restoreKeys, t);
  if (found === undefined) return undefined;
  await mkdir(bundleDir, { recursive: true });
  const archive = { bucket: ctx.bucket, key: found.archiveKey };
  await downloadFile(ctx.s3, archive, join(bundleDir, BUNDLE_ARCHIVE), t);
  await writeFile(join(bundleDir, BUNDLE_MANIFEST), found.text);
  return { matchedKey: found.matchedKey, exact: found.exact };
}

/** Streams the archive: the manifest's size plans the ranges (a lying size fails the size check). */
async function open(ctx: S3Context, key: string, restoreKeys: readonly string[], t: TransferOptions) {
  const found = await locate(ctx, key, restoreKeys, t);
  if (found === undefined) return undefined;
  const manifest = parseManifest(found.text);
  const object = { Bucket: ctx.bucket, Key: found.archiveKey };
  const head = await ctx.s3.send(new HeadObjectCommand(object), { abortSignal: t.signal });
  checkArchiveSize(head.ContentLength, manifest);
  const archive = downloadStream(ctx.s3, { bucket: ctx.bucket, key: found.archiveKey }, manifest.size, t);
  return { matchedKey: found.matchedKey, exact: found.exact, manifest, archive };
}

async function save(
  ctx: S3Context,
  bundleDir: string,
  key: string,
  t: TransferOptions,
): Promise<'saved' | 'exists'> {
  // Cheap early exit; the conditional put below is what actually guarantees immutability.
  if (await headManifest(ctx, key, t.signal)) return 'exists';
  const manifestText = await readFile(join(bundleDir, BUNDLE_MANIFEST), 'utf8');
  const { sha256, createdAt } = JSON.parse(manifestText) as CacheManifest;
  const archiveKey = ctx.layout.newArchive(key);
  const kms = ctx.kmsKeyId === undefined ? {} : { kmsKeyId: ctx.kmsKeyId };
  const archiveRef = { bucket: ctx.bucket, key: archiveKey };
  await uploadFile(
    ctx.s3,
    archiveRef,
    join(bundleDir, BUNDLE_ARCHIVE),
    { metadata: { [META_SHA256]: sha256 }, ...kms },
    t,
  );
  try {
    await ctx.s3.send(
      new PutObjectCommand({
        Bucket: ctx.bucket,
        Key: ctx.layout.manifest(key),
        Body: manifestText,
        ContentType: 'application/json',
        IfNoneMatch: '*',
        Metadata: { [META_ARCHIVE]: archiveKey, [META_SHA256]: sha256, [META_CREATED]: createdAt },
        ...(ctx.kmsKeyId === undefined ? {} : { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: ctx.kmsKeyId }),
      }),
      { abortSignal: t.signal },
    );
    return 'saved';
  } catch (error) {
    // 412: another save won; 409: it is still writing. Either way our archive is referenced by nobody.
    await deleteQuietly(ctx, archiveKey);
    if (isStatus(error, 412) || isStatus(error, 409)) return 'exists';
    throw error;
  }
}

async function headManifest(ctx: S3Context, key: string, signal: AbortSignal): Promise<boolean> {
  try {
    await ctx.s3.send(new HeadObjectCommand({ Bucket: ctx.bucket, Key: ctx.layout.manifest(key) }), {
      abortSignal: signal,
    });
    return true;
  } catch (error) {
    if (isStatus(error, 404)) return false;
    throw error;
  }
}

async function deleteQuietly(ctx: S3Context, key: string): Promise<void> {
  await ctx.s3.send(new DeleteObjectCommand({ Bucket: ctx.bucket, Key: key })).catch(() => undefined);
}
