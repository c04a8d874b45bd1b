/**
 * Run the real npm and pip against a registry, isolated from this machine: a temp HOME, our own user and
 * global npmrc (the machine's global npmrc and the `npm_config_*` variables `npm test` exports never leak
 * in), a cache directory per call site, and pip with `--isolated` and no PIP_* variables.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command to completion; never throws on a non-zero exit (tests assert on `code`). */
export function run(
  command: string,
  args: readonly string[],
  opts: { cwd?: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: opts.cwd, env: opts.env, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** The environment minus every npm/pip setting inherited from the machine or from `npm test`. */
export function cleanEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pip_|python(path|home|userbase)$)/i.test(key)) env[key] = value;
  }
  return { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
}

/** A temp directory, removed by `cleanup`. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** npm bound to one registry URL and token, with its own HOME and config files. */
export interface NpmSandbox {
  home: string;
  /** Run npm in `cwd` with a given cache directory (a fresh one means "empty npm cache"). */
  npm(args: readonly string[], opts: { cwd: string; cache: string }): Promise<RunResult>;
}

/**
 * An npm that talks to `registry` (a repository endpoint) with `token`, as `aws codeartifact login` would
 * configure it. Lockfiles keep `resolved` URLs unless `omitResolved` (the setting some machines carry
 * globally), and failed requests are not retried so error paths answer at once.
 */
export async function npmSandbox(
  root: string,
  registry: string,
  token: string,
  opts: { omitResolved?: boolean } = {},
): Promise<NpmSandbox> {
  const home = join(root, 'home');
  await mkdir(home, { recursive: true });
  const userconfig = join(home, '.npmrc');
  const globalconfig = join(home, 'global-npmrc');
  const authPrefix = registry.replace(/^https?:/, '');
  const lines = [
    `registry=${registry}`,
    `${authPrefix}:_authToken=${token}`,
    'audit=false',
    'fund=false',
    'update-notifier=false',
    `omit-lockfile-registry-resolved=${opts.omitResolved ? 'true' : 'false'}`,
    'fetch-retries=0',
    'fetch-timeout=30000',
    'loglevel=warn',
  ];
  await writeFile(userconfig, `${lines.join('\n')}\n`);
  await writeFile(globalconfig, '');
  const env = { ...cleanEnv(home), NPM_CONFIG_USERCONFIG: userconfig, NPM_CONFIG_GLOBALCONFIG: globalconfig };
  return {
    home,
    npm: (args, { cwd, cache }) =>
      run('npm', [...args, '--cache', cache, '--no-audit', '--no-fund'], { cwd, env }),
  };
}

/** Write a package.json (and nothing else) into a new project directory. */
export async function npmProject(dir: string, dependencies: Record<string, string>): Promise<string> {
  await mkdir(dir, { recursive: true });
  const manifest = { name: 'app', version: '1.0.0', private: true, dependencies };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/**
 * `pip install --target` from one index URL (credentials in the URL, as `aws codeartifact login --tool pip`
 * configures), isolated from pip.conf, PIP_* and the user's caches.
 */
export async function pipInstall(
  home: string,
  indexUrl: string,
  target: string,
  requirements: readonly string[],
): Promise<RunResult> {
  const args = ['-m', 'pip', 'install', '--isolated', '--no-cache-dir', '--disable-pip-version-check'];
  args.push('--no-input', '--index-url', indexUrl, '--target', target, ...requirements);
  return run('python3', args, { env: cleanEnv(home), timeoutMs: 120_000 });
}

/** `http://aws:TOKEN@host:port/...simple/` from a repository endpoint. */
export function pipIndexUrl(endpoint: string, token: string): string {
  const url = new URL(`${endpoint}simple/`);
  url.username = 'aws';
  url.password = token;
  return url.toString();
}
