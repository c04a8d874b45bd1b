/**
 * Runs a buildspec's phases the way CodeBuild runs buildspec 0.2 on Linux: one shell (`sh`, the default
 * `env.shell`) for every command, so `.` and `export` carry over; phases in order install → pre_build →
 * build → post_build; each phase's `finally` after its commands, whatever they did; a failing command ends
 * its phase and sets CODEBUILD_BUILD_SUCCEEDING=0; a failed install or pre_build ends the build, a failed
 * build still runs post_build. `env.variables` first, then the project's environment over them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run, type RunResult } from './clients.js';

const PHASES = ['install', 'pre_build', 'build', 'post_build'] as const;
type Phase = (typeof PHASES)[number];
interface Spec {
  env?: { variables?: Record<string, unknown> };
  phases?: Partial<Record<Phase, { commands?: string[]; finally?: string[] }>>;
}

export interface BuildResult extends RunResult {
  /** SUCCEEDED or FAILED per phase that ran, in order. */
  phases: Partial<Record<Phase, 'SUCCEEDED' | 'FAILED'>>;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** Each command goes into its own file, sourced by the one shell; its status decides the phase. */
async function script(spec: Spec, dir: string): Promise<string> {
  const lines = ['CODEBUILD_BUILD_SUCCEEDING=1', 'export CODEBUILD_BUILD_SUCCEEDING'];
  let n = 0;
  const step = async (command: string, guard: string) => {
    const file = join(dir, `command-${n++}.sh`);
    await writeFile(file, `${command}\n`);
    lines.push(`if ${guard}; then . ${quote(file)}; [ $? = 0 ] || ok=0; fi`);
  };
  for (const phase of PHASES) {
    const body = spec.phases?.[phase];
    if (body === undefined) continue;
    lines.push('ok=1');
    for (const command of body.commands ?? []) await step(command, '[ $ok = 1 ]');
    for (const command of body.finally ?? []) await step(command, 'true');
    lines.push(`if [ $ok = 1 ]; then echo "${phase} SUCCEEDED" >&3; else echo "${phase} FAILED" >&3;`);
    lines.push('  CODEBUILD_BUILD_SUCCEEDING=0');
    // A failure before build ends the build; build's failure still lets post_build run.
    lines.push(phase === 'build' ? 'fi' : '  exit 1; fi');
  }
  return lines.join('\n');
}

/** Runs `buildspecText` in `cwd` with `projectEnv` (which wins over the buildspec's variables). */
export async function runBuildspec(
  buildspecText: string,
  projectEnv: NodeJS.ProcessEnv,
  cwd: string,
  workDir: string,
): Promise<BuildResult> {
  const spec = parse(buildspecText) as Spec;
  await mkdir(workDir, { recursive: true });
  const variables = Object.fromEntries(
    Object.entries(spec.env?.variables ?? {}).map(([k, v]) => [k, String(v)]),
  );
  const results = join(workDir, 'phases.txt');
  const main = join(workDir, 'build.sh');
  await writeFile(main, `exec 3>${quote(results)}\n${await script(spec, workDir)}\n`);
  const result = await run('sh', [main], {
    cwd,
    env: { ...variables, ...projectEnv },
    timeoutMs: 240_000,
  });
  const phases: BuildResult['phases'] = {};
  for (const line of (await readFile(results, 'utf8')).split('\n').filter(Boolean)) {
    const [phase, status] = line.split(' ') as [Phase, 'SUCCEEDED' | 'FAILED'];
    phases[phase] = status;
  }
  return { ...result, phases };
}
