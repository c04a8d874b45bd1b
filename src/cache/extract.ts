import { lstat, mkdir, mkdtemp, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { archiveLayout, compressFlag, readManifest, type ArchiveOptions } from './archive.js';
import { fileSha256, runTool } from './process.js';
import { BUNDLE_ARCHIVE, type CacheManifest } from './types.js';

/** Prefix of the temp directory an entry is extracted into, beside its target. */
export const RESTORE_TEMP_PREFIX = '.codeartifact-cache-restore-';

/** Throws unless the archive has the manifest's size and sha256: nothing unverified reaches tar. */
async function verify(archive: string, manifest: CacheManifest, signal?: AbortSignal): Promise<void> {
  const { size } = await stat(archive);
  if (size !== manifest.size) {
    throw new Error(
      `The cache archive is ${size} bytes where its manifest says ${manifest.size} (truncated?)`,
    );
  }
  const sha256 = await fileSha256(archive, signal);
  if (sha256 !== manifest.sha256) {
    throw new Error(`The cache archive's sha256 is ${sha256} where its manifest says ${manifest.sha256}`);
  }
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
  if (!(await exists(dst))) {
    await mkdir(dirname(dst), { recursive: true });
    return rename(src, dst);
  }
  const dstIsDir = (await lstat(dst)).isDirectory();
  if (dstIsDir && (await readdir(dst)).length === 0) {
    await rmdir(dst);
    return rename(src, dst);
  }
  if (!dstIsDir || !(await lstat(src)).isDirectory()) return; // keep the file already there
  for (const name of await readdir(src)) await moveInto(join(src, name), join(dst, name));
}

/**
 * Verifies and extracts a bundle: the manifest's paths go to `targets` (the same, by default). tar
 * writes into a temp directory beside the first target; only a complete extraction is moved into place,
 * so a corrupt archive, a full disk or an abort leaves the targets untouched.
 */
export async function extractArchive(
  bundleDir: string,
  targets: readonly string[] | undefined,
  opts: ArchiveOptions = {},
): Promise<CacheManifest> {
  const manifest = await readManifest(bundleDir);
  const archive = join(bundleDir, BUNDLE_ARCHIVE);
  await verify(archive, manifest, opts.signal);
  const dests = targets ?? manifest.paths;
  if (dests.length !== manifest.paths.length || dests.length === 0) {
    throw new Error(`The cache entry holds ${manifest.paths.length} path(s), not ${dests.length}`);
  }
  const { members } = archiveLayout(manifest.paths);
  const parent = dirname(dests[0] ?? '/');
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, RESTORE_TEMP_PREFIX));
  try {
    await runTool(['tar', ...compressFlag(manifest.compression, false), '-xf', archive, '-C', temp], opts);
    for (const [i, member] of members.entries()) await moveInto(join(temp, member), dests[i] ?? '');
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return manifest;
}
