import { sdkAws } from '../aws/index.js';
import { CACHE_INPUT_NAMES } from '../core/cache-config.js';
import { parseCacheInputs } from '../core/cache-inputs.js';
import { LOGIN_INPUT_NAMES } from '../core/config.js';
import { parseLoginInputs } from '../core/inputs.js';
import type { Platform } from '../platform/types.js';
import { login } from './login.js';
import { restore } from './restore.js';
import { awsSession } from './session.js';

/**
 * The action's main step: check every input (login's and the cache's) before doing anything, log in, then
 * restore the dependency caches. Login errors fail the step (nothing half-written); cache problems are
 * warnings inside restore (fail-on-cache-miss aside). One AWS session serves both: the role login
 * assumes is the identity the S3 cache uses, in the region login used.
 */
export async function actionMain(platform: Platform): Promise<void> {
  const loginConfig = parseLoginInputs(platform.inputs(LOGIN_INPUT_NAMES));
  const cacheConfig = parseCacheInputs(platform.inputs(CACHE_INPUT_NAMES), platform.name);
  const aws = sdkAws();
  const session = awsSession(loginConfig, platform, aws);
  await login(loginConfig, platform, aws, session);
  await restore(cacheConfig, platform, undefined, session);
}
