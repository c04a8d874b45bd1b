import type { LoginSummary } from '../core/login-summary.js';
import type { RawInputs } from '../core/reader.js';
import type { RunEnvironment } from '../core/run-env.js';

/** Where the code runs; decides defaults such as where login's files and env go. */
export type PlatformName = 'github' | 'codebuild' | 'local';

/**
 * Everything `run/` needs from the world around it besides AWS and the files it writes: inputs, logging,
 * masking, outputs, state between login and cleanup, env for later steps, the summary. One implementation
 * per platform (GitHub Actions, CodeBuild, a laptop) plus an in-memory one for tests.
 */
export interface Platform {
  readonly name: PlatformName;
  /** The environment as login found it (read to detect overrides; never mutated through this). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** What the environment says about AWS, the runner's cache service and temp directory, read once. */
  readonly runEnv: RunEnvironment;
  /** The user's home directory (where ~/.npmrc and the pip user config live). */
  readonly homeDir: string;
  /** Raw inputs by kebab-case name, for `parseLoginInputs`. */
  inputs(names: readonly string[]): RawInputs;
  /** Progress for people: GitHub's log, or stderr. */
  info(message: string): void;
  /** Something the user should fix; never fatal. */
  warning(message: string): void;
  /** The command's main result (a dry run's plan): GitHub's log, or stdout. */
  report(text: string): void;
  /** Hides `secret` from everything printed from now on (and, on GitHub, from the runner's logs). */
  mask(secret: string): void;
  /** `text` with every masked value replaced by `***`. */
  redact(text: string): string;
  /** A GitHub OIDC token for `audience`; throws where there is none. */
  idToken(audience: string): Promise<string>;
  /** The directory login's config files go in (not created here: a dry run must write nothing). */
  configDir(): string;
  /** The env file to write `export` lines to: `requested` or the platform's default; undefined = none. */
  envFile(requested: string | undefined): string | undefined;
  /** Hands env to later steps where the platform carries it (GITHUB_ENV); after files are written. */
  exportEnv(env: Readonly<Record<string, string>>): Promise<void>;
  /** Sets step outputs (GITHUB_OUTPUT, or `name=value` lines on stdout). */
  setOutputs(outputs: Readonly<Record<string, string>>): void;
  /** Writes the end-of-login summary (a job summary table, or lines on stderr). */
  summary(summary: LoginSummary): Promise<void>;
  /** Keeps `state` for cleanup (GITHUB_STATE, or a state file). */
  saveState(state: string): Promise<void>;
  /** What `saveState` kept, or undefined. */
  loadState(): Promise<string | undefined>;
  /** Forgets the state once cleanup is done. */
  clearState(): Promise<void>;
  /** Keeps a value apart from login's state, by name (the cache's per-tool results, for save). */
  saveNamedState(name: string, value: string): Promise<void>;
  /** What `saveNamedState` kept under `name`, or undefined. */
  loadNamedState(name: string): Promise<string | undefined>;
  /** Adds a section to the summary: markdown for GitHub's job summary, text for logs. */
  appendSummary(markdown: string, text: string): Promise<void>;
}

export type { LoginSummary, SummaryRow } from '../core/login-summary.js';
