import { proxyFor, readAwsEnvironment, readProxy } from '../../src/core/aws-env.js';
import { readGitHubCacheService, readRunEnvironment } from '../../src/core/run-env.js';

describe('readAwsEnvironment', () => {
  it.each([
    [
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-2' },
      { value: 'eu-west-1', from: 'AWS_REGION' },
    ],
    [{ AWS_DEFAULT_REGION: 'us-east-2' }, { value: 'us-east-2', from: 'AWS_DEFAULT_REGION' }],
    [
      { AWS_REGION: '  ', AWS_DEFAULT_REGION: 'us-east-2' },
      { value: 'us-east-2', from: 'AWS_DEFAULT_REGION' },
    ],
    [{}, undefined],
  ])('%j → %j', (env, region) => {
    expect(readAwsEnvironment(env).region).toEqual(region);
  });

  it('reads the S3 endpoint override', () => {
    expect(readAwsEnvironment({ AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9' }).s3Endpoint).toBe(
      'http://127.0.0.1:9',
    );
  });
});

describe('proxies', () => {
  const proxy = readProxy({
    HTTPS_PROXY: 'http://upper:3128',
    https_proxy: 'http://lower:3128',
    HTTP_PROXY: 'http://plain:3128',
    NO_PROXY: 'localhost, .corp.example,internal.example:8443 127.0.0.1',
  });

  it('lower case wins, as in curl', () => {
    expect(proxy.httpsProxy).toBe('http://lower:3128');
  });

  it.each([
    ['https://codeartifact.us-east-1.amazonaws.com/v1/domain', 'http://lower:3128'],
    ['http://codeartifact.us-east-1.amazonaws.com/', 'http://plain:3128'],
    ['https://localhost/x', undefined],
    ['https://build.corp.example/x', undefined],
    ['https://corp.example/x', undefined],
    ['https://notcorp.example/x', 'http://lower:3128'],
    ['https://internal.example:8443/x', undefined],
    ['https://internal.example/x', 'http://lower:3128'],
    ['http://127.0.0.1:9000/bucket', undefined],
  ])('%s → %s', (url, expected) => {
    expect(proxyFor(url, proxy)).toBe(expected);
  });

  it('NO_PROXY=* turns every proxy off; no proxy set means direct', () => {
    expect(
      proxyFor('https://s3.amazonaws.com/', readProxy({ HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' })),
    ).toBe(undefined);
    expect(proxyFor('https://s3.amazonaws.com/', readProxy({}))).toBe(undefined);
  });
});

describe("GitHub's cache service, as @actions/cache picks it", () => {
  const token = { ACTIONS_RUNTIME_TOKEN: 't' };
  it.each([
    [
      'github.com v2',
      { ...token, ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://r/' },
      'v2',
    ],
    [
      'GHES: v1 at ACTIONS_CACHE_URL',
      { ...token, GITHUB_SERVER_URL: 'https://ghes.acme.example', ACTIONS_CACHE_URL: 'https://c/' },
      'v1',
    ],
    [
      'GHES ignores the v2 switch, as @actions/cache does',
      {
        ...token,
        GITHUB_SERVER_URL: 'https://ghes.acme.example',
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_CACHE_URL: 'https://c/',
      },
      'v1',
    ],
  ])('%s', (_what, env, version) => {
    expect(readGitHubCacheService(env)).toEqual({ available: true, version });
  });

  it.each([
    ['no runtime token', { ACTIONS_RESULTS_URL: 'https://r/' }, /ACTIONS_RUNTIME_TOKEN/],
    ['v2 without its URL', { ...token, ACTIONS_CACHE_SERVICE_V2: 'true' }, /ACTIONS_RESULTS_URL is not set/],
    [
      'GHES without caching',
      { ...token, GITHUB_SERVER_URL: 'https://ghes.acme.example' },
      /ACTIONS_CACHE_URL.*GHES/,
    ],
  ])('refuses with a reason: %s', (_what, env, reason) => {
    const service = readGitHubCacheService(env);
    expect(service.available).toBe(false);
    expect(service.available ? '' : service.reason).toMatch(reason);
  });

  it('reads RUNNER_TEMP and CODEBUILD_BUILD_SUCCEEDING with the rest', () => {
    const env = readRunEnvironment({ RUNNER_TEMP: '/r', CODEBUILD_BUILD_SUCCEEDING: '0' });
    expect(env).toMatchObject({ runnerTemp: '/r', buildSucceeding: false });
  });
});
