import type { Ecosystem, RenderContext, RenderedConfig } from './types.js';
import { endpointFor } from './urls.js';

/** twine uploads to the repository endpoint itself (no `simple/`), as user `aws`. */
function renderTwine(ctx: RenderContext): RenderedConfig {
  const registry = endpointFor(ctx, 'pypi', 'twine');
  return {
    files: [],
    env: { TWINE_REPOSITORY_URL: registry, TWINE_USERNAME: 'aws', TWINE_PASSWORD: ctx.token },
    warnings: [],
    registry,
  };
}

/** twine: `TWINE_REPOSITORY_URL`, `TWINE_USERNAME=aws`, `TWINE_PASSWORD`; it downloads nothing, so no cache. */
export const twine: Ecosystem = {
  tool: 'twine',
  format: 'pypi',
  lockfiles: [],
  render: renderTwine,
};
