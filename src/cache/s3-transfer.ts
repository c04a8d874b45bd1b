/** Moving one archive file to and from S3: multipart upload, parallel ranged download. */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { open, stat } from 'node:fs/promises';
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { TransferOptions } from './types.js';

/** 8 MiB: S3's multipart parts must be ≥ 5 MiB; 8 MiB matches the download ranges. */
export const PART_SIZE = 8 * 1024 * 1024;
/** Parts or ranges in flight at once. */
export const CONCURRENCY = 4;

export interface ObjectRef {
  bucket: string;
  key: string;
}

export interface UploadExtras {
  metadata: Record<string, string>;
  kmsKeyId?: string;
}

/** Uploads `file` (multipart above PART_SIZE); aborted with the signal. */
export async function uploadFile(
  s3: S3Client,
  target: ObjectRef,
  file: string,
  extras: UploadExtras,
  opts: TransferOptions,
): Promise<void> {
  opts.signal.throwIfAborted();
  const total = (await stat(file)).size;
  const upload = new Upload({
    client: s3,
    partSize: PART_SIZE,
    queueSize: CONCURRENCY,
    leavePartsOnError: false,
    params: {
      Bucket: target.bucket,
      Key: target.key,
      Body: createReadStream(file),
      ContentLength: total,
      Metadata: extras.metadata,
      ...(extras.kmsKeyId === undefined
        ? {}
        : { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: extras.kmsKeyId }),
    },
  });
  upload.on('httpUploadProgress', (p) => opts.progress?.({ bytes: p.loaded ?? 0, total }));
  const onAbort = (): void => void upload.abort().catch(() => undefined);
  opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    await upload.done();
  } finally {
    opts.signal.removeEventListener('abort', onAbort);
  }
  opts.signal.throwIfAborted();
}

/** Downloads `source` into `file` with CONCURRENCY ranged GETs of PART_SIZE bytes. */
export async function downloadFile(
  s3: S3Client,
  source: ObjectRef,
  file: string,
  opts: TransferOptions,
): Promise<number> {
  const head = await s3.send(new HeadObjectCommand({ Bucket: source.bucket, Key: source.key }), {
    abortSignal: opts.signal,
  });
  const total = head.ContentLength ?? 0;
  const handle = await open(file, 'w');
  let done = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const start = next;
      next = Math.min(total, start + PART_SIZE);
      const bytes = await getRange(s3, source, start, next - 1, opts.signal);
      await handle.write(bytes, 0, bytes.length, start);
      done += bytes.length;
      opts.progress?.({ bytes: done, total });
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await handle.close();
  }
  if (done !== total) throw new Error(`downloaded ${done} of ${total} bytes of ${source.key}`);
  return total;
}

/** Parts fetched or being fetched that the consumer has not taken yet, at most (memory: 8 × 8 MiB). */
export const STREAM_WINDOW = 2 * CONCURRENCY;

/**
 * The first `total` bytes of `source` as a stream, fetched as CONCURRENCY ranged GETs of PART_SIZE bytes and
 * emitted in order: the consumer (verify + extract) starts on the first part while the next ones download.
 * A finished GET starts the next one at once, not when the consumer takes a part, so a consumer busy with
 * one part (writing its files) never leaves the connections idle; at most STREAM_WINDOW parts are held.
 */
export function downloadStream(
  s3: S3Client,
  source: ObjectRef,
  total: number,
  opts: TransferOptions,
): Readable {
  const queue: Promise<Uint8Array>[] = [];
  let next = 0;
  let active = 0;
  let closed = false;
  const fill = (): void => {
    while (!closed && active < CONCURRENCY && queue.length < STREAM_WINDOW && next < total) {
      const start = next;
      next = Math.min(total, start + PART_SIZE);
      active += 1;
      const part = getRange(s3, source, start, next - 1, opts.signal);
      part.then(
        () => ((active -= 1), fill()),
        () => (active -= 1), // awaited in order below, where it fails the stream
      );
      queue.push(part);
    }
  };
  async function* parts(): AsyncGenerator<Uint8Array> {
    let done = 0;
    fill();
    while (queue.length > 0) {
      const bytes = await (queue.shift() as Promise<Uint8Array>);
      fill();
      done += bytes.length;
      opts.progress?.({ bytes: done, total });
      yield bytes;
    }
  }
  const stream = Readable.from(parts(), { objectMode: false, highWaterMark: 1 });
  stream.once('close', () => (closed = true)); // a consumer that stopped early starts no more GETs
  return stream;
}

async function getRange(s3: S3Client, source: ObjectRef, first: number, last: number, signal: AbortSignal) {
  const res = await s3.send(
    new GetObjectCommand({ Bucket: source.bucket, Key: source.key, Range: `bytes=${first}-${last}` }),
    { abortSignal: signal },
  );
  if (res.Body === undefined) throw new Error(`empty body for ${source.key} bytes ${first}-${last}`);
  const bytes = await res.Body.transformToByteArray();
  if (bytes.length !== last - first + 1) {
    throw new Error(`short range for ${source.key}: wanted ${last - first + 1} bytes, got ${bytes.length}`);
  }
  return bytes;
}
