/**
 * `simulate`: the design article's worked example on one machine — the emulator, a fixture monorepo and
 * the real npm, pip and go, driven through the same `login` (and cache step) a buildspec uses.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pythonRequirements } from './fixture.js';
import { GO_MODULES } from './goproxy.js';
import { prepareLockfiles, startWorld } from './setup.js';
import { step1, step2, step3 } from './steps-cache.js';
import { step4, step5 } from './steps-origin.js';
import type { SimulateOptions, SimulationReport, StepResult } from './types.js';
import type { World } from './world.js';

export type { SimulateOptions, SimulationReport } from './types.js';
export type { World } from './world.js';

/** The steps to run for a request: 2, 3 and 5 need build 1's domain and caches. */
export function plan(requested: readonly number[]): number[] {
  const steps = new Set(requested);
  if ([2, 3, 5].some((n) => steps.has(n))) steps.add(1);
  return [...steps].sort((a, b) => a - b);
}

async function runSteps(world: World, opts: SimulateOptions): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const cold = () => results.find((r) => r.step === 1)?.builds[0];
  for (const n of plan(opts.steps)) {
    opts.log(`Step ${n} …`);
    if (n === 1) results.push(await step1(world));
    if (n === 2) results.push(await step2(world, cold()));
    if (n === 3) results.push(await step3(world, cold()));
    if (n === 4) results.push(await step4(world, opts.latencyMs));
    if (n === 5) results.push(await step5(world));
  }
  return results;
}

async function npmCount(world: World): Promise<number> {
  const lock = JSON.parse(await readFile(join(world.repo.webApp, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  return Object.keys(lock.packages).filter((k) => k !== '').length;
}

/**
 * Run the simulation. With `keep`, `onKept` receives the running world and the servers stay up until
 * the returned promise of `onKept` settles.
 */
export async function simulate(
  opts: SimulateOptions,
  onKept?: (world: World, report: SimulationReport) => Promise<void>,
): Promise<SimulationReport> {
  const started = Date.now();
  const root = await mkdtemp(join(tmpdir(), 'codeartifact-simulate-'));
  const world = await startWorld(root, opts);
  try {
    await prepareLockfiles(world);
    const steps = await runSteps(world, opts);
    const report: SimulationReport = {
      fixture: opts.fixture,
      latencyMs: opts.latencyMs,
      packages: {
        npm: await npmCount(world),
        pypi: pythonRequirements(opts.fixture).length,
        go: world.go ? GO_MODULES.length : 0,
      },
      cacheBackend: world.cache.backend,
      steps,
      ok: steps.every((st) => st.claims.every((c) => c.ok)),
      totalMs: Date.now() - started,
    };
    if (opts.keep && onKept) await onKept(world, report);
    return report;
  } finally {
    await world.emu.close();
    await world.go?.close();
    await world.cache.stop?.();
    await rm(root, { recursive: true, force: true });
  }
}
