import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CodeartifactClient } from '@aws-sdk/client-codeartifact';

/** Obviously fake credentials: tests must never look like they hold a real key. */
export const TEST_CREDENTIALS = {
  accessKeyId: 'test-access-key',
  secretAccessKey: 'test-secret-key',
} as const;

/** The real SDK client pointed at an emulator; one attempt, so refused requests fail fast. */
export function codeartifactClient(
  endpoint: string,
  credentials: { accessKeyId: string; secretAccessKey: string } = TEST_CREDENTIALS,
): CodeartifactClient {
  return new CodeartifactClient({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1 });
}

/**
 * Whether the real AWS CLI can run here. Tests skip without it (saying so), except on CI where a missing CLI
 * would silently drop coverage: there they fail.
 */
export function awsCliAvailable(): boolean {
  const found = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0;
  if (found) return true;
  if (process.env.CI === 'true') throw new Error('The AWS CLI (`aws`) is required on CI but is not on PATH');
  console.log('Skipping AWS CLI tests: `aws` is not on PATH');
  return false;
}

/**
 * An environment for the AWS CLI and the tools `aws codeartifact login` shells out to, isolated in `home`:
 * fake keys, a fixed region, npm's user config and pip's config inside `home`, no inherited AWS/pip settings.
 */
export function awsCliEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(AWS_|PIP_|NPM_CONFIG_|XDG_CONFIG_HOME$)/i.test(key)) env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    NPM_CONFIG_USERCONFIG: join(home, '.npmrc'),
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(home, '.aws', 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials'),
    ...extra,
  };
}

/**
 * Run `aws …` to completion. Asynchronous on purpose: an emulator started in the same process must keep
 * answering while the CLI waits for it.
 */
export function runAws(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('aws', args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}
