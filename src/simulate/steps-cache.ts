/** Steps 1–3: the cold build, the same host again, a new host restoring from the shared cache. */
import { fetchedOnceEach, buildPassed, cacheFrom, zeroExternal } from './claims.js';
import { wipeLocalCaches } from './host.js';
import { host, lockedPublicPackages } from './setup.js';
import { runBuild } from './build.js';
import type { BuildResult, StepResult } from './types.js';
import type { World } from './world.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export async function step1(world: World): Promise<StepResult> {
  const a = await host(world, 'host-a');
  const b = await runBuild(world, a, 'Build 1 (cold)', { restore: true, save: true });
  const locked = world.emu.publicRegistry ? (await lockedPublicPackages(world)).length : 0;
  const perAsset = world.emu.ctx.audit.counters().externalFetchesPerAsset;
  return {
    step: 1,
    title: 'Build 1, cold: every tarball comes from the public side, once; the cache is saved',
    builds: [b],
    claims: [buildPassed(b), cacheFrom(b, 'miss'), fetchedOnceEach(perAsset, locked)],
    notes: [`${locked} public npm packages in package-lock.json; cache key ${world.cacheKey}`],
  };
}

function speedup(cold: BuildResult | undefined, warm: BuildResult): string[] {
  if (!cold) return [];
  const ratio = warm.installMs > 0 ? cold.installMs / warm.installMs : 0;
  return [
    `install ${seconds(warm.installMs)} vs ${seconds(cold.installMs)} cold (${ratio.toFixed(1)}× faster)`,
  ];
}

export async function step2(world: World, cold: BuildResult | undefined): Promise<StepResult> {
  const a = await host(world, 'host-a');
  await wipeLocalCaches(a); // a new workspace on the same host: only the host's cache store is left
  const b = await runBuild(world, a, 'Build 2 (same host)', { restore: true, save: false });
  return {
    step: 2,
    title: 'Build 2, same host: the local cache is restored; nothing is fetched from the public side',
    builds: [b],
    claims: [buildPassed(b), cacheFrom(b, 'hit-local'), zeroExternal(b)],
    notes: speedup(cold, b),
  };
}

export async function step3(world: World, cold: BuildResult | undefined): Promise<StepResult> {
  const fresh = await host(world, 'host-b');
  const b = await runBuild(world, fresh, 'Build 3 (new host)', { restore: true, save: false });
  return {
    step: 3,
    title: 'Build 3, a new host: no local cache; the shared cache restores it; nothing fetched externally',
    builds: [b],
    claims: [buildPassed(b), cacheFrom(b, 'hit-shared'), zeroExternal(b)],
    notes: speedup(cold, b),
  };
}
