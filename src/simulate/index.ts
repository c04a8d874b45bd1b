/**
 * `simulate`: the design article's worked example on one machine — the emulator, a fixture monorepo and
 * the real npm, pip and go, driven through the same `login`, `restore` and `save` a buildspec uses.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pythonRequirements } from './fixture.js';
import { GO_MODULES } from './goproxy.js';
import { prepareLockfiles, startWorld } from './setup.js';
import { step1, step2, step3 } from './steps-cache.js';
import { step4, step5 } from './steps-origin.js';
import type { ReportHeader, SimulateOptions, SimulationReport, StepResult } from './types.js';
import type { World } from './world.js';

export type { SimulateOptions, SimulationReport } from './types.js';
export type { World } from './world.js';

/** The steps to run for a request: 2, 3 and 5 need build 1's domain and caches; 4 needs the embedded registry. */
export function plan(requested: readonly number[], publicNpm = false): number[] {
  const steps = new Set(requested.filter((n) => !(publicNpm && n === 4)));
  if ([2, 3, 5].some((n) => steps.has(n))) steps.add(1);
  return [...steps].sort((a, b) => a - b);
}

/** What a run leaves out and why: said in the report's header, never silently. */
export function leftOut(opts: Pick<SimulateOptions, 'without' | 'publicNpm' | 'steps'>): string[] {
  const why: Record<string, string> = {
    pip: 'pip: the Python utility is not built, its cache not restored (--without pip)',
    go: 'go: the Go sidecar is not built, its module cache not restored (--without go)',
    s3: 's3: the shared cache store is a local directory instead of S3 on moto (--without s3)',
  };
  const out = opts.without.map((part) => why[part] ?? part);
  if (opts.publicNpm) {
    if (opts.steps.includes(4))
      out.push('step 4 (the spoof): simulate cannot publish to the --public-npm registry');
    out.push(
      "the independent count of external fetches: the --public-npm registry's own log is not readable",
    );
  }
  return out;
}

async function runSteps(world: World, opts: SimulateOptions): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const cold = () => results.find((r) => r.step === 1)?.builds[0];
  const steps: Record<number, () => Promise<StepResult>> = {
    1: () => step1(world),
    2: () => step2(world, cold()),
    3: () => step3(world, cold()),
    4: () => step4(world),
    5: () => step5(world),
  };
  for (const n of plan(opts.steps, opts.publicNpm !== undefined)) {
    opts.log(`Step ${n} …`);
    const result = await (steps[n] as () => Promise<StepResult>)();
    opts.progress?.step(result);
    results.push(result);
  }
  return results;
}

async function header(world: World, opts: SimulateOptions): Promise<ReportHeader> {
  const lock = JSON.parse(await readFile(join(world.repo.webApp, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  return {
    fixture: opts.fixture,
    latencyMs: opts.latencyMs,
    packages: {
      npm: Object.keys(lock.packages).filter((k) => k !== '').length,
      pypi: world.tools.includes('pip') ? pythonRequirements(opts.fixture).length : 0,
      go: world.go ? GO_MODULES.length : 0,
    },
    cacheBackend: world.cache.backend,
    leftOut: leftOut(opts),
    faults: opts.faults,
  };
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
  let world: World | undefined;
  try {
    world = await startWorld(root, opts);
    await prepareLockfiles(world);
    const head = await header(world, opts);
    opts.progress?.header(head);
    const steps = await runSteps(world, opts);
    const ok = steps.every((st) => st.claims.length > 0 && st.claims.every((c) => c.ok));
    const report: SimulationReport = { ...head, steps, ok, totalMs: Date.now() - started };
    if (opts.keep && onKept) await onKept(world, report);
    return report;
  } finally {
    await world?.emu.close();
    await world?.go?.close();
    await world?.cache.stop?.();
    await rm(root, { recursive: true, force: true });
  }
}
