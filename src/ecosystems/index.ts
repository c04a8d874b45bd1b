import { go } from './go.js';
import { npm } from './npm.js';
import { pip } from './pip.js';
import { pnpm } from './pnpm.js';
import { poetry } from './poetry.js';
import type { Ecosystem, ToolName } from './types.js';
import { twine } from './twine.js';
import { uv } from './uv.js';
import { yarn } from './yarn.js';

/** Every supported tool's descriptor, keyed by the name users write in `tools`. */
export const ECOSYSTEMS: Readonly<Record<ToolName, Ecosystem>> = {
  npm,
  pnpm,
  yarn,
  pip,
  twine,
  poetry,
  uv,
  go,
};

export { npmLockfileWarnings, type NpmLockfileOptions } from './npm-lockfile.js';
export { pipBypassWarnings } from './pip-checks.js';
export * from './types.js';
