/**
 * Restoring an entry: one pass over the archive bytes — counted and hashed, decompressed, read member by
 * member by our own tar reader, each member checked (member-policy.ts) and written into a fresh directory
 * beside the target. Only when the whole stream was read, the checksum matched and every member passed is
 * that directory moved into place, so a refused, corrupt or aborted entry leaves the target as it was.
 */
import { createReadStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, realpath, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { checkArchiveSize, readManifest } from './archive.js';
import { restoreLimits } from './member-policy.js';
import { checkedBytes, filterProcess, type RunOptions } from './process.js';
import { TarReader } from './tar-reader.js';
import { TreeWriter } from './tree-writer.js';
import { BUNDLE_ARCHIVE, type CacheManifest } from './types.js';

/** Prefix of the temp directory an entry is extracted into, beside its target. */
export const RESTORE_TEMP_PREFIX = '.codeartifact-cache-restore-';

/** Restored bytes (and files) allowed per archive byte, unless told otherwise. */
export const DEFAULT_MAX_RATIO = 20;

export interface ExtractOptions extends RunOptions {
  /** Cap on what an entry may unpack to, relative to its archive (see restoreLimits). @default 20 */
  readonly maxRatio?: number;
}

/** What a restore wrote. */
export interface Extracted {
  readonly files: number;
  readonly bytes: number;
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/**
 * Moves `src` to `dst`. An absent or empty `dst` is replaced in one rename; otherwise entries are moved
 * in one by one, keeping what is already there (each rename is atomic: no file is ever half-written).
 */
export async function moveInto(src: string, dst: string): Promise<void> {
  if (!(await exists(dst))) return rename(src, dst);
  const dstIsDir = (await lstat(dst)).isDirectory();
  if (dstIsDir && (await readdir(dst)).length === 0) {
    await rmdir(dst);
    return rename(src, dst);
  }
  if (!dstIsDir || !(await lstat(src)).isDirectory()) return; // keep the file already there
  for (const name of await readdir(src)) await moveInto(join(src, name), join(dst, name));
}

/** Decompresses in-process (gzip) or through `zstd -d` (no zstd in Node 20's zlib). */
function decompressor(manifest: CacheManifest, opts: RunOptions) {
  if (manifest.compression === 'gzip') return { stream: createGunzip(), exited: Promise.resolve() };
  return filterProcess(['zstd', '-d', '-c', '-q'], opts);
}

/** Streams `archive` (the compressed bytes) through the checks into `root`; rejects on any problem. */
async function unpackInto(
  archive: Readable,
  manifest: CacheManifest,
  root: string,
  opts: ExtractOptions,
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
  const { stream, exited } = decompressor(manifest, opts);
  try {
    const signal = opts.signal ? { signal: opts.signal } : {};
    await Promise.all([pipeline(archive, checkedBytes(manifest), stream, sink, signal), exited]);
    reader.finish();
  } finally {
    writer.close();
    stream.destroy();
  }
  return { files: writer.files, bytes: writer.bytes };
}

/**
 * Restores compressed archive bytes into `target`, a directory this run chose. The entry's members land
 * in a temp directory beside it first; see the module comment for what is checked.
 */
export async function extractStream(
  archive: Readable,
  manifest: CacheManifest,
  target: string,
  opts: ExtractOptions = {},
): Promise<Extracted> {
  // The user's own link (~/.npm -> a bigger disk) is followed: the config chose it, not the entry.
  target = await realpath(target).catch(() => target);
  const parent = dirname(target);
  // Parents this restore had to create are removed again if it fails: nothing is left behind.
  const created = await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, RESTORE_TEMP_PREFIX));
  try {
    const root = join(temp, 'root');
    await mkdir(root);
    const extracted = await unpackInto(archive, manifest, root, opts);
    await moveInto(root, target);
    return extracted;
  } catch (error) {
    archive.destroy();
    if (created !== undefined) await rm(created, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Restores the bundle in `bundleDir` (archive + manifest, as a store left it) into `target`. */
export async function extractArchive(
  bundleDir: string,
  target: string,
  opts: ExtractOptions = {},
): Promise<CacheManifest & Extracted> {
  const manifest = await readManifest(bundleDir);
  const path = join(bundleDir, BUNDLE_ARCHIVE);
  checkArchiveSize((await stat(path)).size, manifest);
  const archive = createReadStream(path, { highWaterMark: 1 << 20 });
  return { ...manifest, ...(await extractStream(archive, manifest, target, opts)) };
}
