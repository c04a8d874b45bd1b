/**
 * Restoring an entry: unpack.ts reads the archive in one pass into a fresh directory beside the target. Only
 * when the whole stream was read, the checksum matched and every member passed is that directory moved into
 * place, so a refused, corrupt or aborted entry leaves the target as it was.
 */
import { cp, lstat, mkdir, mkdtemp, readdir, realpath, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkArchiveSize, readManifest } from './archive.js';
import type { RunOptions } from './process.js';
import { BUNDLE_ARCHIVE, type ArchiveSource, type CacheManifest } from './types.js';
import { unpackInto, type Extracted } from './unpack.js';

export type { Extracted };

/** Prefix of the temp directory an entry is extracted into, beside its target. */
export const RESTORE_TEMP_PREFIX = '.codeartifact-cache-restore-';

export interface ExtractOptions extends RunOptions {
  /** Cap on what an entry may unpack to, relative to its archive (see restoreLimits). @default 20 */
  readonly maxRatio?: number;
  /**
   * Where to unpack beside while the target is still a promise (the tool is still naming its directory):
   * its usual directory. Unpacking starts at once; a target on another file system is copied in at the end.
   */
  readonly stageNear?: string;
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

/** The user's own link (~/.npm -> a bigger disk) is followed: the config chose it, not the entry. */
const followed = (path: string) => realpath(path).catch(() => path);

/**
 * Moves the checked tree into `target` (see moveInto); across file systems, where no rename reaches,
 * copies it instead: links as they are (already checked), keeping files already there, as moveInto does.
 */
async function place(root: string, target: string): Promise<void> {
  try {
    await moveInto(root, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(root, target, { recursive: true, force: false, verbatimSymlinks: true });
  }
}

/** A promise that never rejects unhandled while other work runs: its outcome is read later. */
const settle = <T>(p: T | Promise<T>) =>
  Promise.resolve(p).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/** The settled target, or its error thrown (the archive is not read then). */
async function answerOf(final: ReturnType<typeof settle<string>>, archive: ArchiveSource): Promise<string> {
  const answer = await final;
  if ('value' in answer) return answer.value;
  discard(archive);
  throw answer.error;
}

/** A stream not read to its end is destroyed (a download stops); a file is left as it is. */
const discard = (archive: ArchiveSource) => void ('file' in archive || archive.destroy());

/**
 * Restores compressed archive bytes into `target`, a directory this run chose (or a promise of it: see
 * `stageNear`). The entry's members land in a temp directory beside it first; see the module comment for
 * what is checked.
 */
export async function extractStream(
  archive: ArchiveSource,
  manifest: CacheManifest,
  target: string | Promise<string>,
  opts: ExtractOptions = {},
): Promise<Extracted> {
  const final = settle(Promise.resolve(target).then(followed));
  const near = typeof target === 'string' ? target : (opts.stageNear ?? (await answerOf(final, archive)));
  const parent = dirname(await followed(near));
  // Parents this restore had to create are removed again if it fails: nothing is left behind.
  const created: string[] = [];
  const made = await mkdir(parent, { recursive: true });
  if (made !== undefined) created.push(made);
  const temp = await mkdtemp(join(parent, RESTORE_TEMP_PREFIX));
  try {
    const root = join(temp, 'root');
    await mkdir(root);
    const extracted = await unpackInto(archive, manifest, root, opts);
    const dir = await answerOf(final, archive);
    const also = await mkdir(dirname(dir), { recursive: true });
    if (also !== undefined) created.push(also);
    await place(root, dir);
    return extracted;
  } catch (error) {
    discard(archive);
    for (const dir of created) await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Restores the bundle in `bundleDir` (archive + manifest, as a store left it) into `target`. */
export async function extractArchive(
  bundleDir: string,
  target: string | Promise<string>,
  opts: ExtractOptions = {},
): Promise<CacheManifest & Extracted> {
  const manifest = await readManifest(bundleDir);
  const file = join(bundleDir, BUNDLE_ARCHIVE);
  checkArchiveSize((await stat(file)).size, manifest);
  return { ...manifest, ...(await extractStream({ file }, manifest, target, opts)) };
}
