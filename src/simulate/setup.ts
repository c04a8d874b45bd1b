/** Start the servers, write the monorepo and generate its lockfiles before any build is timed. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import { standInCache, type CacheStep } from './cache.js';
import { cliCache } from './cache-cli.js';
import { startS3 } from './moto.js';
import { login } from './build.js';
import { writeMonorepo } from './fixture.js';
import { startGoProxy } from './goproxy.js';
import { newHost, run, sourced, tail, type Host } from './host.js';
import type { SimulateOptions } from './types.js';
import type { World } from './world.js';

/** Which of npm, pip, go this machine has. */
async function availableTools(): Promise<World['tools']> {
  const probes: [World['tools'][number], string, string[]][] = [
    ['npm', 'npm', ['--version']],
    ['pip', 'python3', ['-m', 'pip', '--version']],
    ['go', 'go', ['version']],
  ];
  const found: World['tools'][number][] = [];
  for (const [tool, cmd, args] of probes) {
    if ((await run(cmd, args, { cwd: process.cwd(), env: process.env })).code === 0) found.push(tool);
  }
  if (!found.includes('npm')) throw new Error('simulate needs npm on PATH');
  return found;
}

/** The CLI's restore/save when this CLI has them (S3 on moto when installed), else the stand-in. */
async function cacheStep(
  root: string,
  opts: SimulateOptions,
  repoRoot: string,
  tools: World['tools'],
): Promise<CacheStep> {
  const sharedDir = join(root, 'shared-cache');
  // `<cli> restore --help` would print the program's help (exit 0) on a CLI without the command.
  const help = await run(process.execPath, [opts.cli, '--help'], { cwd: root, env: process.env });
  if (!/^\s+restore\b/m.test(help.stdout) || !/^\s+save\b/m.test(help.stdout)) return standInCache(sharedDir);
  const lockfiles = [
    'services/web-app/package-lock.json',
    'tools/py-utility/requirements.txt',
    'sidecar/go.sum',
  ];
  const s3 = await startS3();
  return cliCache({ cli: opts.cli, repoRoot, tools, lockfiles, sharedDir, s3 });
}

export async function startWorld(root: string, opts: SimulateOptions): Promise<World> {
  const tools = await availableTools();
  const emu = await startEmulator({
    port: 0,
    publicLatencyMs: opts.latencyMs,
    ...(opts.publicNpm ? { publicNpm: opts.publicNpm } : {}),
  });
  const go = tools.includes('go') ? await startGoProxy() : undefined;
  const repo = await writeMonorepo(join(root, 'monorepo'), opts.fixture);
  const cache = await cacheStep(root, opts, repo.root, tools);
  return { root, emu, go, repo, cache, cli: opts.cli, tools, cacheKey: '', hosts: new Map(), log: opts.log };
}

/** The host of a given name, created on first use. */
export async function host(world: World, name: string): Promise<Host> {
  const existing = world.hosts.get(name);
  if (existing) return existing;
  const created = await newHost(world.root, name, world.emu.endpoint);
  world.hosts.set(name, created);
  return created;
}

/**
 * Lockfiles, as a developer commits them: package-lock.json (with `resolved` URLs, so a warm `npm ci`
 * makes no request) and go.sum. Generating package-lock.json reads packuments through the chain — metadata
 * only, no tarball — so build 1 still fetches every tarball cold. The audit log is reset afterwards.
 */
export async function prepareLockfiles(world: World): Promise<void> {
  world.log('Preparing lockfiles (metadata only; not timed) …');
  const dev = await host(world, 'developer-laptop');
  const { r, envFile } = await login(world, dev);
  if (!envFile) throw new Error(`login failed: ${tail(r)}`);
  const steps: [string, string][] = [['npm install --package-lock-only', world.repo.webApp]];
  if (world.go) steps.push(['go mod tidy', world.repo.sidecar]);
  for (const [command, cwd] of steps) {
    const done = await sourced(dev, envFile, command.replace('go mod', 'GOFLAGS=-modcacherw go mod'), cwd);
    if (done.code !== 0) throw new Error(`${command} failed: ${tail(done, 6)}`);
  }
  const lock = await readFile(join(world.repo.webApp, 'package-lock.json'));
  world.cacheKey = `deps-linux-${createHash('sha256').update(lock).digest('hex').slice(0, 16)}`;
  world.emu.ctx.audit.reset();
  world.go?.requests.splice(0);
}

/** Public npm packages in the lockfile (what build 1 must fetch externally, once each). */
export async function lockedPublicPackages(world: World): Promise<string[]> {
  const lock = JSON.parse(await readFile(join(world.repo.webApp, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  return Object.entries(lock.packages)
    .filter(([path]) => path.startsWith('node_modules/') && !path.includes('@acme/'))
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version ?? ''}`);
}
