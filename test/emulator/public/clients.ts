/**
 * Helpers that run the real npm and pip clients against the public registry, isolated from this
 * machine's own configuration (its global npmrc, user npmrc, pip.conf and PIP_* variables).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Output of a finished client run. */
export interface ClientResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Creates a temp directory and returns it with a cleanup function. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The environment without npm's and pip's ambient configuration (npm exports npm_config_* to children). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pip_)/i.test(key)));
}

/**
 * Runs npm with its own user and global config files (so nothing from this machine leaks in), its own
 * cache and the given registry. `userConfig` lines go into the user npmrc (e.g. an auth token).
 */
export async function runNpm(
  args: readonly string[],
  opts: { cwd: string; registry: string; home: string; userConfig?: readonly string[] },
): Promise<ClientResult> {
  const userconfig = join(opts.home, 'user.npmrc');
  const globalconfig = join(opts.home, 'global.npmrc');
  await writeFile(userconfig, (opts.userConfig ?? []).map((l) => `${l}\n`).join(''));
  await writeFile(globalconfig, '');
  const env = {
    ...cleanEnv(),
    NPM_CONFIG_USERCONFIG: userconfig,
    NPM_CONFIG_GLOBALCONFIG: globalconfig,
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
  };
  const flags = ['--registry', opts.registry, '--cache', join(opts.home, 'cache'), '--no-audit', '--no-fund'];
  return run('npm', [...args, ...flags], { cwd: opts.cwd, env, maxBuffer: 64 * 1024 * 1024 });
}

/** Runs `pip install --isolated` from the given simple index into a target directory. */
export async function pipInstall(
  indexUrl: string,
  target: string,
  requirements: readonly string[],
): Promise<ClientResult> {
  const args = ['-m', 'pip', 'install', '--isolated', '--no-cache-dir', '--disable-pip-version-check'];
  args.push('--index-url', indexUrl, '--target', target, ...requirements);
  return run('python3', args, { env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 });
}

/** Runs a Python snippet and returns its stdout. */
export async function python(code: string, ...argv: string[]): Promise<string> {
  return (await run('python3', ['-c', code, ...argv], { env: cleanEnv() })).stdout;
}

/** name@version of everything npm put in node_modules, read from its hidden lockfile. */
export async function installedPackages(project: string): Promise<string[]> {
  const lock = JSON.parse(await readFile(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  return Object.entries(lock.packages)
    .map(
      ([path, meta]) =>
        `${path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${meta.version}`,
    )
    .sort((a, b) => a.localeCompare(b));
}

/** Runs a Node snippet in a project directory (so `require` resolves its node_modules); returns stdout. */
export async function runNode(cwd: string, code: string): Promise<string> {
  return (await run(process.execPath, ['-e', code], { cwd, env: cleanEnv() })).stdout;
}
