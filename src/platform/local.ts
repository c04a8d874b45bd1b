import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RawInputs } from '../core/reader.js';
import { CliPlatform, ENV_PREFIX } from './cli.js';

/**
 * A developer's machine: state under the XDG state directory, which belongs to the user alone (mode 0700)
 * and survives reboots, so `cleanup` works whenever it is run.
 */
export function localPlatform(
  flags: RawInputs,
  env: Readonly<Record<string, string | undefined>>,
): CliPlatform {
  const homeDir = env.HOME || homedir();
  const stateHome = env.XDG_STATE_HOME || join(homeDir, '.local', 'state');
  const stateDir =
    flags['state-dir'] ?? (env[`${ENV_PREFIX}STATE_DIR`] || join(stateHome, 'codeartifact-cache'));
  return new CliPlatform({ name: 'local', flags, env, homeDir, stateDir });
}
