/** What a simulation is asked to do, and what it found: the data behind every rendering of the report. */

/** Options of `codeartifact-cache simulate`. */
export interface SimulateOptions {
  /** Steps to run (1–5); each pulls in what it needs. @default [1, 2, 3, 4, 5] */
  readonly steps: readonly number[];
  /** `full`: web-app with ~300 packages; `small`: a handful, for CI. @default 'full' */
  readonly fixture: 'full' | 'small';
  /** Delay the embedded public registry adds to each external fetch. @default 80 */
  readonly latencyMs: number;
  /** Point the npm external connection at this registry instead of the embedded one. */
  readonly publicNpm?: string;
  /** The bundled CLI whose login command the builds run. */
  readonly cli: string;
  /** Keep servers and files after the run, for exploring. @default false */
  readonly keep: boolean;
  /** Progress lines go here (stderr in the CLI). */
  readonly log: (line: string) => void;
}

/** Where the data-plane requests of one phase were satisfied, from the emulator's audit log. */
export interface Traffic {
  readonly requests: number;
  /** Requests the requested repository answered (published there, or retained there). */
  readonly internal: number;
  /** Requests answered from a copy retained in an upstream repository of the domain. */
  readonly upstream: number;
  /** Requests that went out through an external connection. */
  readonly external: number;
  /** Refused or not found. */
  readonly none: number;
  /** External fetches by kind. */
  readonly externalAssets: number;
  readonly externalMetadata: number;
  /** Bytes sent to the clients, by where they came from. */
  readonly bytes: { readonly domain: number; readonly external: number };
  /** Requests the Go module proxy answered. */
  readonly goProxyRequests: number;
}

/** One timed phase of a build (login, restore, npm ci, …). */
export interface Phase {
  readonly name: string;
  readonly ms: number;
  readonly ok: boolean;
  /** One line about the outcome, e.g. "hit (12.3 MiB)". */
  readonly note?: string;
}

/** One build of the monorepo. */
export interface BuildResult {
  readonly label: string;
  readonly phases: readonly Phase[];
  /** Time spent installing (npm + pip + go), the figure the chart compares. */
  readonly installMs: number;
  readonly cache: 'hit-local' | 'hit-shared' | 'miss' | 'not used';
  readonly traffic: Traffic;
}

/** A claim a step makes and whether it held. */
export interface Claim {
  readonly text: string;
  readonly ok: boolean;
  readonly detail: string;
}

/** One step of the story. */
export interface StepResult {
  readonly step: number;
  readonly title: string;
  readonly builds: readonly BuildResult[];
  readonly claims: readonly Claim[];
  /** Free-form lines shown under the step (what was published, what failed and why). */
  readonly notes: readonly string[];
}

/** The whole run. */
export interface SimulationReport {
  readonly fixture: 'full' | 'small';
  readonly latencyMs: number;
  readonly packages: { readonly npm: number; readonly pypi: number; readonly go: number };
  readonly cacheBackend: string;
  readonly steps: readonly StepResult[];
  readonly ok: boolean;
  readonly totalMs: number;
}
