/** Where the code runs (Platform's names), which decides the default backend. */
type PlatformName = 'github' | 'codebuild' | 'local';
import { CACHE_DEFAULTS, type CacheBackendName, type CacheConfig, type SavePolicy } from './cache-config.js';
import { CACHE_RULES } from './cache-rules.js';
import { InputError } from './errors.js';
import { readAccess, readTools } from './inputs.js';
import { InputReader, type RawInputs } from './reader.js';
import { RULES } from './rules.js';

const TIMEOUT = {
  allowed: 'a whole number of seconds between 1 and 3600',
  valid: (n: number) => n >= 1 && n <= 3600,
};

const RATIO = {
  allowed: 'a whole number between 1 and 1000',
  valid: (n: number) => n >= 1 && n <= 1000,
};

/** `{ [key]: value }`, or nothing when the value is absent (optional properties stay truly absent). */
function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The backend asked for, or the platform's default: GitHub's cache on GitHub, S3 given a bucket, else local. */
function readBackend(r: InputReader, enabled: boolean, platform: PlatformName): CacheBackendName {
  const given = r.optional('cache-backend', CACHE_RULES.backend) as CacheBackendName | undefined;
  if (!enabled) return 'none';
  if (given !== undefined) return given;
  if (r.text('s3-bucket') !== undefined) return 's3';
  return platform === 'github' ? 'github' : 'local';
}

/** Inputs that only mean something with one backend. */
function checkBackendInputs(r: InputReader, backend: CacheBackendName, enabled: boolean): void {
  const needs = (name: string, wanted: CacheBackendName): void => {
    if (enabled && r.text(name) !== undefined && backend !== wanted) {
      r.problems.push(`Input '${name}' is only used with cache-backend ${wanted}, not ${backend}`);
    }
  };
  ['s3-bucket', 's3-prefix', 's3-kms-key-id'].forEach((name) => needs(name, 's3'));
  needs('local-cache-dir', 'local');
  if (backend === 's3' && r.text('s3-bucket') === undefined) {
    r.problems.push("Input 's3-bucket' is required with cache-backend s3: the bucket entries go to");
  }
}

function readS3(r: InputReader) {
  return {
    ...opt('s3Bucket', r.optional('s3-bucket', CACHE_RULES.bucket)),
    s3Prefix: r.optional('s3-prefix', CACHE_RULES.s3Prefix) ?? CACHE_DEFAULTS['s3-prefix'],
    ...opt('s3KmsKeyId', r.optional('s3-kms-key-id', CACHE_RULES.kmsKeyId)),
  };
}

function readKeying(r: InputReader) {
  return {
    dependencyPaths: r.list('cache-dependency-path', CACHE_RULES.glob),
    ...opt('scope', r.optional('cache-scope', CACHE_RULES.scope)),
    keyPrefix: r.optional('cache-key-prefix', CACHE_RULES.keyPrefix) ?? CACHE_DEFAULTS['cache-key-prefix'],
    goBuild: r.boolean('cache-go-build', CACHE_DEFAULTS['cache-go-build']),
    tools: readTools(r),
    workingDirectory: r.optional('working-directory', RULES.path) ?? '.',
  };
}

/**
 * The runner's `job.status` (success, failure, cancelled); anything else — blank, or the expression
 * itself where nothing evaluated it — means "not known".
 */
function readJobStatus(r: InputReader): string | undefined {
  const value = r.text('job-status')?.toLowerCase();
  return value !== undefined && /^(success|failure|cancelled)$/.test(value) ? value : undefined;
}

/**
 * Parses the cache inputs (keys in any spelling `parseLoginInputs` accepts; blank = absent) into a
 * `CacheConfig`. `platform` decides the default backend. All problems are thrown together as one InputError.
 */
export function parseCacheInputs(raw: RawInputs, platform: PlatformName): CacheConfig {
  const r = new InputReader(raw);
  const enabled = r.boolean('cache', CACHE_DEFAULTS.cache);
  const backend = readBackend(r, enabled, platform);
  checkBackendInputs(r, backend, enabled);
  const d = CACHE_DEFAULTS;
  const config: CacheConfig = {
    enabled,
    backend,
    ...readKeying(r),
    ...readS3(r),
    ...opt('localCacheDir', r.optional('local-cache-dir', CACHE_RULES.path)),
    timeoutSeconds: r.integer(
      'cache-timeout-seconds',
      d['cache-timeout-seconds'],
      TIMEOUT.allowed,
      TIMEOUT.valid,
    ),
    maxUnpackRatio: r.integer(
      'cache-max-unpack-ratio',
      d['cache-max-unpack-ratio'],
      RATIO.allowed,
      RATIO.valid,
    ),
    failOnCacheMiss: r.boolean('fail-on-cache-miss', d['fail-on-cache-miss']),
    lookupOnly: r.boolean('lookup-only', d['lookup-only']),
    ...readAccess(r),
    dryRun: r.boolean('dry-run', false),
    saveCache: (r.optional('save-cache', CACHE_RULES.saveCache) ?? d['save-cache']) as SavePolicy,
    ...opt('jobStatus', readJobStatus(r)),
  };
  if (r.problems.length > 0) throw new InputError(r.problems);
  return config;
}
