import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryMarkdown, summaryText, type LoginSummary } from '../core/login-summary.js';
import { InputError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import type { RawInputs } from '../core/reader.js';
import { readRunEnvironment, type RunEnvironment } from '../core/run-env.js';
import type { Platform } from './types.js';

/** The name login's journal is saved under between the main and post steps. */
const STATE_NAME = 'journal';

/**
 * GitHub Actions through @actions/core: inputs from `INPUT_*`, `::add-mask::`, env through GITHUB_ENV,
 * outputs through GITHUB_OUTPUT, state through GITHUB_STATE (read back from `STATE_*` in the post step),
 * the job summary, and the OIDC token.
 */
export class GitHubPlatform implements Platform {
  readonly name = 'github';
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly runEnv: RunEnvironment;
  readonly homeDir: string;
  private readonly secrets: string[] = [];
  // Random per step: two uses of the action in one job must not share (and then delete) files.
  private readonly dir: string;

  constructor(env: Readonly<Record<string, string | undefined>> = { ...process.env }) {
    this.env = env;
    this.runEnv = readRunEnvironment(this.env);
    this.homeDir = homedir();
    this.dir = join(env.RUNNER_TEMP || tmpdir(), `codeartifact-cache-${randomBytes(4).toString('hex')}`);
  }

  inputs(names: readonly string[]): RawInputs {
    return Object.fromEntries(names.map((name) => [name, core.getInput(name)]));
  }
  info(message: string): void {
    core.info(this.redact(message));
  }
  warning(message: string): void {
    core.warning(this.redact(message));
  }
  report(text: string): void {
    core.info(this.redact(text).replace(/\n$/, ''));
  }
  mask(secret: string): void {
    if (secret === '') return;
    core.setSecret(secret);
    this.secrets.push(secret);
  }
  redact(text: string): string {
    return redact(text, this.secrets);
  }
  async idToken(audience: string): Promise<string> {
    if (!this.env.ACTIONS_ID_TOKEN_REQUEST_URL || !this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      throw new Error(
        "'role-to-assume' needs the job's OIDC token, and this job has none: add `permissions: id-token: " +
          'write` to the job (pull requests from forks never get one).',
      );
    }
    try {
      const token = await core.getIDToken(audience); // masks it before returning
      this.secrets.push(token);
      return token;
    } catch (error) {
      throw new Error(
        `Could not get the job's OIDC token for audience ${audience}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  configDir(): string {
    return this.dir;
  }
  envFile(requested: string | undefined): string | undefined {
    return requested; // GITHUB_ENV carries env; a file only when asked for (e.g. for a container step)
  }
  async exportEnv(env: Readonly<Record<string, string>>): Promise<void> {
    for (const [name, value] of Object.entries(env)) core.exportVariable(name, value);
  }
  setOutputs(outputs: Readonly<Record<string, string>>): void {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  }
  async summary(summary: LoginSummary): Promise<void> {
    this.info(summaryText(summary).replace(/\n$/, ''));
    if (!this.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(this.redact(summaryMarkdown(summary))).write();
  }
  async saveState(state: string): Promise<void> {
    core.saveState(STATE_NAME, state);
  }
  async loadState(): Promise<string | undefined> {
    return core.getState(STATE_NAME) || undefined;
  }
  /** Fails the step: one error annotation per bad input, or the error's message (masked values redacted). */
  fail(error: unknown): void {
    if (error instanceof InputError) {
      error.problems.forEach((problem) => core.error(this.redact(problem)));
      core.setFailed(`${error.problems.length} input(s) are invalid: nothing was fetched or written`);
    } else {
      core.setFailed(this.redact(error instanceof Error ? error.message : String(error)));
    }
  }
  async saveNamedState(name: string, value: string): Promise<void> {
    core.saveState(name, value);
  }
  async loadNamedState(name: string): Promise<string | undefined> {
    return core.getState(name) || undefined;
  }
  async appendSummary(markdown: string, text: string): Promise<void> {
    this.info(text.replace(/\n$/, ''));
    if (!this.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(this.redact(markdown)).write();
  }
  async clearState(): Promise<void> {
    // Nothing to do: the runner drops a step's state when the job ends, and post runs once.
  }
}
