import { renderNpmFamily } from './npmrc.js';
import type { Ecosystem } from './types.js';

/**
 * pnpm reads the same npm user config, so npm and pnpm together render one identical file. The token is
 * written literally: pnpm expands `${VAR}` in the user config but not in a project `.npmrc`.
 */
export const pnpm: Ecosystem = {
  tool: 'pnpm',
  format: 'npm',
  lockfiles: ['pnpm-lock.yaml'],
  cacheDirCommand: ['pnpm', 'store', 'path', '--silent'],
  defaultCacheDir: {
    linux: '{home}/.local/share/pnpm/store',
    darwin: '{home}/Library/pnpm/store',
    win32: '{localAppData}/pnpm/store',
  },
  render: (ctx) => renderNpmFamily(ctx, 'pnpm'),
};
