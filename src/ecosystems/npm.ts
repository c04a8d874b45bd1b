import { npmLockfileWarnings } from './npm-lockfile.js';
import { renderNpmFamily } from './npmrc.js';
import type { Ecosystem } from './types.js';

/** npm: a user config with `registry=`, scoped registries and the `_authToken` line. */
export const npm: Ecosystem = {
  tool: 'npm',
  format: 'npm',
  lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
  // Every npm command writes a debug log into <cache>/_logs unless told not to: asking where the cache is
  // must not change it (save archives it meanwhile, and logs are not downloads).
  cacheDirCommand: ['npm', 'config', 'get', 'cache', '--logs-max=0'],
  defaultCacheDir: { linux: '{home}/.npm', darwin: '{home}/.npm', win32: '{localAppData}/npm-cache' },
  lockfileWarnings: (fileName, text, registry) => npmLockfileWarnings(fileName, text, registry),
  render: (ctx) => renderNpmFamily(ctx, 'npm'),
};
