/**
 * The seam between the cache logic and where entries live. Every backend stores the same thing: a bundle
 * directory holding `archive` (tar + zstd, or tar + gzip) and `manifest.json` (see CacheManifest). The
 * archive format is decided once, in archive.ts, so a bundle saved by one backend restores through any other.
 */

/** Written next to the archive; the checksum is verified before anything is extracted. */
export interface CacheManifest {
  /** Format of this manifest. */
  schema: 1;
  key: string;
  compression: 'zstd' | 'gzip';
  /** sha256 (hex) of the archive file. */
  sha256: string;
  /** Bytes of the archive file. */
  size: number;
  /** Directories the archive restores, as given when it was saved (after ~ expansion). */
  paths: string[];
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
}

export interface RestoreHit {
  /** The key of the entry restored. */
  matchedKey: string;
  /** True only when matchedKey equals the primary key (GitHub's `cache-hit`). */
  exact: boolean;
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
  /** Store `bundleDir` under `key`. Entries are immutable: 'exists' when the key is already taken. */
  save(bundleDir: string, key: string, opts: TransferOptions): Promise<'saved' | 'exists'>;
}
