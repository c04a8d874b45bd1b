/**
 * A machine for login tests: a temp HOME, an environment free of this machine's npm/pip/go/AWS settings,
 * fake AWS keys and the emulator's endpoint, and helpers to run the bundled CLI and tools in a shell that
 * sources login's env file, as a buildspec does.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CLI } from './cli.js';
import { cleanEnv, run, tempDir, type RunResult } from './clients.js';

export const OWNER = '111122223333';

/** Variables that would make a tool behave differently from one machine to the next. */
const MACHINE_SETTINGS = /^(AWS_|GO|YARN_|PNPM_|CODEARTIFACT_CACHE_|CODEBUILD_|GITHUB_|RUNNER_|ACTIONS_)/i;

export interface LoginSandbox {
  readonly root: string;
  readonly home: string;
  /** The environment every command runs with. */
  readonly env: NodeJS.ProcessEnv;
  /** Where `login` writes its export lines by default. */
  readonly envFile: string;
  /** `codeartifact-cache <args>` from dist/ in `root`, asynchronously (the emulator may run in this process). */
  cli(args: readonly string[], extraEnv?: NodeJS.ProcessEnv): Promise<RunResult>;
  /** `sh -c '. ENV_FILE && <command>'` in `cwd`. */
  sourced(command: string, cwd: string, extraEnv?: NodeJS.ProcessEnv): Promise<RunResult>;
  cleanup(): Promise<void>;
}

/** A sandbox whose AWS calls go to `endpoint` (the emulator); `extraEnv` e.g. `trustEnv(caFile)` for --tls. */
export async function loginSandbox(
  endpoint: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<LoginSandbox> {
  const { dir: root, cleanup } = await tempDir('login');
  const home = join(root, 'home');
  await mkdir(home, { recursive: true });
  const globalNpmrc = join(root, 'global-npmrc');
  await writeFile(globalNpmrc, '');
  const base = Object.fromEntries(Object.entries(cleanEnv(home)).filter(([k]) => !MACHINE_SETTINGS.test(k)));
  const env: NodeJS.ProcessEnv = {
    ...base,
    AWS_ENDPOINT_URL_CODEARTIFACT: endpoint,
    AWS_ACCESS_KEY_ID: 'test-access-key',
    AWS_SECRET_ACCESS_KEY: 'test-secret-key',
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(home, '.aws/config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws/credentials'),
    // The machine's global npmrc stays out; each project's npm settings come from the user config.
    NPM_CONFIG_GLOBALCONFIG: globalNpmrc,
    ...extraEnv,
  };
  const envFile = join(home, '.local/state/codeartifact-cache/env');
  return {
    root,
    home,
    env,
    envFile,
    // Run in the sandbox, so this repository's own lockfiles never count.
    cli: (args, extraEnv = {}) =>
      run(process.execPath, [resolve(CLI), ...args], { cwd: root, env: { ...env, ...extraEnv } }),
    sourced: (command, cwd, extraEnv = {}) =>
      run('sh', ['-c', `. "${envFile}" && ${command}`], {
        cwd,
        env: { ...env, ...extraEnv },
        timeoutMs: 240_000,
      }),
    cleanup,
  };
}

/** The flags every test logs in with. */
export const LOGIN_FLAGS = ['--domain', 'acme', '--domain-owner', OWNER, '--repository', 'internal'];
