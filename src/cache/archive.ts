/**
 * The one archive format every backend stores: the contents of one directory (members relative to it),
 * tarred and compressed by `zstd -T0 -3` when zstd is on PATH, else gzip, with a manifest recording the
 * compression, sha256 and size. Where it restores is never stored: the restoring run decides.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileDigest } from './file-digest.js';
import { runTool, type RunOptions } from './process.js';
import { chooseTar, createCommands, excludeLines, type TarProbe, type TarTool } from './tar-command.js';
import { BUNDLE_ARCHIVE, BUNDLE_MANIFEST, type CacheManifest } from './types.js';

/** Options shared by create and extract. */
export interface ArchiveOptions extends RunOptions {
  /** Forces a compression (tests); @default zstd when on PATH, else gzip */
  readonly compression?: CacheManifest['compression'];
  /** Members to leave out, as tar names them (`./a/b`), matched literally. @default none */
  readonly exclude?: readonly string[];
  /** The tar to create with (tests choose BSD tar). @default the one hostTar() picks */
  readonly tar?: TarTool;
  /** Where Windows keeps its tars (PROGRAMFILES, SYSTEMDRIVE), read by the platform. @default none */
  readonly windowsDirs?: TarProbe['env'];
}

let zstdFound: boolean | undefined;
/** Whether `zstd` runs here (checked once). */
export function zstdAvailable(): boolean {
  zstdFound ??= spawnSync('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
  return zstdFound;
}

const runs = (argv: readonly string[]): string =>
  spawnSync(argv[0] ?? 'false', argv.slice(1), { encoding: 'utf8' }).stdout ?? '';

let hostTarFound: TarTool | undefined;
/** The tar this machine creates archives with (see tar-command.ts; chosen once); `env` from the platform. */
export function hostTar(env: TarProbe['env'] = {}): TarTool {
  hostTarFound ??= chooseTar({
    os: process.platform,
    env,
    exists: existsSync,
    onPath: (name) => runs([name, '--version']) !== '',
    tarVersion: () => runs(['tar', '--version']),
  });
  return hostTarFound;
}

/** Archives the contents of `dir` into `bundleDir/archive` and writes the manifest; returns it. */
export async function createArchive(
  dir: string,
  bundleDir: string,
  key: string,
  opts: ArchiveOptions = {},
): Promise<CacheManifest> {
  const compression = opts.compression ?? (zstdAvailable() ? 'zstd' : 'gzip');
  const archive = join(bundleDir, BUNDLE_ARCHIVE);
  // tar (through zstd) writes the file itself, and the digest reads it as it grows, from the page cache the
  // writer just filled: no Node pipe carries the bytes (measured: 1.6 vs 2.7 CPU-seconds per 320 MiB), and
  // hashing overlaps the writing instead of following it.
  const tar = opts.tar ?? hostTar(opts.windowsDirs);
  const excludeList = opts.exclude?.length ? join(bundleDir, 'exclude') : undefined;
  if (excludeList) await writeFile(excludeList, excludeLines(opts.exclude ?? [], tar));
  const { commands, tarFile } = createCommands({
    os: process.platform,
    tar,
    compression,
    dir,
    archive,
    ...(excludeList ? { excludeList } : {}),
  });
  const written = (async () => {
    try {
      for (const argv of commands) await runTool(argv, opts);
    } finally {
      if (tarFile) await rm(tarFile, { force: true });
    }
  })();
  const digest = fileDigest(archive, { writing: written, ...(opts.signal ? { signal: opts.signal } : {}) });
  digest.catch(() => undefined); // the writer's failure is the one reported
  await written;
  const manifest: CacheManifest = {
    schema: 2,
    key,
    compression,
    ...(await digest),
    createdAt: new Date().toISOString(),
  };
  await writeFile(join(bundleDir, BUNDLE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest in `text`, checked field by field; throws naming what is wrong. */
export function parseManifest(text: string): CacheManifest {
  let value: Partial<CacheManifest>;
  try {
    value = JSON.parse(text) as Partial<CacheManifest>;
  } catch {
    throw new Error("the cache entry's manifest is not JSON");
  }
  const ok =
    typeof value === 'object' &&
    value !== null &&
    value.schema === 2 &&
    typeof value.key === 'string' &&
    (value.compression === 'zstd' || value.compression === 'gzip') &&
    typeof value.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(value.sha256) &&
    Number.isSafeInteger(value.size) &&
    (value.size ?? -1) >= 0 &&
    typeof value.createdAt === 'string';
  if (!ok) throw new Error("the cache entry's manifest is not one this version understands (schema 2)");
  const { schema, key, compression, sha256, size, createdAt } = value as CacheManifest;
  return { schema, key, compression, sha256, size, createdAt };
}

/** The manifest of a bundle, checked. */
export async function readManifest(bundleDir: string): Promise<CacheManifest> {
  return parseManifest(await readFile(join(bundleDir, BUNDLE_MANIFEST), 'utf8'));
}

/**
 * Throws unless the archive really is as large as its manifest says. Checked before extracting, because the
 * unpack cap is relative to that size: a manifest cannot raise the cap of a small archive by lying.
 */
export function checkArchiveSize(actual: number | undefined, manifest: CacheManifest): void {
  if (actual !== manifest.size) {
    throw new Error(`The cache archive is ${actual ?? '?'} bytes where its manifest says ${manifest.size}`);
  }
}
