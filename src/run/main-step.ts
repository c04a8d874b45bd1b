import { CACHE_INPUT_NAMES } from '../core/cache-config.js';
import { parseCacheInputs } from '../core/cache-inputs.js';
import { LOGIN_INPUT_NAMES } from '../core/config.js';
import { parseLoginInputs } from '../core/inputs.js';
import type { Platform } from '../platform/types.js';
import { login } from './login.js';
import { restore } from './restore.js';

/**
 * The action's main step: check every input (login's and the cache's) before doing anything, log in, then
 * restore the dependency caches. Login errors fail the step (nothing half-written); cache problems are
 * warnings inside restore (fail-on-cache-miss aside).
 */
export async function actionMain(platform: Platform): Promise<void> {
  const loginConfig = parseLoginInputs(platform.inputs(LOGIN_INPUT_NAMES));
  const cacheConfig = parseCacheInputs(platform.inputs(CACHE_INPUT_NAMES), platform.name);
  await login(loginConfig, platform);
  if (!loginConfig.dryRun) await restore(cacheConfig, platform);
}
