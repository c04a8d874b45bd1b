import type { Ecosystem, RenderContext, RenderedConfig } from './types.js';
import { endpointFor, envSegment, stripCredentials, withBasicAuth } from './urls.js';

/** Variables that add or replace indexes behind our back. */
const BYPASS_ENV = ['UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_INDEX', 'UV_FIND_LINKS'];

/**
 * uv: the repository becomes the default index (credentials in the URL, as pip gets them; uv keeps them
 * out of uv.lock), and a pyproject.toml index named `uv-index` gets the same credentials.
 */
function renderUv(ctx: RenderContext): RenderedConfig {
  const registry = `${endpointFor(ctx, 'pypi', 'uv')}simple/`;
  const name = envSegment(ctx.uvIndex);
  const warnings = BYPASS_ENV.filter((key) => (ctx.existingEnv?.[key] ?? '') !== '').map(
    (key) =>
      `${key} is set (${stripCredentials(ctx.existingEnv?.[key] ?? '')}): uv also resolves from there, ` +
      'bypassing the repository (unset it)',
  );
  return {
    files: [],
    env: {
      UV_DEFAULT_INDEX: withBasicAuth(registry, ctx.token),
      [`UV_INDEX_${name}_USERNAME`]: 'aws',
      [`UV_INDEX_${name}_PASSWORD`]: ctx.token,
    },
    warnings,
    registry,
  };
}

/** uv: `UV_DEFAULT_INDEX` plus `UV_INDEX_<NAME>_USERNAME=aws` / `_PASSWORD`. */
export const uv: Ecosystem = {
  tool: 'uv',
  format: 'pypi',
  lockfiles: ['uv.lock'],
  cacheDirCommand: ['uv', 'cache', 'dir'],
  defaultCacheDir: {
    linux: '{home}/.cache/uv',
    darwin: '{home}/.cache/uv',
    win32: '{localAppData}/uv/cache',
  },
  render: renderUv,
};
