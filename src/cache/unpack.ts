/**
 * One pass over an entry's archive bytes: counted and hashed, decompressed, read member by member by our own
 * tar reader, each member checked (member-policy.ts) and written into a fresh directory. extract.ts decides
 * where that directory is and moves it into place.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { checkArchiveSize } from './archive.js';
import { hashDescriptor } from './hash-thread.js';
import { restoreLimits } from './member-policy.js';
import { checkDigest, checkedBytes, filterProcess, readerProcess, type RunOptions } from './process.js';
import { TarReader } from './tar-reader.js';
import { TreeWriter } from './tree-writer.js';
import type { ArchiveSource, CacheManifest } from './types.js';

/** Restored bytes (and files) allowed per archive byte, unless told otherwise. */
export const DEFAULT_MAX_RATIO = 20;

/** What a restore wrote. */
export interface Extracted {
  readonly files: number;
  readonly bytes: number;
}

/** The streams that turn `archive` into tar bytes, and what settles once it was all read and checked. */
interface TarSource {
  readonly streams: readonly (NodeJS.ReadableStream | NodeJS.ReadWriteStream)[];
  /** The size and sha256 check, when it is not one of the streams. */
  readonly verified: Promise<unknown>;
  /** The decompressor's exit (a kill after a failed read fails it too). */
  readonly exited: Promise<unknown>;
  /** Stops the decompressor when the read failed (the check goes on: a damaged archive is told as that). */
  stop(): void;
  /** Releases what it holds, after it settled or failed. */
  close(): Promise<void>;
}

/**
 * A zstd file is read by zstd itself (no byte through this process) while a worker thread hashes the same
 * descriptor; anything else streams through the size and sha256 check into the decompressor (gzip in
 * process: Node 20's zlib has no zstd).
 */
async function tarSource(
  archive: ArchiveSource,
  manifest: CacheManifest,
  opts: RunOptions,
): Promise<TarSource> {
  if ('file' in archive && manifest.compression === 'zstd') {
    const handle = await open(archive.file, 'r');
    try {
      checkArchiveSize((await handle.stat()).size, manifest);
    } catch (error) {
      await handle.close();
      throw error;
    }
    const hashing = hashDescriptor(handle.fd);
    const zstd = readerProcess(ZSTD_DECOMPRESS, handle.fd, opts);
    const verified = hashing.result.then((d) => checkDigest(d, manifest));
    verified.catch(() => undefined);
    const close = async () => {
      zstd.stream.destroy();
      await hashing.stop(); // the thread reads this descriptor: closed only once it is gone
      await handle.close();
    };
    return { streams: [zstd.stream], verified, exited: zstd.exited, stop: zstd.stop, close };
  }
  const input = 'file' in archive ? createReadStream(archive.file, { highWaterMark: 1 << 20 }) : archive;
  const { stream, exited, stop } =
    manifest.compression === 'gzip'
      ? { stream: createGunzip(), exited: Promise.resolve(), stop: () => undefined }
      : filterProcess(ZSTD_DECOMPRESS, opts);
  const close = async () => void stream.destroy();
  const streams = [input, checkedBytes(manifest), stream];
  return { streams, verified: Promise.resolve(), exited, stop, close };
}

const ZSTD_DECOMPRESS = ['zstd', '-d', '-c', '-q'] as const;

/** Waits for all; rejects with the first failure in the order given, not in time. */
async function inOrder(work: readonly Promise<unknown>[]): Promise<void> {
  for (const outcome of await Promise.allSettled(work)) {
    if (outcome.status === 'rejected') throw outcome.reason;
  }
}

/** Streams `archive` through the checks into `root`; rejects on any problem. */
export async function unpackInto(
  archive: ArchiveSource,
  manifest: CacheManifest,
  root: string,
  opts: RunOptions & { readonly maxRatio?: number },
): Promise<Extracted> {
  const writer = new TreeWriter(root, restoreLimits(manifest.size, opts.maxRatio ?? DEFAULT_MAX_RATIO));
  const reader = new TarReader(writer);
  const sink = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, done) {
      try {
        reader.push(chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  const source = await tarSource(archive, manifest, opts);
  try {
    const signal = opts.signal ? { signal: opts.signal } : {};
    // A damaged archive is reported as that, whatever it broke downstream first (zstd, a member); a member
    // refused is reported as that, not as the decompressor killed because of it.
    const piped = pipeline([...source.streams, sink], signal);
    piped.catch(() => source.stop());
    await inOrder([source.verified, piped, source.exited]);
    reader.finish();
  } finally {
    writer.close();
    await source.close();
  }
  return { files: writer.files, bytes: writer.bytes };
}
