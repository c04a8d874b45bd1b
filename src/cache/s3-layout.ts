/**
 * Where an entry lives in the bucket: `<prefix>/<encoded key>/manifest.json` next to
 * `<prefix>/<encoded key>/archive-<random id>`. The manifest is written last and names its archive, so two
 * concurrent saves of one key upload two archives but only one manifest wins, and it never points at the
 * loser's archive.
 */
import { randomUUID } from 'node:crypto';

/** S3 user metadata on the manifest object naming the archive object it belongs to. */
export const META_ARCHIVE = 'archive';
/** S3 user metadata carrying the archive's sha256 (hex), on both objects. */
export const META_SHA256 = 'sha256';

/** S3 user metadata on the manifest object: the manifest's createdAt, to order entries listed together. */
export const META_CREATED = 'created-at';

const MANIFEST_LEAF = 'manifest.json';

/**
 * Cache keys may hold any character except commas. encodeURIComponent works character by character, so
 * encode(a + b) starts with encode(a): a restore-key prefix stays a prefix of the object keys.
 */
export function encodeKey(key: string): string {
  return encodeURIComponent(key);
}

export class S3Layout {
  private readonly root: string;

  constructor(prefix = '') {
    const trimmed = prefix.replace(/^\/+|\/+$/g, '');
    this.root = trimmed === '' ? '' : `${trimmed}/`;
  }

  manifest(key: string): string {
    return `${this.root}${encodeKey(key)}/${MANIFEST_LEAF}`;
  }

  /** A fresh archive object name for one save of `key`. */
  newArchive(key: string): string {
    return `${this.root}${encodeKey(key)}/archive-${randomUUID()}`;
  }

  /** Prefix to list for entries whose key starts with `keyPrefix`. */
  listPrefix(keyPrefix: string): string {
    return `${this.root}${encodeKey(keyPrefix)}`;
  }

  /** The cache key of a listed object, if it is a manifest. */
  keyOfManifest(objectKey: string): string | undefined {
    if (!objectKey.startsWith(this.root) || !objectKey.endsWith(`/${MANIFEST_LEAF}`)) return undefined;
    const encoded = objectKey.slice(this.root.length, -(MANIFEST_LEAF.length + 1));
    if (encoded.includes('/')) return undefined;
    try {
      return decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
  }
}
