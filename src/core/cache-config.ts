import type { ToolName } from '../ecosystems/types.js';

/** Where cache entries live; `none` turns caching off. */
export type CacheBackendName = 'github' | 's3' | 'local' | 'none';

/** Everything `restore` and `save` need, parsed and validated once. */
export interface CacheConfig {
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
  /** Fail the step when a tool restores nothing at all. @default false */
  readonly failOnCacheMiss: boolean;
  /** Also cache Go's build cache (GOCACHE): build output, so only when asked. @default false */
  readonly goBuild: boolean;
  /** Tools to cache, or `'auto'` to detect them from lockfiles (the login input). @default 'auto' */
  readonly tools: readonly ToolName[] | 'auto';
  /** Directory whose lockfiles drive detection and keys (the login input). @default '.' */
  readonly workingDirectory: string;
}

/** Defaults of the optional inputs, by kebab-case name. */
export const CACHE_DEFAULTS = {
  cache: true,
  'cache-key-prefix': 'codeartifact-cache',
  's3-prefix': '',
  'cache-timeout-seconds': 300,
  'fail-on-cache-miss': false,
  'cache-go-build': false,
} as const;

/** The inputs `parseCacheInputs` reads (`tools` and `working-directory` are shared with login). */
export const CACHE_INPUT_NAMES = [
  'cache',
  'cache-backend',
  'cache-dependency-path',
  'cache-scope',
  'cache-key-prefix',
  's3-bucket',
  's3-prefix',
  's3-kms-key-id',
  'local-cache-dir',
  'cache-timeout-seconds',
  'fail-on-cache-miss',
  'cache-go-build',
  'tools',
  'working-directory',
] as const;
