import type { LoginConfig } from '../../src/core/config.js';
import { parseLoginInputs } from '../../src/core/inputs.js';

const BASE = { domain: 'acme', repository: 'internal' };

const DEFAULTS: LoginConfig = {
  domain: 'acme',
  repository: 'internal',
  tools: 'auto',
  scopes: [],
  goPrivate: [],
  poetrySource: 'codeartifact',
  uvIndex: 'codeartifact',
  durationSeconds: 43200,
  roleSessionName: 'codeartifact-cache',
  roleDurationSeconds: 3600,
  audience: 'sts.amazonaws.com',
  dryRun: false,
  workingDirectory: '.',
  maskAccountId: false,
};

describe('parseLoginInputs normalises good inputs', () => {
  it('fills every default and leaves optional values truly absent', () => {
    const config = parseLoginInputs(BASE);
    expect(config).toEqual(DEFAULTS);
    for (const key of ['domainOwner', 'region', 'roleToAssume', 'goProxy', 'envFile'])
      expect(key in config).toBe(false);
  });

  // [what, inputs merged over BASE, the part of the config expected]
  const GOOD: [string, Record<string, string>, Partial<LoginConfig>][] = [
    [
      'tools by comma, new line and spaces',
      { tools: ' npm, pip\nyarn ,\n' },
      { tools: ['npm', 'pip', 'yarn'] },
    ],
    ['tools in upper case', { tools: 'NPM,Go' }, { tools: ['npm', 'go'] }],
    ['tools blank means auto', { tools: '  ' }, { tools: 'auto' }],
    ['tools auto', { tools: 'auto' }, { tools: 'auto' }],
    [
      'every tool',
      { tools: 'npm,pnpm,yarn,pip,twine,poetry,uv,go' },
      { tools: ['npm', 'pnpm', 'yarn', 'pip', 'twine', 'poetry', 'uv', 'go'] },
    ],
    ['scopes get their @', { scopes: 'acme\n@acme-tools, ~x' }, { scopes: ['@acme', '@acme-tools', '@~x'] }],
    ['duration 0', { 'duration-seconds': '0' }, { durationSeconds: 0 }],
    ['duration 900', { 'duration-seconds': '900' }, { durationSeconds: 900 }],
    ['duration 43200 with spaces', { 'duration-seconds': ' 43200 ' }, { durationSeconds: 43200 }],
    ['owner', { 'domain-owner': '111122223333' }, { domainOwner: '111122223333' }],
    ['region us-east-1', { region: 'us-east-1' }, { region: 'us-east-1' }],
    ['region in GovCloud', { region: 'us-gov-west-1' }, { region: 'us-gov-west-1' }],
    ['region in the sovereign cloud', { region: 'eusc-de-east-1' }, { region: 'eusc-de-east-1' }],
    ['repository at the limits', { repository: `R${'.'.repeat(99)}` }, { repository: `R${'.'.repeat(99)}` }],
    ['domain at 50 characters', { domain: `a${'-'.repeat(48)}z` }, { domain: `a${'-'.repeat(48)}z` }],
    [
      'role with a path in another partition',
      { 'role-to-assume': 'arn:aws-us-gov:iam::111122223333:role/service-role/ci+deploy@x' },
      { roleToAssume: 'arn:aws-us-gov:iam::111122223333:role/service-role/ci+deploy@x' },
    ],
    ['session name', { 'role-session-name': 'gh_run=42,a.b@c-d' }, { roleSessionName: 'gh_run=42,a.b@c-d' }],
    ['role duration', { 'role-duration-seconds': '7200' }, { roleDurationSeconds: 7200 }],
    [
      'booleans in YAML spellings',
      { 'dry-run': 'True', 'mask-account-id': 'TRUE' },
      { dryRun: true, maskAccountId: true },
    ],
    ['false spelled FALSE', { 'dry-run': 'FALSE' }, { dryRun: false }],
    [
      'go proxy lines become commas',
      { 'go-proxy': 'https://goproxy.acme.example\ndirect' },
      { goProxy: 'https://goproxy.acme.example,direct' },
    ],
    [
      'go proxy with | and off',
      { 'go-proxy': 'http://127.0.0.1:8080/go|off' },
      { goProxy: 'http://127.0.0.1:8080/go|off' },
    ],
    [
      'go private patterns',
      { 'go-private': 'git.acme.example/*\n*.corp.example' },
      { goPrivate: ['git.acme.example/*', '*.corp.example'] },
    ],
    [
      'poetry source and uv index',
      { 'poetry-source': 'acme.internal', 'uv-index': 'acme_ca' },
      { poetrySource: 'acme.internal', uvIndex: 'acme_ca' },
    ],
    [
      'env file and working directory',
      { 'export-file': '/tmp/ca env', 'working-directory': 'apps/web' },
      { envFile: '/tmp/ca env', workingDirectory: 'apps/web' },
    ],
    ['scopes with an npm tool', { tools: 'yarn', scopes: '@acme' }, { tools: ['yarn'], scopes: ['@acme'] }],
    [
      'go inputs with auto tools',
      { 'go-private': 'git.acme.example' },
      { tools: 'auto', goPrivate: ['git.acme.example'] },
    ],
  ];

  it.each(GOOD)('%s', (_what, overrides, expected) => {
    expect(parseLoginInputs({ ...BASE, ...overrides })).toEqual({ ...DEFAULTS, ...expected });
  });

  it.each([
    ['camelCase', { domainOwner: '111122223333', durationSeconds: '900' }],
    ['snake_case', { domain_owner: '111122223333', DURATION_SECONDS: '900' }],
    ['INPUT_ form', { 'INPUT_DOMAIN-OWNER': '111122223333', 'INPUT_DURATION-SECONDS': '900' }],
    [
      'one input twice with the same value',
      { domainOwner: '111122223333', 'domain-owner': '111122223333', 'duration-seconds': '900' },
    ],
  ])('reads keys in %s', (_what, raw) => {
    expect(parseLoginInputs({ ...BASE, ...raw })).toMatchObject({
      domainOwner: '111122223333',
      durationSeconds: 900,
    });
  });

  it('ignores inputs that belong to other parsers', () => {
    expect(parseLoginInputs({ ...BASE, cache: 'maybe', 's3-bucket': 'x y' })).toEqual(DEFAULTS);
  });
});
