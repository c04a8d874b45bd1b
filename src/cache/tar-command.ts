/**
 * Which tar creates an archive, and the command lines it runs with, per operating system — chosen the way
 * @actions/cache chooses (toolkit packages/cache/src/internal/tar.ts): on Windows GNU tar from Git for
 * Windows first, else the system's BSD tar; on macOS `gtar` when installed, else BSD tar; elsewhere `tar`
 * (GNU). Pure: the OS, the environment and the file probes are passed in, so Linux tests cover Windows.
 */
import { posix, win32 } from 'node:path';
import type { CacheManifest } from './types.js';

/** A tar program and its flavour (their flags differ). */
export interface TarTool {
  readonly path: string;
  readonly type: 'gnu' | 'bsd';
}

/** What choosing a tar may look at. */
export interface TarProbe {
  /** `process.platform` name. */
  readonly os: NodeJS.Platform;
  /** `PROGRAMFILES` and `SYSTEMDRIVE` (Windows only). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists. */
  readonly exists: (path: string) => boolean;
  /** Whether a program is on PATH. */
  readonly onPath: (name: string) => boolean;
  /** `tar --version` output ('' when tar does not run). */
  readonly tarVersion: () => string;
}

/** The tar to create archives with; throws on Windows when neither GNU nor the system's tar is there. */
export function chooseTar(probe: TarProbe): TarTool {
  if (probe.os === 'win32') {
    // Git for Windows' GNU tar is what hosted runners have; the system tar is libarchive's bsdtar.
    const gnu = win32.join(probe.env.PROGRAMFILES ?? 'C:\\Program Files', 'Git', 'usr', 'bin', 'tar.exe');
    if (probe.exists(gnu)) return { path: gnu, type: 'gnu' };
    if (/gnu tar/i.test(probe.tarVersion())) return { path: 'tar', type: 'gnu' };
    const system = win32.join(`${probe.env.SYSTEMDRIVE ?? 'C:'}\\`, 'Windows', 'System32', 'tar.exe');
    if (probe.exists(system)) return { path: system, type: 'bsd' };
    throw new Error(`No tar found: neither ${gnu} (Git for Windows) nor ${system}`);
  }
  if (probe.os === 'darwin')
    return probe.onPath('gtar') ? { path: 'gtar', type: 'gnu' } : { path: 'tar', type: 'bsd' };
  return { path: 'tar', type: 'gnu' };
}

/** What one archive creation needs. */
export interface CreateRequest {
  readonly os: NodeJS.Platform;
  readonly tar: TarTool;
  readonly compression: CacheManifest['compression'];
  /** The directory whose contents are archived. */
  readonly dir: string;
  /** The compressed archive to write. */
  readonly archive: string;
  /** A file listing member names to leave out (`./a/b`, one a line), if any. */
  readonly excludeList?: string;
}

const ZSTD = 'zstd -T0 -3';

/**
 * Windows tar reads `C:\x` as `host:path` (GNU) or mishandles backslashes in some flags: like @actions/cache,
 * give it forward slashes, and `--force-local` to GNU tar so the drive letter is not a remote host.
 */
const tarPath = (os: NodeJS.Platform, path: string): string =>
  os === 'win32' ? path.split(win32.sep).join(posix.sep) : path;

/**
 * The commands that create `archive`, run in order. BSD tar on Windows cannot pipe through zstd, so there
 * (as in @actions/cache) tar writes a plain `.tar` beside the archive and zstd compresses it afterwards;
 * the caller removes `tarFile` when it is returned.
 */
export function createCommands(req: CreateRequest): { commands: string[][]; tarFile?: string } {
  const { os, tar } = req;
  const p = (path: string) => tarPath(os, path);
  const exclude = req.excludeList
    ? tar.type === 'gnu'
      ? ['--anchored', '--no-wildcards', '-X', p(req.excludeList)]
      : ['-X', p(req.excludeList)]
    : [];
  const local = tar.type === 'gnu' && os === 'win32' ? ['--force-local'] : [];
  const splitZstd = tar.type === 'bsd' && os === 'win32' && req.compression === 'zstd';
  const pathApi = os === 'win32' ? win32 : posix;
  const tarFile = splitZstd ? pathApi.join(pathApi.dirname(req.archive), 'archive.tar') : undefined;
  const compress = req.compression === 'gzip' ? ['-z'] : splitZstd ? [] : ['--use-compress-program', ZSTD];
  const out = tarFile ?? req.archive;
  const tarArgv = [tar.path, ...compress, ...exclude, ...local, '-cf', p(out), '-C', p(req.dir), '.'];
  if (!tarFile) return { commands: [tarArgv] };
  const zstdArgv = ['zstd', '-T0', '-3', '--force', '-q', '-o', p(req.archive), p(tarFile)];
  return { commands: [tarArgv, zstdArgv], tarFile };
}

/**
 * The exclude list's lines. BSD tar (libarchive) has no `--anchored --no-wildcards`: its patterns are globs
 * that match anywhere in a name, so each name is escaped (a member literally named `a*b` must not exclude
 * `aXb`) and anchored with libarchive's leading `^` (excluding `./d` must not exclude `./x/d`).
 */
export function excludeLines(names: readonly string[], tar: TarTool): string {
  const line = (name: string) => (tar.type === 'gnu' ? name : `^${name.replace(/[\\*?[^$]/g, '\\$&')}`);
  return names.map((name) => `${line(name)}\n`).join('');
}
