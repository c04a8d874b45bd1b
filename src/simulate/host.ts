/**
 * A build host: its own HOME (so ~/.npm, ~/.cache/pip and ~/go/pkg/mod are its local caches), an
 * environment free of this machine's npm/pip/go/AWS settings, and a way to run the real clients.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Variables that would make a client behave differently from one machine to the next. */
const MACHINE_SETTINGS =
  /^(npm_|pip_|python(path|home|userbase)$|AWS_|GO|YARN_|PNPM_|CODEARTIFACT_CACHE_|CODEBUILD_|GITHUB_|RUNNER_|ACTIONS_)/i;

/** npm settings every host pins, whatever the machine's global npmrc says (see FACTS: resolved URLs). */
const NPMRC = [
  'audit=false',
  'fund=false',
  'update-notifier=false',
  'omit-lockfile-registry-resolved=false',
  'fetch-retries=0',
  'loglevel=warn',
  'progress=false',
];

export interface Host {
  readonly name: string;
  readonly root: string;
  readonly home: string;
  /** The host-local cache store (CodeBuild LOCAL cache): survives builds on this host only. */
  readonly localStore: string;
  readonly env: NodeJS.ProcessEnv;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** A fresh host under `root`, whose CodeArtifact calls go to `endpoint`; `trust` says how it trusts it. */
export async function newHost(
  root: string,
  name: string,
  endpoint: string,
  trust: NodeJS.ProcessEnv,
): Promise<Host> {
  const hostRoot = join(root, name);
  const home = join(hostRoot, 'home');
  await mkdir(join(home, 'xdg-none'), { recursive: true });
  await writeFile(join(home, '.npmrc'), `${NPMRC.join('\n')}\n`);
  await writeFile(join(hostRoot, 'global-npmrc'), '');
  const base = Object.entries(process.env).filter(([k]) => !MACHINE_SETTINGS.test(k));
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(base),
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    // /etc/xdg/pip would otherwise add this machine's constraints.
    XDG_CONFIG_DIRS: join(home, 'xdg-none'),
    NPM_CONFIG_GLOBALCONFIG: join(hostRoot, 'global-npmrc'),
    AWS_ENDPOINT_URL_CODEARTIFACT: endpoint,
    AWS_ACCESS_KEY_ID: 'simulate-access-key',
    AWS_SECRET_ACCESS_KEY: 'simulate-secret-key',
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(home, '.aws/config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws/credentials'),
    GOPATH: join(home, 'go'),
    GOCACHE: join(home, '.cache/go-build'),
    // Nothing reaches the internet unless login points go somewhere; writable so hosts can be wiped.
    GOPROXY: 'off',
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    ...trust,
  };
  return { name, root: hostRoot, home, localStore: join(hostRoot, 'cache-store'), env };
}

/** The directories a build caches, relative to HOME: downloads, never build output. */
export const CACHED_DIRS = ['.npm', '.cache/pip', 'go/pkg/mod'] as const;

/** Wipe the host's local caches (a new workspace on the same host keeps only its cache store). */
export async function wipeLocalCaches(host: Host): Promise<void> {
  await Promise.all(CACHED_DIRS.map((d) => rm(join(host.home, d), { recursive: true, force: true })));
}

/** Run a command to completion, timing it; never throws on a non-zero exit. */
export function run(
  command: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: 127, stdout, stderr: `${stderr}${err.message}`, ms: Date.now() - started });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** `sh -c '. ENV_FILE && command'`, as a buildspec runs its commands after login. */
export function sourced(host: Host, envFile: string, command: string, cwd: string): Promise<RunResult> {
  return run('sh', ['-c', `. "${envFile}" && ${command}`], { cwd, env: host.env });
}

/** The last few non-empty lines of a failed command's output, for a report. */
export function tail(r: RunResult, lines = 3): string {
  const all = `${r.stderr}\n${r.stdout}`.split('\n').map((l) => l.trim());
  return all
    .filter((l) => l !== '')
    .slice(-lines)
    .join(' | ');
}
