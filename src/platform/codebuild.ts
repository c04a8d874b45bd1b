import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawInputs } from '../core/reader.js';
import { CliPlatform, ENV_PREFIX } from './cli.js';

/** True inside an AWS CodeBuild build (it sets `CODEBUILD_BUILD_ID` to `project:uuid`). */
export const isCodeBuild = (env: Readonly<Record<string, string | undefined>>): boolean =>
  (env.CODEBUILD_BUILD_ID ?? '') !== '';

/**
 * An AWS CodeBuild build. State (and the token-holding files) go under the temp directory, not HOME
 * (/root): buildspec caches commonly list paths under /root, and the token must never end up in a cache.
 * Credentials come from the build's role through the SDK's default chain.
 */
export function codebuildPlatform(
  flags: RawInputs,
  env: Readonly<Record<string, string | undefined>>,
): CliPlatform {
  const homeDir = env.HOME || homedir();
  const stateDir =
    flags['state-dir'] ??
    (env[`${ENV_PREFIX}STATE_DIR`] || join(env.TMPDIR || tmpdir(), 'codeartifact-cache'));
  return new CliPlatform({ name: 'codebuild', flags, env, homeDir, stateDir });
}
