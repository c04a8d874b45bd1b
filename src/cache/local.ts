/**
 * The local backend: a directory of entries, `<dir>/<sha256 of key>/{archive,manifest.json}` (hashed so
 * any key is a valid, short directory name; the key itself is in the manifest). A save is copied into a
 * temp directory and renamed into place, so readers only ever see complete entries, and the rename fails
 * when the key is taken: entries are immutable.
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkArchiveSize, parseManifest } from './archive.js';
import {
  BUNDLE_ARCHIVE,
  BUNDLE_MANIFEST,
  type CacheStore,
  type OpenedEntry,
  type RestoreHit,
  type TransferOptions,
} from './types.js';

const entryName = (key: string): string => createHash('sha256').update(key).digest('hex');
const TEMP_PREFIX = '.saving-';

interface Entry {
  readonly key: string;
  readonly createdAt: string;
  readonly dir: string;
}

export class LocalStore implements CacheStore {
  readonly kind = 'local';

  constructor(readonly dir: string) {}

  /**
   * A hard link where both sides share a file system (entries are never written again, so sharing the
   * inode is safe), else a kernel-side copy; progress once, after.
   */
  private async copy(from: string, to: string, opts: TransferOptions): Promise<void> {
    opts.signal.throwIfAborted();
    await link(from, to).catch(() => copyFile(from, to));
    const { size } = await stat(to);
    opts.progress?.({ bytes: size, total: size });
    opts.signal.throwIfAborted();
  }

  /**
   * Every complete entry. Temp directories are skipped silently; an entry whose manifest cannot be read is
   * skipped with a warning (the directory is shared: one bad entry must not break every restore).
   */
  private async entries(warn: (message: string) => void): Promise<Entry[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const entries: Entry[] = [];
    for (const name of names.filter((n) => !n.startsWith('.'))) {
      const dir = join(this.dir, name);
      try {
        const manifest = parseManifest(await readFile(join(dir, BUNDLE_MANIFEST), 'utf8'));
        entries.push({ key: manifest.key, createdAt: manifest.createdAt, dir });
      } catch (error) {
        warn(
          `skipped the local cache entry ${dir}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return entries;
  }

  /** The entry for `key`; else the newest whose key starts with each restore key in turn. */
  private async find(
    key: string,
    restoreKeys: readonly string[],
    warn: (message: string) => void,
  ): Promise<Entry | undefined> {
    const entries = await this.entries(warn);
    const exact = entries.find((e) => e.key === key);
    if (exact) return exact;
    for (const prefix of [key, ...restoreKeys]) {
      const matches = entries.filter((e) => e.key.startsWith(prefix));
      matches.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
      if (matches[0]) return matches[0];
    }
    return undefined;
  }

  /** Reads the manifests only. */
  async lookup(
    key: string,
    restoreKeys: readonly string[],
    opts: TransferOptions,
  ): Promise<RestoreHit | undefined> {
    opts.signal.throwIfAborted();
    const entry = await this.find(key, restoreKeys, opts.warn ?? (() => undefined));
    return entry === undefined ? undefined : { matchedKey: entry.key, exact: entry.key === key };
  }

  async restore(
    bundleDir: string,
    key: string,
    restoreKeys: readonly string[],
    opts: TransferOptions,
  ): Promise<RestoreHit | undefined> {
    const entry = await this.find(key, restoreKeys, opts.warn ?? (() => undefined));
    if (entry === undefined) return undefined;
    await mkdir(bundleDir, { recursive: true });
    await this.copy(join(entry.dir, BUNDLE_MANIFEST), join(bundleDir, BUNDLE_MANIFEST), opts);
    await this.copy(join(entry.dir, BUNDLE_ARCHIVE), join(bundleDir, BUNDLE_ARCHIVE), opts);
    return { matchedKey: entry.key, exact: entry.key === key };
  }

  /** The archive is read where it lies: no copy, extraction starts at once. */
  async open(
    key: string,
    restoreKeys: readonly string[],
    opts: TransferOptions,
  ): Promise<OpenedEntry | undefined> {
    const entry = await this.find(key, restoreKeys, opts.warn ?? (() => undefined));
    if (entry === undefined) return undefined;
    const manifest = parseManifest(await readFile(join(entry.dir, BUNDLE_MANIFEST), 'utf8'));
    const archive = join(entry.dir, BUNDLE_ARCHIVE);
    checkArchiveSize((await stat(archive)).size, manifest);
    return { matchedKey: entry.key, exact: entry.key === key, manifest, archive: { file: archive } };
  }

  async save(bundleDir: string, key: string, opts: TransferOptions): Promise<'saved' | 'exists'> {
    const target = join(this.dir, entryName(key));
    if (
      await readFile(join(target, BUNDLE_MANIFEST)).then(
        () => true,
        () => false,
      )
    )
      return 'exists';
    const temp = join(this.dir, `${TEMP_PREFIX}${randomBytes(6).toString('hex')}`);
    await mkdir(temp, { recursive: true });
    try {
      await this.copy(join(bundleDir, BUNDLE_ARCHIVE), join(temp, BUNDLE_ARCHIVE), opts);
      await this.copy(join(bundleDir, BUNDLE_MANIFEST), join(temp, BUNDLE_MANIFEST), opts);
      await rename(temp, target);
      return 'saved';
    } catch (error) {
      // rename(2) onto a non-empty directory fails: another save of this key won, and its entry stays.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') return 'exists';
      throw error;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }
}
