import { CACHE_INPUT_NAMES, type CacheConfig } from '../core/cache-config.js';
import { parseCacheInputs } from '../core/cache-inputs.js';
import { InputError } from '../core/errors.js';
import type { CliPlatform } from '../platform/cli.js';
import { restore } from '../run/restore.js';
import { save } from '../run/save.js';
import { UsageError } from './errors.js';
import { cliPlatform } from './login.js';
import { flagsToInputs } from './input-options.js';

function parse(platform: CliPlatform): CacheConfig {
  try {
    return parseCacheInputs(platform.inputs(CACHE_INPUT_NAMES), platform.name);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

/** `codeartifact-cache restore`: cache problems are warnings; exit 1 only for fail-on-cache-miss. */
export async function runRestore(options: Readonly<Record<string, unknown>>): Promise<void> {
  const platform = cliPlatform(flagsToInputs(options));
  await restore(parse(platform), platform);
}

/** `codeartifact-cache save`: always exits 0 once the inputs are valid; problems are warnings. */
export async function runSave(options: Readonly<Record<string, unknown>>): Promise<void> {
  const platform = cliPlatform(flagsToInputs(options));
  const config = parse(platform);
  try {
    await save(config, platform);
  } catch (error) {
    platform.warning(
      `Saving the dependency cache failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
