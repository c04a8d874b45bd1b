import type { ToolName } from '../ecosystems/types.js';
import type { AccessConfig } from './config.js';
import { defaultText, inputNames } from './input-table.js';

/** Where cache entries live; `none` turns caching off. */
export type CacheBackendName = 'github' | 's3' | 'local' | 'none';

/** When the post step (or `save`) saves: see `saveAllowed` in run/save-policy.ts. */
export type SavePolicy = 'on-success' | 'always' | 'never';

/** Everything `restore` and `save` need, parsed and validated once. */
export interface CacheConfig extends AccessConfig {
  /** False turns restore and save into no-ops. @default true */
  readonly enabled: boolean;
  /** @default 'github' on GitHub, 's3' when `s3-bucket` is given, else 'local'; 'none' when disabled */
  readonly backend: CacheBackendName;
  /** Globs of the files whose contents key the cache; empty = each tool's lockfiles. @default [] */
  readonly dependencyPaths: readonly string[];
  /** Project scope in keys; absent = the repository / CodeBuild project / working directory. */
  readonly scope?: string;
  /** First element of every key. @default 'codeartifact-cache' */
  readonly keyPrefix: string;
  readonly s3Bucket?: string;
  /** Folder inside the bucket. @default '' */
  readonly s3Prefix: string;
  /** SSE-KMS key for entries; absent = the bucket's default encryption. */
  readonly s3KmsKeyId?: string;
  /** The local backend's directory; absent = `~/.cache/codeartifact-cache`. */
  readonly localCacheDir?: string;
  /** Bound on each tool's restore or save, seconds (1-3600). @default 300 */
  readonly timeoutSeconds: number;
  /**
   * Cap on what one entry may unpack to: bytes ≤ max(64 MiB, ratio × archive), members ≤ max(10,000,
   * ratio × archive / 4 KiB); a larger entry is refused while extracting (1-1000). @default 20
   */
  readonly maxUnpackRatio: number;
  /**
   * Restore only looks the keys up (exact, then restore keys) and reports what it found; nothing is
   * downloaded or extracted, and save then skips only the tools found by their exact key. @default false
   */
  readonly lookupOnly: boolean;
  /** Fail the step when a tool restores nothing at all. @default false */
  readonly failOnCacheMiss: boolean;
  /** Also cache Go's build cache (GOCACHE): build output, so only when asked. @default false */
  readonly goBuild: boolean;
  /** Tools to cache, or `'auto'` to detect them from lockfiles (the login input). @default 'auto' */
  readonly tools: readonly ToolName[] | 'auto';
  /** Directory whose lockfiles drive detection and keys (the login input). @default '.' */
  readonly workingDirectory: string;
  /** Say what restore and save would do and write nothing (the login input). @default false */
  readonly dryRun: boolean;
  /** When save writes an entry. @default 'on-success' */
  readonly saveCache: SavePolicy;
  /** The job's status as the runner saw it when the step started (GitHub only); absent = not known. */
  readonly jobStatus?: string;
}

/** Defaults of the optional inputs, typed, from the one input table. */
export const CACHE_DEFAULTS = {
  cache: defaultText('cache') === 'true',
  'cache-key-prefix': defaultText('cache-key-prefix'),
  's3-prefix': defaultText('s3-prefix'),
  'cache-timeout-seconds': Number(defaultText('cache-timeout-seconds')),
  'cache-max-unpack-ratio': Number(defaultText('cache-max-unpack-ratio')),
  'fail-on-cache-miss': defaultText('fail-on-cache-miss') === 'true',
  'lookup-only': defaultText('lookup-only') === 'true',
  'cache-go-build': defaultText('cache-go-build') === 'true',
  'save-cache': defaultText('save-cache') as SavePolicy,
} as const;

/** The inputs `parseCacheInputs` reads (`tools`, `working-directory` and the access inputs are login's too). */
export const CACHE_INPUT_NAMES = inputNames('cache');
