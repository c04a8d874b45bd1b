/**
 * What a cache entry may contain. Entries come from a shared store, so every member is untrusted: these
 * rules keep everything it restores inside the one directory this run chose, with no special files, no
 * privileges and a bounded size. Pure functions: the tree writer applies them member by member.
 */

/** An entry broke a rule: it is skipped as a whole and the target is left as it was. */
export class RefusedEntry extends Error {
  override readonly name = 'RefusedEntry';
}

/** How much one restore may write. */
export interface RestoreLimits {
  readonly maxBytes: number;
  readonly maxFiles: number;
}

/** Below these, any entry fits: small caches are never refused for their compression ratio. */
export const MIN_RESTORE_BYTES = 64 * 1024 * 1024;
export const MIN_RESTORE_FILES = 10_000;
/** The ratio's file allowance: one member per this many bytes of archive, per unit of ratio. */
const ARCHIVE_BYTES_PER_FILE = 4096;

/**
 * The cap for an archive of `archiveBytes`: `ratio` times its size in restored bytes, and as many files as
 * `ratio` × archive / 4 KiB (a real cache compresses a few times at most; a zip bomb by thousands).
 */
export function restoreLimits(archiveBytes: number, ratio: number): RestoreLimits {
  return {
    maxBytes: Math.max(MIN_RESTORE_BYTES, ratio * archiveBytes),
    maxFiles: Math.max(MIN_RESTORE_FILES, Math.ceil((ratio * archiveBytes) / ARCHIVE_BYTES_PER_FILE)),
  };
}

/**
 * On Windows a `:` makes `C:x` a drive path and `f:s` an alternate data stream of `f`, and a component
 * named like a device (`NUL`, `COM1.txt`) opens the device: none of them is a file below the target there.
 */
const windowsUnsafe = (path: string): boolean =>
  path.includes(':') || path.split('/').some((p) => /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(p));

/**
 * A member's path relative to the target: '' for the target itself. `./` and empty components are
 * dropped; absolute paths, `..`, control characters and backslashes (a path separator elsewhere) are
 * refused, and on Windows (`os`, `process.platform` names) drive letters, streams and device names.
 */
export function memberPath(raw: string, os: string = process.platform): string {
  if (raw.startsWith('/')) throw new RefusedEntry(`member ${JSON.stringify(raw)} has an absolute path`);
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u001f\\]/.test(raw) || (os === 'win32' && windowsUnsafe(raw));
  if (bad) throw new RefusedEntry(`member ${JSON.stringify(raw)} has a bad name`);
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new RefusedEntry(`member ${JSON.stringify(raw)} climbs out with '..'`);
  return parts.join('/');
}

/**
 * A symbolic link may only point down: relative, without `..`. Such links compose (a link reached
 * through another still points below its own directory), so no chain of them can leave the target.
 */
export function checkSymlink(path: string, target: string, os: string = process.platform): void {
  const bad =
    target === '' ||
    target.startsWith('/') ||
    target.split('/').includes('..') ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\\]/.test(target) ||
    (os === 'win32' && windowsUnsafe(target));
  if (bad) throw new RefusedEntry(`link ${path} -> ${JSON.stringify(target)} points outside its directory`);
}

/** What each tar type becomes; every other type (devices, FIFOs, sparse, volume, global headers) is refused. */
const TYPES: Readonly<Record<string, 'file' | 'dir' | 'symlink' | 'link'>> = {
  '0': 'file',
  '5': 'dir',
  '2': 'symlink',
  '1': 'link',
};
const TYPE_NAMES: Readonly<Record<string, string>> = {
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a FIFO',
  '7': 'a contiguous file',
  g: 'a global pax header',
  S: 'a sparse file',
  V: 'a volume label',
  M: 'a multi-volume continuation',
};

export function memberKind(typeflag: string, path: string): 'file' | 'dir' | 'symlink' | 'link' {
  const kind = TYPES[typeflag];
  if (kind !== undefined) return kind;
  const what = TYPE_NAMES[typeflag] ?? `an unknown type ${JSON.stringify(typeflag)}`;
  throw new RefusedEntry(`member ${path} is ${what}`);
}

/**
 * The permission bits a file is created with: rwx bits only (the umask applies on top). Set-user-ID and
 * set-group-ID files are refused outright; the sticky bit is dropped. Directories always get the default.
 */
export function fileMode(path: string, mode: number): number {
  if ((mode & 0o6000) !== 0) throw new RefusedEntry(`member ${path} is set-user-ID or set-group-ID`);
  return mode & 0o777;
}
