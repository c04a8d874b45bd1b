import type { Ecosystem, RenderContext, RenderedConfig } from './types.js';
import { endpointFor, envSegment } from './urls.js';

/**
 * poetry takes the source URL from pyproject.toml (`[[tool.poetry.source]]` named `poetry-source`, url
 * `<endpoint>simple/`); login supplies only its credentials.
 */
function renderPoetry(ctx: RenderContext): RenderedConfig {
  const registry = `${endpointFor(ctx, 'pypi', 'poetry')}simple/`;
  const name = envSegment(ctx.poetrySource);
  return {
    files: [],
    env: { [`POETRY_HTTP_BASIC_${name}_USERNAME`]: 'aws', [`POETRY_HTTP_BASIC_${name}_PASSWORD`]: ctx.token },
    warnings: [],
    registry,
  };
}

/** poetry: `POETRY_HTTP_BASIC_<SOURCE>_USERNAME=aws` / `_PASSWORD`. */
export const poetry: Ecosystem = {
  tool: 'poetry',
  format: 'pypi',
  lockfiles: ['poetry.lock'],
  cacheDirCommand: ['poetry', 'config', 'cache-dir'],
  defaultCacheDir: {
    linux: '{home}/.cache/pypoetry',
    darwin: '{home}/Library/Caches/pypoetry',
    win32: '{localAppData}/pypoetry/Cache',
  },
  render: renderPoetry,
};
