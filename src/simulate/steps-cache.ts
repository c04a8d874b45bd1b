/** Steps 1–3: the cold build, the same host again, a new host restoring from the shared cache. */
import {
  buildPassed,
  cacheFrom,
  cacheUsed,
  countersAgree,
  publicDownloadsOnce,
  restoredHolds,
  zeroExternal,
} from './claims.js';
import { publicPythonRequirements } from './fixture.js';
import { wipeLocalCaches } from './host.js';
import { host, lockedPublicPackages } from './setup.js';
import { runBuild } from './build.js';
import type { BuildResult, Claim, StepResult } from './types.js';
import type { World } from './world.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export async function step1(world: World): Promise<StepResult> {
  const a = await host(world, 'host-a');
  const b = await runBuild(world, a, 'Build 1 (cold)', { restore: true, save: true });
  const npm = (await lockedPublicPackages(world)).length;
  const pip = world.tools.includes('pip') ? publicPythonRequirements(world.fixture).length : 0;
  const perAsset = world.emu.ctx.audit.counters().externalFetchesPerAsset;
  const claims: Claim[] = [buildPassed(b), cacheFrom(b, 'miss')];
  if (b.traffic.publicRegistry) claims.push(publicDownloadsOnce(b, npm + pip));
  claims.push(countersAgree(b, perAsset));
  return {
    step: 1,
    title: 'Build 1, cold: every tarball comes from the public side, once; the cache is saved',
    builds: [b],
    claims,
    notes: [
      `${npm} public npm packages and ${pip} public wheels in the lockfiles; cache key ${world.cacheKey}`,
    ],
  };
}

function speedup(cold: BuildResult | undefined, warm: BuildResult): string[] {
  if (!cold) return [];
  const ratio = warm.installMs > 0 ? cold.installMs / warm.installMs : 0;
  return [
    `install ${seconds(warm.installMs)} vs ${seconds(cold.installMs)} cold (${ratio.toFixed(2)}× as fast)`,
  ];
}

/** What a build with a restored cache claims: restored from `from`, holding the packages, used, no external. */
function warmClaims(world: World, b: BuildResult, from: BuildResult['cache']): Claim[] {
  return [buildPassed(b), cacheFrom(b, from), restoredHolds(b), cacheUsed(b, world.tools), zeroExternal(b)];
}

export async function step2(world: World, cold: BuildResult | undefined): Promise<StepResult> {
  const a = await host(world, 'host-a');
  await wipeLocalCaches(a); // a new workspace on the same host: only the host's cache store is left
  const b = await runBuild(world, a, 'Build 2 (same host)', { restore: true, save: false });
  return {
    step: 2,
    title:
      'Build 2, same host: the local cache is restored and used; nothing is fetched from the public side',
    builds: [b],
    claims: warmClaims(world, b, 'hit-local'),
    notes: speedup(cold, b),
  };
}

export async function step3(world: World, cold: BuildResult | undefined): Promise<StepResult> {
  const fresh = await host(world, 'host-b');
  const b = await runBuild(world, fresh, 'Build 3 (new host)', { restore: true, save: false });
  return {
    step: 3,
    title:
      'Build 3, a new host: no local cache; the shared cache is restored and used; nothing fetched externally',
    builds: [b],
    claims: warmClaims(world, b, 'hit-shared'),
    notes: speedup(cold, b),
  };
}
