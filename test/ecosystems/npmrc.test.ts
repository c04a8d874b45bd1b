import { npm } from '../../src/ecosystems/npm.js';
import { renderNpmUserConfig } from '../../src/ecosystems/npmrc.js';
import type { RenderContext } from '../../src/ecosystems/types.js';

const HOST = 'acme-111122223333.d.codeartifact.us-east-1.amazonaws.com';
const EP = `https://${HOST}/npm/internal/`;
const AUTH = `//${HOST}/npm/internal/:_authToken`;
const TOKEN = 'tok.en-1';

describe('renderNpmUserConfig', () => {
  it('writes what `aws codeartifact login --tool npm` leaves in a fresh user config (npm ≥ 9)', () => {
    expect(renderNpmUserConfig(undefined, EP, TOKEN, [])).toBe(`registry=${EP}\n${AUTH}=${TOKEN}\n`);
  });

  it('pins each scope to the repository, between registry and token as npm config set orders them', () => {
    expect(renderNpmUserConfig('', EP, TOKEN, ['@acme', '@tools'])).toBe(
      `registry=${EP}\n@acme:registry=${EP}\n@tools:registry=${EP}\n${AUTH}=${TOKEN}\n`,
    );
  });

  // [what, existing user config, expected result, scopes]
  const MERGES: [string, string, string, string[]?][] = [
    [
      'keeps unrelated lines and comments in place',
      '# team settings\nfund=false\n; old style comment\n\n//other.example/:_authToken=keep\n',
      `# team settings\nfund=false\n; old style comment\n\n//other.example/:_authToken=keep\nregistry=${EP}\n${AUTH}=${TOKEN}\n`,
    ],
    [
      'replaces the registry where it stood, spaces around = or not',
      'a=1\nregistry = http://old.example/\nb=2\n',
      `a=1\nregistry=${EP}\nb=2\n${AUTH}=${TOKEN}\n`,
    ],
    [
      'drops a second registry line',
      `registry=http://one.example/\nregistry=http://two.example/\n`,
      `registry=${EP}\n${AUTH}=${TOKEN}\n`,
    ],
    [
      'replaces our token, with or without the trailing slash, in any host case',
      `//${HOST.toUpperCase()}/npm/internal:_authToken=old\n${AUTH}=older\n`,
      `${AUTH}=${TOKEN}\nregistry=${EP}\n`,
    ],
    [
      'drops other credentials and always-auth for our registry',
      `${AUTH.replace('_authToken', '_auth')}=x\n//${HOST}/npm/internal/:username=u\n//${HOST}/npm/internal/:_password=p\n//${HOST}/npm/internal/:always-auth=true\n`,
      `registry=${EP}\n${AUTH}=${TOKEN}\n`,
    ],
    [
      'keeps credentials for another repository on the same host',
      `//${HOST}/npm/other/:_authToken=keep\n`,
      `//${HOST}/npm/other/:_authToken=keep\nregistry=${EP}\n${AUTH}=${TOKEN}\n`,
    ],
    [
      'replaces a scope of ours and keeps other scopes',
      '@acme:registry=http://old.example/\n@else:registry=http://else.example/\n',
      `@acme:registry=${EP}\n@else:registry=http://else.example/\nregistry=${EP}\n${AUTH}=${TOKEN}\n`,
      ['@acme'],
    ],
    [
      'reads CRLF files and trims trailing blank lines',
      'fund=false\r\n\r\n\r\n',
      `fund=false\nregistry=${EP}\n${AUTH}=${TOKEN}\n`,
    ],
  ];

  it.each(MERGES)('%s', (_what, existing, expected, scopes = []) => {
    expect(renderNpmUserConfig(existing, EP, TOKEN, scopes)).toBe(expected);
  });

  it('is idempotent: a second login over the first changes only the token', () => {
    const first = renderNpmUserConfig('fund=false\n', EP, 'first', ['@acme']);
    expect(renderNpmUserConfig(first, EP, 'second', ['@acme'])).toBe(first.replace('=first', '=second'));
  });

  it('handles a plain-http emulator with a port', () => {
    const local = 'http://127.0.0.1:4873/npm/d/acme-111122223333/internal/';
    expect(
      renderNpmUserConfig(
        '//127.0.0.1:4873/npm/d/acme-111122223333/internal:_authToken=old\n',
        local,
        TOKEN,
        [],
      ),
    ).toBe(`//127.0.0.1:4873/npm/d/acme-111122223333/internal/:_authToken=${TOKEN}\nregistry=${local}\n`);
  });
});

describe('npm render', () => {
  const ctx: RenderContext = {
    endpoints: { npm: EP.slice(0, -1) },
    token: TOKEN,
    scopes: [],
    poetrySource: 'codeartifact',
    uvIndex: 'codeartifact',
    goPrivate: [],
  };

  it('selects the file with NPM_CONFIG_USERCONFIG, mode 0600, endpoint given a trailing slash', () => {
    expect(npm.render(ctx)).toEqual({
      files: [
        {
          role: 'npm-userconfig',
          content: `registry=${EP}\n${AUTH}=${TOKEN}\n`,
          mode: 0o600,
          selectedBy: 'NPM_CONFIG_USERCONFIG',
        },
      ],
      env: {},
      warnings: [],
      registry: EP,
    });
  });

  it('warns about registry variables that beat the user config', () => {
    const env = {
      npm_config_registry: 'http://x.example/',
      'NPM_CONFIG_@acme:registry': 'http://y.example/',
      NPM_CONFIG_FUND: 'false',
    };
    expect(npm.render({ ...ctx, existingEnv: env }).warnings).toEqual([
      'npm_config_registry is set: it overrides the user config, so npm bypasses the repository (unset it)',
      'NPM_CONFIG_@acme:registry is set: it overrides the user config, so npm bypasses the repository (unset it)',
    ]);
  });
});
