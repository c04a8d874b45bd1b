// Helpers the emulator benchmarks share: flags with defaults, the emulator as a child process, a CodeArtifact
// login through the SDK, an isolated npm configuration, timed npm runs.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  CodeartifactClient,
  GetAuthorizationTokenCommand,
  GetRepositoryEndpointCommand,
} from '@aws-sdk/client-codeartifact';

/** `--name N` as a positive number, or the default when the flag is absent; anything else exits with one line. */
export function numberFlag(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name} must be a positive number (got '${process.argv[at + 1] ?? ''}')`);
    process.exit(2);
  }
  return value;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Node 20 is supported here; the SDK's notice about its future releases is noise in the figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const children = new Set();
process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')));

/** Start `dist/cli emulator` on a free port; resolves with its endpoint once it prints it. */
export function startEmulator(args = []) {
  const child = spawn(process.execPath, ['dist/cli/index.js', 'emulator', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  // Only error lines are kept: the start-up summary names the upstream registry, which stays unprinted.
  const errors = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (/error/i.test(line)) errors.push(line);
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^CODEARTIFACT_ENDPOINT=(.+)$/.exec(line);
      if (m) resolve({ child, endpoint: m[1], stop: () => stopChild(child) });
    });
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}: ${errors.join(' / ')}`)));
  });
}

function stopChild(child) {
  children.delete(child);
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

/** A token and the npm endpoint of `internal` in the default `acme` domain. */
export async function login(endpoint, repository = 'internal') {
  const client = new CodeartifactClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const id = { domain: 'acme', domainOwner: '111122223333' };
  const { authorizationToken } = await client.send(new GetAuthorizationTokenCommand(id));
  const { repositoryEndpoint } = await client.send(
    new GetRepositoryEndpointCommand({ ...id, repository, format: 'npm' }),
  );
  return { token: authorizationToken, registry: repositoryEndpoint };
}

export const json = async (url) => (await fetch(url)).json();

/**
 * An environment whose npm reads only a user config written here: this machine's own npm settings
 * (global npmrc, npm_* variables) stay out. `extra` lines are appended to the config.
 */
export function npmEnv(home, registry, token, extra = []) {
  mkdirSync(home, { recursive: true });
  const rc = join(home, '.npmrc');
  const lines = [`registry=${registry}`, 'audit=false', 'fund=false', 'update-notifier=false', ...extra];
  if (token) lines.push(`${registry.replace(/^https?:/, '')}:_authToken=${token}`);
  writeFileSync(rc, lines.join('\n') + '\n', { mode: 0o600 });
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, HOME: home, NPM_CONFIG_USERCONFIG: rc, NPM_CONFIG_GLOBALCONFIG: join(home, 'none') };
}

/** Run npm; seconds it took. */
export function npm(args, cwd, env) {
  const t = process.hrtime.bigint();
  execFileSync('npm', args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(process.hrtime.bigint() - t) / 1e9;
}
