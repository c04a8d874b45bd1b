/**
 * The seam between the cache logic and where entries live. Every backend stores the same thing: a bundle
 * directory holding `archive` (tar + zstd, or tar + gzip) and `manifest.json` (see CacheManifest). The
 * archive format is decided once, in archive.ts, so a bundle saved by one backend restores through any other.
 */
import type { Readable } from 'node:stream';

/**
 * Written next to the archive. Like the archive it is untrusted (anyone who can write to the store can
 * write both): it says how to read the archive and how to check it arrived whole, never where anything
 * goes — the directory an entry restores into is always the one this run computed from its own config.
 */
export interface CacheManifest {
  /** Format of this manifest: 2 = one directory per archive, members relative to it. */
  schema: 2;
  key: string;
  compression: 'zstd' | 'gzip';
  /** sha256 (hex) of the archive file: checked while extracting, before anything is moved into place. */
  sha256: string;
  /** Bytes of the archive file. */
  size: number;
  /** ISO 8601. */
  createdAt: string;
}

/** File names inside a bundle directory. */
export const BUNDLE_ARCHIVE = 'archive';
export const BUNDLE_MANIFEST = 'manifest.json';

export interface TransferProgress {
  bytes: number;
  total?: number;
}

export interface TransferOptions {
  /** Aborted when the configured cache timeout passes: a hanging store must not hang the build. */
  signal: AbortSignal;
  /** Called now and then on long transfers. */
  progress?: (p: TransferProgress) => void;
  /** Problems that do not stop the transfer (an unreadable entry skipped while searching). */
  warn?: (message: string) => void;
}

export interface RestoreHit {
  /** The key of the entry restored. */
  matchedKey: string;
  /** True only when matchedKey equals the primary key (GitHub's `cache-hit`). */
  exact: boolean;
}

/** An archive as a store hands it over: its bytes as they are downloaded, or a file here, read in place. */
export type ArchiveSource = Readable | { readonly file: string };

/** An entry found and opened for reading. */
export interface OpenedEntry extends RestoreHit {
  /** Parsed and checked (parseManifest); the archive is verified against it while it is extracted. */
  readonly manifest: CacheManifest;
  readonly archive: ArchiveSource;
}

/** One place cache entries live. Errors are thrown; callers turn them into warnings. */
export interface CacheStore {
  readonly kind: 'github' | 's3' | 'local';
  /**
   * Fill `bundleDir` with the entry for `key`; failing that, the newest entry whose key starts with each
   * restore key in turn (GitHub's matching rules). Undefined on a miss.
   */
  restore(
    bundleDir: string,
    key: string,
    restoreKeys: readonly string[],
    opts: TransferOptions,
  ): Promise<RestoreHit | undefined>;
  /**
   * Which entry restore would choose, by the same rules, without reading its archive or writing anything
   * (lookup-only): only the store's index is asked (a listing, manifests). Undefined on a miss.
   */
  lookup(key: string, restoreKeys: readonly string[], opts: TransferOptions): Promise<RestoreHit | undefined>;
  /**
   * Like restore, but hands the archive over as a stream, so downloading, verifying and extracting overlap.
   * Backends that can only fill a directory leave it out.
   */
  open?(key: string, restoreKeys: readonly string[], opts: TransferOptions): Promise<OpenedEntry | undefined>;
  /** Store `bundleDir` under `key`. Entries are immutable: 'exists' when the key is already taken. */
  save(bundleDir: string, key: string, opts: TransferOptions): Promise<'saved' | 'exists'>;
}
