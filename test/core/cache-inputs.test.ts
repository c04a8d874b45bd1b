import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import { InputError } from '../../src/core/errors.js';
import type { RawInputs } from '../../src/core/reader.js';

const problems = (
  raw: RawInputs,
  platform: 'github' | 'codebuild' | 'local' = 'local',
): readonly string[] => {
  try {
    parseCacheInputs(raw, platform);
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  return [];
};

describe('parseCacheInputs: defaults', () => {
  it.each([
    ['github', {}, 'github'],
    ['codebuild', {}, 'local'],
    ['local', {}, 'local'],
    ['codebuild', { 's3-bucket': 'acme-cache' }, 's3'],
    ['github', { 's3-bucket': 'acme-cache' }, 's3'],
    ['github', { cache: 'false' }, 'none'],
    ['local', { 'cache-backend': 'none' }, 'none'],
  ] as const)('on %s with %j the backend is %s', (platform, raw, backend) => {
    expect(parseCacheInputs(raw, platform).backend).toBe(backend);
  });

  it('fills every default', () => {
    expect(parseCacheInputs({}, 'local')).toEqual({
      enabled: true,
      backend: 'local',
      dependencyPaths: [],
      keyPrefix: 'codeartifact-cache',
      s3Prefix: '',
      timeoutSeconds: 300,
      maxUnpackRatio: 20,
      failOnCacheMiss: false,
      lookupOnly: false,
      goBuild: false,
      tools: 'auto',
      workingDirectory: '.',
      dryRun: false,
      saveCache: 'on-success',
      roleSessionName: 'codeartifact-cache',
      roleDurationSeconds: 3600,
      audience: 'sts.amazonaws.com',
    });
  });

  it('reads every input, in any spelling', () => {
    const config = parseCacheInputs(
      {
        INPUT_CACHE: 'True',
        cacheBackend: 's3',
        'cache-dependency-path': 'apps/*/package-lock.json\nlibs/**/go.sum, requirements*.txt',
        cache_scope: 'acme/web-app',
        'cache-key-prefix': 'v2',
        's3-bucket': 'acme.build-cache',
        's3-prefix': 'ci/cache/',
        's3-kms-key-id': 'alias/ci-cache',
        'cache-timeout-seconds': '3600',
        'cache-max-unpack-ratio': '50',
        'fail-on-cache-miss': 'true',
        'lookup-only': 'true',
        'cache-go-build': 'TRUE',
        tools: 'npm, go',
      },
      'codebuild',
    );
    expect(config).toMatchObject({
      backend: 's3',
      dependencyPaths: ['apps/*/package-lock.json', 'libs/**/go.sum', 'requirements*.txt'],
      scope: 'acme/web-app',
      keyPrefix: 'v2',
      s3Bucket: 'acme.build-cache',
      s3Prefix: 'ci/cache/',
      s3KmsKeyId: 'alias/ci-cache',
      timeoutSeconds: 3600,
      maxUnpackRatio: 50,
      failOnCacheMiss: true,
      lookupOnly: true,
      goBuild: true,
      tools: ['npm', 'go'],
    });
    expect(parseCacheInputs({ 'local-cache-dir': '/cache/deps' }, 'local').localCacheDir).toBe('/cache/deps');
  });
});

describe('parseCacheInputs: one line per problem', () => {
  it.each([
    [{ cache: 'yes' }, "Input 'cache' must be true or false (got 'yes')"],
    [
      { 'cache-backend': 'redis' },
      "Input 'cache-backend' must be one of github, s3, local or none (got 'redis')",
    ],
    [{ 'cache-backend': 's3' }, "Input 's3-bucket' is required with cache-backend s3"],
    [{ 's3-bucket': 'Acme_Cache' }, "Input 's3-bucket' must be an S3 bucket name"],
    [{ 's3-bucket': 'ab' }, "Input 's3-bucket' must be an S3 bucket name"],
    [{ 's3-bucket': 'acme..cache' }, "Input 's3-bucket' must be an S3 bucket name"],
    [{ 's3-bucket': '192.168.5.4' }, "Input 's3-bucket' must be an S3 bucket name"],
    [{ 's3-bucket': 'xn--cache' }, "Input 's3-bucket' must be an S3 bucket name"],
    [{ 's3-bucket': 'cache-s3alias' }, "Input 's3-bucket' must be an S3 bucket name"],
    [
      { 's3-bucket': 'acme-cache', 'cache-backend': 'local' },
      "Input 's3-bucket' is only used with cache-backend s3",
    ],
    [{ 's3-prefix': 'x' }, "Input 's3-prefix' is only used with cache-backend s3, not local"],
    [{ 's3-bucket': 'acme', 's3-prefix': '/abs' }, "Input 's3-prefix' must be an S3 key prefix"],
    [{ 's3-bucket': 'acme', 's3-kms-key-id': 'my key' }, "Input 's3-kms-key-id' must be a KMS key id"],
    [{ 'cache-backend': 'github', 'local-cache-dir': '/x' }, "Input 'local-cache-dir' is only used with"],
    [{ 'cache-timeout-seconds': '0' }, "Input 'cache-timeout-seconds' must be a whole number of seconds"],
    [{ 'cache-timeout-seconds': '3601' }, "Input 'cache-timeout-seconds' must be a whole number of seconds"],
    [{ 'cache-timeout-seconds': '1.5' }, "Input 'cache-timeout-seconds' must be a whole number of seconds"],
    [
      { 'cache-max-unpack-ratio': '0' },
      "Input 'cache-max-unpack-ratio' must be a whole number between 1 and 1000",
    ],
    [
      { 'cache-max-unpack-ratio': 'x' },
      "Input 'cache-max-unpack-ratio' must be a whole number between 1 and 1000",
    ],
    [{ 'fail-on-cache-miss': 'on' }, "Input 'fail-on-cache-miss' must be true or false (got 'on')"],
    [{ 'lookup-only': 'maybe' }, "Input 'lookup-only' must be true or false (got 'maybe')"],
    [{ 'cache-go-build': '1' }, "Input 'cache-go-build' must be true or false (got '1')"],
    [{ 'cache-key-prefix': 'my prefix' }, "Input 'cache-key-prefix' must be 1-64 letters"],
    [{ 'cache-key-prefix': 'a,b' }, "Input 'cache-key-prefix' must be 1-64 letters"],
    [{ 'cache-scope': 'x'.repeat(257) }, "Input 'cache-scope' must be 1-256 printable characters"],
    [
      { 'cache-dependency-path': 'a.lock\na.lock' },
      "Input 'cache-dependency-path' lists 'a.lock' more than once",
    ],
    [{ tools: 'npm,rpm' }, "Input 'tools' must list only"],
  ])('%j', (raw, problem) => {
    const found = problems(raw as RawInputs);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(problem);
  });

  it('accepts key ARNs, key ids and multi-region keys', () => {
    for (const key of [
      'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'arn:aws:kms:us-east-1:111122223333:alias/ci',
      '1234abcd-12ab-34cd-56ef-1234567890ab',
      'mrk-1234abcd12ab34cd56ef1234567890ab',
    ]) {
      expect(problems({ 's3-bucket': 'acme-cache', 's3-kms-key-id': key })).toEqual([]);
    }
  });

  it('reports every problem together', () => {
    expect(problems({ cache: 'maybe', 'cache-backend': 'ftp', 'cache-timeout-seconds': '-1' })).toHaveLength(
      3,
    );
  });

  it('ignores backend-only inputs when caching is off', () => {
    expect(problems({ cache: 'false', 's3-prefix': 'x' })).toEqual([]);
  });
});
