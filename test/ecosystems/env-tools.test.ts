import { go } from '../../src/ecosystems/go.js';
import { poetry } from '../../src/ecosystems/poetry.js';
import { twine } from '../../src/ecosystems/twine.js';
import type { RenderContext } from '../../src/ecosystems/types.js';
import { uv } from '../../src/ecosystems/uv.js';
import { yarn } from '../../src/ecosystems/yarn.js';

const HOST = 'acme-111122223333.d.codeartifact.us-east-1.amazonaws.com';
const TOKEN = 'tok.en-1';
const CTX: RenderContext = {
  endpoints: { npm: `https://${HOST}/npm/internal/`, pypi: `https://${HOST}/pypi/internal/` },
  token: TOKEN,
  scopes: ['@acme'],
  poetrySource: 'codeartifact',
  uvIndex: 'codeartifact',
  goPrivate: [],
};

describe('yarn (berry)', () => {
  it('sets the registry, token and always-auth through its environment', () => {
    expect(yarn.render(CTX)).toEqual({
      files: [],
      env: {
        YARN_NPM_REGISTRY_SERVER: `https://${HOST}/npm/internal/`,
        YARN_NPM_AUTH_TOKEN: TOKEN,
        YARN_NPM_ALWAYS_AUTH: 'true',
      },
      warnings: [],
      registry: `https://${HOST}/npm/internal/`,
    });
  });

  it.each([
    ['http://127.0.0.1:4873/npm/d/acme-111122223333/internal/', '127.0.0.1'],
    ['http://[::1]:4873/npm/internal/', '::1'],
    ['http://localhost/npm/internal/', 'localhost'],
  ])('whitelists a plain-http emulator: %s', (endpoint, host) => {
    expect(yarn.render({ ...CTX, endpoints: { npm: endpoint } }).env.YARN_UNSAFE_HTTP_WHITELIST).toBe(host);
  });

  it('warns that npmScopes in .yarnrc.yml cannot be overridden', () => {
    const yarnrc =
      'nodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://x.example"\n';
    expect(yarn.render({ ...CTX, existingYarnrc: yarnrc }).warnings).toEqual([
      expect.stringContaining('.yarnrc.yml sets npmScopes'),
    ]);
    expect(
      yarn.render({ ...CTX, existingYarnrc: 'npmRegistryServer: "https://x.example"\n' }).warnings,
    ).toEqual([]);
  });
});

describe('twine, poetry, uv', () => {
  it('twine uploads to the endpoint itself as aws', () => {
    expect(twine.render(CTX).env).toEqual({
      TWINE_REPOSITORY_URL: `https://${HOST}/pypi/internal/`,
      TWINE_USERNAME: 'aws',
      TWINE_PASSWORD: TOKEN,
    });
  });

  it.each([
    ['codeartifact', 'CODEARTIFACT'],
    ['acme.internal', 'ACME_INTERNAL'],
    ['acme-ca_2', 'ACME_CA_2'],
  ])('poetry credentials for source %s', (source, name) => {
    const rendered = poetry.render({ ...CTX, poetrySource: source });
    expect(rendered.env).toEqual({
      [`POETRY_HTTP_BASIC_${name}_USERNAME`]: 'aws',
      [`POETRY_HTTP_BASIC_${name}_PASSWORD`]: TOKEN,
    });
    expect(rendered.registry).toBe(`https://${HOST}/pypi/internal/simple/`);
  });

  it('uv gets the default index with credentials, and named-index credentials', () => {
    expect(uv.render({ ...CTX, uvIndex: 'acme-ca' }).env).toEqual({
      UV_DEFAULT_INDEX: `https://aws:${TOKEN}@${HOST}/pypi/internal/simple/`,
      UV_INDEX_ACME_CA_USERNAME: 'aws',
      UV_INDEX_ACME_CA_PASSWORD: TOKEN,
    });
  });

  it('uv warns about variables that add other indexes, without their credentials', () => {
    const env = {
      UV_EXTRA_INDEX_URL: 'https://u:pw@x.example/simple',
      UV_INDEX: '',
      UV_FIND_LINKS: '/opt/wheels',
    };
    expect(uv.render({ ...CTX, existingEnv: env }).warnings).toEqual([
      'UV_EXTRA_INDEX_URL is set (https://x.example/simple): uv also resolves from there, bypassing the repository (unset it)',
      'UV_FIND_LINKS is set (/opt/wheels): uv also resolves from there, bypassing the repository (unset it)',
    ]);
  });
});

describe('go', () => {
  // [what, context changes, env expected, warnings expected]
  const CASES: [string, Partial<RenderContext>, Record<string, string>, string[]][] = [
    ['no proxy, no private modules', {}, { GOFLAGS: '-mod=readonly' }, []],
    [
      'a proxy',
      { goProxy: 'https://goproxy.acme.example,direct' },
      { GOPROXY: 'https://goproxy.acme.example,direct', GOFLAGS: '-mod=readonly' },
      [],
    ],
    [
      'private modules behind a proxy: only the checksum database is skipped',
      { goProxy: 'https://goproxy.acme.example', goPrivate: ['git.acme.example/*'] },
      { GOPROXY: 'https://goproxy.acme.example', GONOSUMDB: 'git.acme.example/*', GOFLAGS: '-mod=readonly' },
      [],
    ],
    [
      'private modules without a proxy: fetched directly',
      { goPrivate: ['git.acme.example'] },
      { GOPRIVATE: 'git.acme.example', GOFLAGS: '-mod=readonly' },
      [],
    ],
    [
      "merged with the user's patterns and flags",
      {
        goPrivate: ['git.acme.example', 'b.example'],
        existingEnv: { GOPRIVATE: 'b.example, c.example', GOFLAGS: '-trimpath' },
      },
      { GOPRIVATE: 'b.example,c.example,git.acme.example', GOFLAGS: '-trimpath -mod=readonly' },
      [],
    ],
    ['readonly already chosen', { existingEnv: { GOFLAGS: '-mod=readonly -v' } }, {}, []],
    [
      'another -mod chosen',
      { existingEnv: { GOFLAGS: '-mod=mod' } },
      {},
      ['GOFLAGS already sets -mod=mod: left as is'],
    ],
  ];

  it.each(CASES)('%s', (_what, changes, env, warnings) => {
    const rendered = go.render({ ...CTX, ...changes });
    expect(rendered.env).toEqual(env);
    expect(rendered.warnings).toEqual(warnings.map((w) => expect.stringContaining(w)));
    expect(JSON.stringify(rendered)).not.toContain(TOKEN);
  });
});
