/** One build of the monorepo on a host: login, restore, the three installs, save — each phase timed. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { run, sourced, tail, type Host, type RunResult } from './host.js';
import { inspectRestored } from './restored.js';
import { mark, since } from './traffic.js';
import type { BuildResult, Phase } from './types.js';
import { DOMAIN, DOMAIN_OWNER, GO_PRIVATE, type World } from './world.js';

/** `codeartifact-cache login` as a buildspec runs it (for `domain`, default acme); returns its env file. */
export async function login(
  world: World,
  host: Host,
  domain = DOMAIN,
): Promise<{ r: RunResult; envFile: string | undefined }> {
  const args = [world.cli, 'login', '--domain', domain, '--domain-owner', DOMAIN_OWNER];
  args.push('--repository', 'internal', '--tools', world.tools.join(','));
  if (world.go) args.push('--go-proxy', world.go.url, '--go-private', GO_PRIVATE);
  args.push('--state-dir', join(host.root, 'state', domain));
  const r = await run(process.execPath, args, { cwd: world.repo.root, env: host.env });
  const envFile = /^env-file=(.+)$/m.exec(r.stdout)?.[1];
  return { r, envFile };
}

/** The install commands per tool, each in its project. */
function installs(world: World): [string, string, string][] {
  const all: [string, string, string][] = [
    ['npm', 'npm ci', world.repo.webApp],
    ['pip', 'python3 -m pip install -q --target site -r requirements.txt', world.repo.python],
    ['go', 'go mod download', world.repo.sidecar],
  ];
  return all.filter(([tool]) => world.tools.includes(tool as 'npm'));
}

/** A fresh checkout: no installed dependencies left from an earlier build. */
async function cleanWorkspace(world: World): Promise<void> {
  await rm(join(world.repo.webApp, 'node_modules'), { recursive: true, force: true });
  await rm(join(world.repo.python, 'site'), { recursive: true, force: true });
}

export interface BuildOptions {
  readonly restore: boolean;
  readonly save: boolean;
}

async function restorePhase(
  world: World,
  host: Host,
): Promise<Pick<BuildResult, 'cache' | 'restored'> & Phase> {
  const c = await world.cache.restore(host, world.cacheKey);
  const note = `${c.result}${c.bytes ? ` (${mib(c.bytes)})` : ''}${c.detail ? ` — ${c.detail}` : ''}`;
  const restored = c.result === 'miss' ? undefined : await inspectRestored(world, host);
  return {
    name: 'cache restore',
    ms: c.ms,
    ok: true,
    note,
    cache: c.result,
    ...(restored ? { restored } : {}),
  };
}

/** Run one build; a failed phase is recorded, not thrown, so the step's claims can say what broke. */
export async function runBuild(
  world: World,
  host: Host,
  label: string,
  opts: BuildOptions,
): Promise<BuildResult> {
  world.log(`  ${label} on ${host.name} …`);
  await cleanWorkspace(world);
  const from = mark(world.traffic);
  const phases: Phase[] = [];
  const { r, envFile } = await login(world, host);
  phases.push({
    name: 'login',
    ms: r.ms,
    ok: r.code === 0 && envFile !== undefined,
    ...(r.code ? { note: tail(r) } : {}),
  });
  let cache: BuildResult['cache'] = 'not used';
  let restored: BuildResult['restored'];
  if (opts.restore) {
    const { cache: result, restored: found, ...phase } = await restorePhase(world, host);
    phases.push(phase);
    cache = result;
    restored = found;
  }
  let installMs = 0;
  for (const [tool, command, cwd] of installs(world)) {
    const result = envFile ? await sourced(host, envFile, command, cwd) : undefined;
    const ok = result?.code === 0;
    installMs += result?.ms ?? 0;
    phases.push({
      name: command.replace('python3 -m ', '').split(' -')[0] ?? tool,
      ms: result?.ms ?? 0,
      ok,
      ...(ok ? {} : { note: result ? tail(result) : 'no login' }),
    });
  }
  if (opts.save) {
    const s = await world.cache.save(host, world.cacheKey);
    phases.push({ name: 'cache save', ms: s.ms, ok: true, note: mib(s.bytes) });
  }
  const traffic = since(world.traffic, from);
  return { label, phases, installMs, cache, ...(restored ? { restored } : {}), traffic };
}

export const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
