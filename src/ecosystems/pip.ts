import { setIniOption } from './ini.js';
import { pipBypassWarnings } from './pip-checks.js';
import type { Ecosystem, RenderContext, RenderedConfig } from './types.js';
import { endpointFor, withBasicAuth } from './urls.js';

/**
 * pip: `[global] index-url = https://aws:<token>@<host>/pypi/<repo>/simple/` (what `aws codeartifact
 * login --tool pip` sets) in a file selected with `PIP_CONFIG_FILE`. That file outranks the global and
 * site files, and once it exists pip skips the user config altogether, so ours is merged into the config
 * it replaces (see `RenderContext.existingPipConfig`) rather than written bare.
 */
function renderPip(ctx: RenderContext): RenderedConfig {
  const registry = `${endpointFor(ctx, 'pypi', 'pip')}simple/`;
  const content = setIniOption(
    ctx.existingPipConfig,
    'global',
    'index-url',
    withBasicAuth(registry, ctx.token),
  );
  return {
    files: [{ role: 'pip-config', content, mode: 0o600, selectedBy: 'PIP_CONFIG_FILE' }],
    env: {},
    warnings: pipBypassWarnings(
      ctx.existingEnv ?? {},
      ctx.existingPipConfig ?? '',
      ctx.existingPipConfigPath ?? 'the existing pip config',
    ),
    registry,
  };
}

/** pip (requirements files, and pipenv's Pipfile.lock whose installs run pip). */
export const pip: Ecosystem = {
  tool: 'pip',
  format: 'pypi',
  lockfiles: ['requirements*.txt', 'Pipfile.lock'],
  cacheDirCommand: ['pip', 'cache', 'dir'],
  defaultCacheDir: {
    linux: '{home}/.cache/pip',
    darwin: '{home}/Library/Caches/pip',
    win32: '{localAppData}/pip/Cache',
  },
  render: renderPip,
};
