import { formatsFor, planLogin } from '../../src/core/plan.js';
import { planSummary } from '../../src/core/summary.js';
import { ECOSYSTEMS, TOOL_NAMES, type RenderContext } from '../../src/ecosystems/index.js';

const HOST = 'acme-111122223333.d.codeartifact.us-east-1.amazonaws.com';
const TOKEN = 'eyJ2ZXIiOjEsImlzdSI6MTcwMDAwMDAwMH0.fake-token_value';
const BASE: RenderContext = {
  endpoints: { npm: `https://${HOST}/npm/internal/`, pypi: `https://${HOST}/pypi/internal/` },
  token: TOKEN,
  scopes: ['@acme'],
  poetrySource: 'codeartifact',
  uvIndex: 'codeartifact',
  goPrivate: ['git.acme.example'],
  existingNpmUserConfig: '//other.example/:_authToken=users-own-secret\n',
};
const CTX: RenderContext = { ...BASE, goProxy: 'http://127.0.0.1:3000/go' };

describe('formatsFor', () => {
  it.each([
    [['npm', 'yarn'], ['npm']],
    [['go'], []],
    [
      ['twine', 'pnpm'],
      ['npm', 'pypi'],
    ],
    [[...TOOL_NAMES], ['npm', 'pypi']],
  ] as const)('%j → %j', (tools, formats) => {
    expect(formatsFor(tools)).toEqual(formats);
  });
});

describe('planLogin', () => {
  it('renders one npm user config for npm and pnpm together', () => {
    const plan = planLogin(['npm', 'pnpm'], CTX);
    expect(plan.files.map((f) => f.role)).toEqual(['npm-userconfig']);
    expect(plan.registries).toEqual({ npm: CTX.endpoints.npm, pnpm: CTX.endpoints.npm });
  });

  it('merges env of every tool and keeps token-holding files at 0600', () => {
    const plan = planLogin([...TOOL_NAMES], CTX);
    expect(plan.files.map((f) => [f.role, f.mode, f.selectedBy])).toEqual([
      ['npm-userconfig', 0o600, 'NPM_CONFIG_USERCONFIG'],
      ['pip-config', 0o600, 'PIP_CONFIG_FILE'],
    ]);
    expect(Object.keys(plan.env).sort()).toEqual(
      [
        'YARN_NPM_REGISTRY_SERVER',
        'YARN_NPM_AUTH_TOKEN',
        'YARN_NPM_ALWAYS_AUTH',
        'TWINE_REPOSITORY_URL',
        'TWINE_USERNAME',
        'TWINE_PASSWORD',
        'POETRY_HTTP_BASIC_CODEARTIFACT_USERNAME',
        'POETRY_HTTP_BASIC_CODEARTIFACT_PASSWORD',
        'UV_DEFAULT_INDEX',
        'UV_INDEX_CODEARTIFACT_USERNAME',
        'UV_INDEX_CODEARTIFACT_PASSWORD',
        'GOPROXY',
        'GONOSUMDB',
        'GOFLAGS',
      ].sort(),
    );
  });

  it('refuses two tools that disagree about a file or a variable', () => {
    const clash = {
      ...ECOSYSTEMS.pnpm,
      render: () => ({ files: [], env: { YARN_NPM_ALWAYS_AUTH: 'false' }, warnings: [] }),
    };
    expect(() => planLogin(['yarn', 'pnpm'], CTX, { ...ECOSYSTEMS, pnpm: clash })).toThrow(
      'Cannot configure pnpm: it sets YARN_NPM_ALWAYS_AUTH differently from another tool',
    );
    const other = { ...ECOSYSTEMS.pnpm, render: () => ECOSYSTEMS.npm.render({ ...CTX, scopes: [] }) };
    expect(() => planLogin(['npm', 'pnpm'], CTX, { ...ECOSYSTEMS, pnpm: other })).toThrow(
      'different npm-userconfig',
    );
  });

  it('names the missing endpoint', () => {
    expect(() => planLogin(['pip'], { ...CTX, endpoints: {} })).toThrow(
      "Cannot configure pip: the repository's pypi endpoint is missing",
    );
  });
});

describe('planSummary', () => {
  const plan = planLogin([...TOOL_NAMES], {
    ...CTX,
    existingEnv: { PIP_EXTRA_INDEX_URL: 'https://u:pw-secret@mirror.example/simple' },
  });
  const summary = planSummary(plan, [TOKEN], { 'npm-userconfig': '/tmp/runner/npmrc' });

  it('never shows the token, nor credentials carried over from existing config', () => {
    expect(summary).not.toContain(TOKEN);
    expect(summary).not.toContain(TOKEN.slice(0, 20));
    expect(summary).not.toContain('users-own-secret');
    expect(summary).not.toContain('pw-secret');
  });

  it('says what goes where', () => {
    const lines = summary.split('\n');
    expect(lines).toContain('Would write /tmp/runner/npmrc (mode 0600), exported as NPM_CONFIG_USERCONFIG:');
    expect(lines).toContain('Would write a new pip-config file (mode 0600), exported as PIP_CONFIG_FILE:');
    expect(lines).toContain(`    registry=https://${HOST}/npm/internal/`);
    expect(lines).toContain(`    //${HOST}/npm/internal/:_authToken=***`);
    expect(lines).toContain(`    index-url = https://aws:***@${HOST}/pypi/internal/simple/`);
    expect(lines).toContain('    YARN_NPM_AUTH_TOKEN=***');
    expect(lines).toContain(`    UV_DEFAULT_INDEX=https://aws:***@${HOST}/pypi/internal/simple/`);
    expect(lines).toContain('    GOFLAGS=-mod=readonly');
    expect(lines).toContain(`    pip: https://${HOST}/pypi/internal/simple/`);
    expect(lines).toContain('Warnings:');
  });

  it('stays quiet about sections that are empty', () => {
    const go = planSummary(planLogin(['go'], { ...BASE, goPrivate: [] }), []);
    expect(go).toBe('Would set for later steps:\n    GOFLAGS=-mod=readonly\n');
  });
});
