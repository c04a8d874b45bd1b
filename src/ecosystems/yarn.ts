import type { Ecosystem, RenderContext, RenderedConfig } from './types.js';
import { endpointFor, splitUrl } from './urls.js';

/** yarn berry takes the whole registry setting from its environment, which beats every `.yarnrc.yml`. */
function renderYarn(ctx: RenderContext): RenderedConfig {
  const registry = endpointFor(ctx, 'npm', 'yarn');
  const env: Record<string, string> = {
    YARN_NPM_REGISTRY_SERVER: registry,
    YARN_NPM_AUTH_TOKEN: ctx.token,
    YARN_NPM_ALWAYS_AUTH: 'true',
  };
  const { scheme, host } = splitUrl(registry);
  // Berry refuses plain http (a 127.0.0.1 emulator) unless the host name is whitelisted.
  if (scheme === 'http') env.YARN_UNSAFE_HTTP_WHITELIST = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const warnings: string[] = [];
  // No environment variable can override `npmScopes`: a scope routed there skips the repository.
  if (/^npmScopes\s*:/m.test(ctx.existingYarnrc ?? '')) {
    warnings.push(
      '.yarnrc.yml sets npmScopes: those scopes resolve from the registries it names, not the repository ' +
        '(remove the npmRegistryServer entries under npmScopes)',
    );
  }
  return { files: [], env, warnings, registry };
}

/** yarn berry (2+): `YARN_NPM_REGISTRY_SERVER`, `YARN_NPM_AUTH_TOKEN`, `YARN_NPM_ALWAYS_AUTH`. */
export const yarn: Ecosystem = {
  tool: 'yarn',
  format: 'npm',
  lockfiles: ['yarn.lock'],
  detectWarning: {
    unless: ['.yarnrc.yml'],
    warning:
      'yarn.lock without .yarnrc.yml: yarn is configured as yarn berry (2+); yarn classic (1.x) reads the ' +
      'npm user config instead, so add npm to tools if this project uses yarn 1',
  },
  cacheDirCommand: ['yarn', 'config', 'get', 'cacheFolder'],
  defaultCacheDir: {
    linux: '{home}/.yarn/berry/cache',
    darwin: '{home}/.yarn/berry/cache',
    win32: '{localAppData}/Yarn/Berry/cache',
  },
  render: renderYarn,
};
