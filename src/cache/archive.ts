/**
 * The one archive format every backend stores: `tar` compressed by `zstd -T0 -3` when zstd is on PATH,
 * else gzip, with a manifest recording the compression, sha256 and size. Paths are stored relative to
 * their common root so they restore to the same layout.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { runTool, writeHashed, type RunOptions } from './process.js';
import { BUNDLE_ARCHIVE, BUNDLE_MANIFEST, type CacheManifest } from './types.js';

/** Options shared by create and extract. */
export interface ArchiveOptions extends RunOptions {
  /** Forces a compression (tests); @default zstd when on PATH, else gzip */
  readonly compression?: CacheManifest['compression'];
}

let zstdFound: boolean | undefined;
/** Whether `zstd` runs here (checked once). */
export function zstdAvailable(): boolean {
  zstdFound ??= spawnSync('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
  return zstdFound;
}

/** The deepest directory containing every path. */
export function commonRoot(paths: readonly string[]): string {
  const split = paths.map((p) => resolve(p).split(sep));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length - 1 && split.every((parts) => parts.length > n + 1 && parts[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/** Where tar runs (-C) and the members it stores: one directory is stored by its own name. */
export function archiveLayout(paths: readonly string[]): { root: string; members: string[] } {
  const root = paths.length === 1 ? dirname(paths[0] ?? sep) : commonRoot(paths);
  return { root, members: paths.map((p) => relative(root, p) || '.') };
}

/** The tar flag that (de)compresses. */
export const compressFlag = (c: CacheManifest['compression'], create: boolean): string[] =>
  c === 'gzip' ? ['-z'] : ['-I', create ? 'zstd -T0 -3' : 'zstd -d -T0'];

/** Archives the existing `paths` into `bundleDir/archive` and writes the manifest; returns it. */
export async function createArchive(
  paths: readonly string[],
  bundleDir: string,
  key: string,
  opts: ArchiveOptions = {},
): Promise<CacheManifest> {
  const absolute = paths.map((p) => resolve(p));
  const { root, members } = archiveLayout(absolute);
  const compression = opts.compression ?? (zstdAvailable() ? 'zstd' : 'gzip');
  const archive = join(bundleDir, BUNDLE_ARCHIVE);
  let written = { sha256: '', size: 0 };
  const tar = ['tar', ...compressFlag(compression, true), '-cf', '-', '-C', root, '--', ...members];
  await runTool(tar, opts, async (out) => void (written = await writeHashed(out, archive)));
  const manifest: CacheManifest = {
    schema: 1,
    key,
    compression,
    ...written,
    paths: absolute,
    createdAt: new Date().toISOString(),
  };
  await writeFile(join(bundleDir, BUNDLE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of a bundle, checked for the fields extraction relies on. */
export async function readManifest(bundleDir: string): Promise<CacheManifest> {
  const value = JSON.parse(
    await readFile(join(bundleDir, BUNDLE_MANIFEST), 'utf8'),
  ) as Partial<CacheManifest>;
  const ok =
    value.schema === 1 &&
    (value.compression === 'zstd' || value.compression === 'gzip') &&
    typeof value.sha256 === 'string' &&
    Array.isArray(value.paths) &&
    value.paths.every((p) => typeof p === 'string' && p.startsWith('/'));
  if (!ok) throw new Error(`The cache entry's manifest is not one this version understands`);
  return value as CacheManifest;
}
