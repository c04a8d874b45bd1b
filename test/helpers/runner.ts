/**
 * What the Actions runner does around a JavaScript action, for running dist/ as it would: `INPUT_*`
 * variables, the file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), RUNNER_TEMP,
 * and, for the post step, the state main saved turned into `STATE_*` variables.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { run, type RunResult } from './clients.js';

export interface RunnerFiles {
  readonly GITHUB_ENV: string;
  readonly GITHUB_OUTPUT: string;
  readonly GITHUB_STATE: string;
  readonly GITHUB_STEP_SUMMARY: string;
  readonly RUNNER_TEMP: string;
  /** The checkout the step runs in (empty unless a test puts files there). */
  readonly GITHUB_WORKSPACE: string;
}

/** Empty file-command files and a RUNNER_TEMP under `root`, one set per step. */
export async function runnerFiles(root: string, step: string): Promise<RunnerFiles> {
  const dir = join(root, step);
  await mkdir(join(dir, 'temp'), { recursive: true });
  await mkdir(join(dir, 'workspace'), { recursive: true });
  const files = {
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: join(dir, 'temp'),
    GITHUB_WORKSPACE: join(dir, 'workspace'),
  };
  for (const path of [files.GITHUB_ENV, files.GITHUB_OUTPUT, files.GITHUB_STATE, files.GITHUB_STEP_SUMMARY]) {
    await writeFile(path, '');
  }
  return files;
}

/** Parses a file-command file: `NAME<<DELIM` … `DELIM` blocks, and plain `NAME=value` lines. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? '', i + 1);
      result[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}

/** `INPUT_<NAME>` variables as the runner spells them (upper case, hyphens kept). */
export function inputEnv(inputs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
}

/** What one step left behind. */
export interface StepResult extends RunResult {
  readonly outputs: Record<string, string>;
  readonly exported: Record<string, string>;
  readonly state: Record<string, string>;
  readonly summary: string;
  /** Every file-command file's raw text, for grepping. */
  readonly raw: { env: string; output: string; state: string };
}

/** Runs `node <script>` as a step in the workspace, with the runner's files and `env`. */
export async function runStep(
  script: string,
  files: RunnerFiles,
  env: NodeJS.ProcessEnv,
): Promise<StepResult> {
  const result = await run(process.execPath, [resolve(script)], {
    cwd: files.GITHUB_WORKSPACE,
    env: { ...env, ...files, GITHUB_ACTIONS: 'true' },
  });
  const raw = {
    env: await readFile(files.GITHUB_ENV, 'utf8'),
    output: await readFile(files.GITHUB_OUTPUT, 'utf8'),
    state: await readFile(files.GITHUB_STATE, 'utf8'),
  };
  return {
    ...result,
    outputs: parseFileCommands(raw.output),
    exported: parseFileCommands(raw.env),
    state: parseFileCommands(raw.state),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    raw,
  };
}

/** The `STATE_*` variables the runner gives the post step from what main saved. */
export function stateEnv(state: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
}

/** stdout without the `::add-mask::` commands, which the runner consumes and never shows. */
export const withoutMaskCommands = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
