/** Start the servers, write the monorepo and generate its lockfiles before any build is timed. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CONFIG, type EmulatorConfig } from '../emulator/config.js';
import type { EmulatorFault } from '../emulator/faults.js';
import { startEmulator, trustEnv } from '../emulator/index.js';
import type { CacheStep } from './cache.js';
import { cliCache } from './cache-cli.js';
import { startS3 } from './moto.js';
import { login } from './build.js';
import { writeMonorepo } from './fixture.js';
import { startGoProxy } from './goproxy.js';
import { newHost, run, sourced, tail, type Host } from './host.js';
import type { OptionalPart, SimulateOptions } from './types.js';
import { UNPROTECTED_DOMAIN, type Tool, type World } from './world.js';

const REQUIRED: [Tool, string, string[], string][] = [
  ['npm', 'npm', ['--version'], 'npm is not on PATH'],
  ['pip', 'python3', ['-m', 'pip', '--version'], 'python3 with pip is not available'],
  ['go', 'go', ['version'], 'go is not on PATH (apt-get install -y golang-go)'],
];

const reduce = (part: OptionalPart): string => `, or leave it out of a reduced run with --without ${part}`;

/** The tools of this run: each one present, or left out by the user; anything else fails with one line. */
async function requiredTools(without: readonly OptionalPart[]): Promise<Tool[]> {
  const tools: Tool[] = [];
  for (const [tool, cmd, args, missing] of REQUIRED) {
    if (tool !== 'npm' && without.includes(tool)) continue;
    const r = await run(cmd, args, { cwd: process.cwd(), env: process.env });
    if (r.code !== 0) throw new Error(`simulate: ${missing}${tool === 'npm' ? '' : reduce(tool)}`);
    tools.push(tool);
  }
  return tools;
}

/** The story's domain, plus a copy as it was before the migration: @acme/auth not held internally. */
function emulatorConfig(): EmulatorConfig {
  const [acme] = DEFAULT_CONFIG.domains;
  if (!acme) throw new Error('The default emulator config has no domain');
  return { ...DEFAULT_CONFIG, domains: [acme, { ...acme, name: UNPROTECTED_DOMAIN, packages: [] }] };
}

/** The CLI's own restore/save; the shared store is S3 on moto unless the run leaves s3 out. */
async function cacheStep(
  root: string,
  opts: SimulateOptions,
  repoRoot: string,
  tools: Tool[],
): Promise<CacheStep> {
  // `<cli> restore --help` would print the program's help (exit 0) on a CLI without the command.
  const help = await run(process.execPath, [opts.cli, '--help'], { cwd: root, env: process.env });
  if (!/^\s+restore\b/m.test(help.stdout) || !/^\s+save\b/m.test(help.stdout))
    throw new Error(`simulate: ${opts.cli} has no restore/save commands; build it first (npm run build)`);
  const all = {
    npm: 'services/web-app/package-lock.json',
    pip: 'tools/py-utility/requirements.txt',
    go: 'sidecar/go.sum',
  };
  const lockfiles = tools.map((t) => all[t]);
  const s3 = opts.without.includes('s3') ? undefined : await startS3();
  if (!opts.without.includes('s3') && !s3)
    throw new Error(
      `simulate: moto did not start (python3 -m moto.server; pip install 'moto[server]')${reduce('s3')}`,
    );
  const restoreIntoSink = opts.faults.includes('restore');
  return cliCache({
    cli: opts.cli,
    repoRoot,
    tools,
    lockfiles,
    sharedDir: join(root, 'shared-cache'),
    s3,
    restoreIntoSink,
  });
}

const EMULATOR_FAULTS: readonly string[] = ['origin-controls', 'counters', 'pause'];

export async function startWorld(root: string, opts: SimulateOptions): Promise<World> {
  const tools = await requiredTools(opts.without);
  const emu = await startEmulator({
    port: 0,
    config: emulatorConfig(),
    // HTTPS as the service speaks it: pip's HTTP cache keeps only downloads from HTTPS (or trusted hosts).
    tls: true,
    publicLatencyMs: opts.latencyMs,
    faults: opts.faults.filter((f): f is EmulatorFault => EMULATOR_FAULTS.includes(f)),
    ...(opts.publicNpm ? { publicNpm: opts.publicNpm } : {}),
  });
  try {
    const go = tools.includes('go') ? await startGoProxy() : undefined;
    const repo = await writeMonorepo(join(root, 'monorepo'), opts.fixture);
    const cache = await cacheStep(root, opts, repo.root, tools).catch(async (err: unknown) => {
      await go?.close();
      throw err;
    });
    // With --public-npm the npm side is a registry simulate cannot read, so there is no independent count.
    const publicRegistry = opts.publicNpm ? undefined : emu.publicRegistry;
    const traffic = { audit: emu.ctx.audit, go, publicRegistry };
    const trust = emu.tls ? trustEnv(emu.tls.caFile) : {};
    return {
      ...{ root, emu, go, repo, cache, traffic, trust, tools, cacheKey: '', hosts: new Map(), log: opts.log },
      ...{ fixture: opts.fixture, cli: opts.cli, faults: opts.faults },
    };
  } catch (err) {
    await emu.close();
    throw err;
  }
}

/** The host of a given name, created on first use. */
export async function host(world: World, name: string): Promise<Host> {
  const existing = world.hosts.get(name);
  if (existing) return existing;
  const created = await newHost(world.root, name, world.emu.endpoint, world.trust);
  world.hosts.set(name, created);
  return created;
}

/**
 * Lockfiles, as a developer commits them: package-lock.json (with `resolved` URLs, so a warm `npm ci`
 * makes no request), a fully pinned requirements.txt (written with the monorepo) and go.sum. Generating
 * package-lock.json reads packuments through the chain — metadata only, no tarball — so build 1 still
 * fetches every tarball cold. The audit log is reset afterwards.
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
