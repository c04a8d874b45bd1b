/** One build of the monorepo on a host: login, restore, the three installs, save — each phase timed. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { run, sourced, tail, type Host, type RunResult } from './host.js';
import { mark, since } from './traffic.js';
import type { BuildResult, Phase } from './types.js';
import { DOMAIN_OWNER, GO_PRIVATE, type World } from './world.js';

/** `codeartifact-cache login` as a buildspec runs it; returns the env file it wrote. */
export async function login(
  world: World,
  host: Host,
  endpoint?: string,
): Promise<{ r: RunResult; envFile: string | undefined }> {
  const args = [world.cli, 'login', '--domain', 'acme', '--domain-owner', DOMAIN_OWNER];
  args.push('--repository', 'internal', '--tools', world.tools.join(','));
  if (world.go) args.push('--go-proxy', world.go.url, '--go-private', GO_PRIVATE);
  args.push('--state-dir', join(host.root, 'state'));
  const env = endpoint ? { ...host.env, AWS_ENDPOINT_URL_CODEARTIFACT: endpoint } : host.env;
  const r = await run(process.execPath, args, { cwd: world.repo.root, env });
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

/** Run one build; a failed phase is recorded, not thrown, so the step's claims can say what broke. */
export async function runBuild(
  world: World,
  host: Host,
  label: string,
  opts: BuildOptions,
): Promise<BuildResult> {
  world.log(`  ${label} on ${host.name} …`);
  await cleanWorkspace(world);
  const from = mark(world.emu.ctx.audit, world.go);
  const phases: Phase[] = [];
  const { r, envFile } = await login(world, host);
  phases.push({
    name: 'login',
    ms: r.ms,
    ok: r.code === 0 && envFile !== undefined,
    ...(r.code ? { note: tail(r) } : {}),
  });
  let cache: BuildResult['cache'] = 'not used';
  if (opts.restore) {
    const c = await world.cache.restore(host, world.cacheKey);
    cache = c.result;
    phases.push({
      name: 'cache restore',
      ms: c.ms,
      ok: true,
      note: `${c.result}${c.bytes ? ` (${mib(c.bytes)})` : ''}${c.detail ? ` — ${c.detail}` : ''}`,
    });
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
  return { label, phases, installMs, cache, traffic: since(world.emu.ctx.audit, world.go, from) };
}

export const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
