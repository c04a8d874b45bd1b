import { LOGIN_INPUT_NAMES, type LoginConfig } from '../core/config.js';
import { InputError } from '../core/errors.js';
import { parseLoginInputs } from '../core/inputs.js';
import type { RawInputs } from '../core/reader.js';
import type { CliPlatform } from '../platform/cli.js';
import { codebuildPlatform, isCodeBuild } from '../platform/codebuild.js';
import { localPlatform } from '../platform/local.js';
import { cleanup } from '../run/cleanup.js';
import { login } from '../run/login.js';
import { UsageError } from './errors.js';
import { flagsToInputs } from './input-options.js';

/** The platform the CLI runs on: CodeBuild when its variables say so, else a plain machine. */
export function cliPlatform(
  flags: RawInputs,
  env: Readonly<Record<string, string | undefined>> = process.env,
): CliPlatform {
  return isCodeBuild(env) ? codebuildPlatform(flags, env) : localPlatform(flags, env);
}

/** Errors leave through here: nothing masked may reach stderr, whatever an error message quotes. */
async function guarded<T>(platform: CliPlatform, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new Error(platform.redact(error instanceof Error ? error.message : String(error)), {
      cause: error,
    });
  }
}

function parse(platform: CliPlatform): LoginConfig {
  try {
    return parseLoginInputs(platform.inputs(LOGIN_INPUT_NAMES));
  } catch (error) {
    // One line per problem, exit 2, before anything is fetched or written.
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

/** `codeartifact-cache login`: flags, or CODEARTIFACT_CACHE_* env, as the action's inputs. */
export async function runLogin(options: Readonly<Record<string, unknown>>): Promise<void> {
  const platform = cliPlatform(flagsToInputs(options));
  const config = parse(platform);
  await guarded(platform, () => login(config, platform));
}

/** `codeartifact-cache cleanup`: undo the last login on this machine; exit 1 if anything could not be. */
export async function runCleanup(options: Readonly<Record<string, unknown>>): Promise<void> {
  const flags = flagsToInputs(options);
  const platform = cliPlatform(flags);
  const result = await guarded(platform, () => cleanup({ dryRun: flags['dry-run'] === 'true' }, platform));
  if (result.problems.length > 0) throw new Error(`${result.problems.length} path(s) could not be restored`);
}
