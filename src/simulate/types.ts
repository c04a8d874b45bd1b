/** What a simulation is asked to do, and what it found: the data behind every rendering of the report. */

/** A part of the story a reduced run may leave out, by the user's explicit choice (`--without`). */
export type OptionalPart = 'pip' | 'go' | 's3';

/**
 * Test-only: a subject broken on purpose so the claim about it can be seen failing. The emulator's faults
 * (src/emulator/faults.ts) plus `restore`: the cache restore puts what it downloads where no client reads it.
 */
export type SimulateFault = 'origin-controls' | 'counters' | 'pause' | 'restore';

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
  /** Parts left out on purpose (a reduced run); anything else missing fails the run. @default [] */
  readonly without: readonly OptionalPart[];
  /** Test-only faults; the report names them and the run must then fail. @default [] */
  readonly faults: readonly SimulateFault[];
  /** Progress lines go here (stderr in the CLI). */
  readonly log: (line: string) => void;
  /** Called as the run goes: the header once the fixture is ready, then each step when it ends. */
  readonly progress?: {
    header(h: ReportHeader): void;
    step(s: StepResult): void;
  };
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
  /**
   * Package files (npm tarballs, PyPI files) the domain sent, and module zips from the Go proxy. A file the
   * client revalidated (answered 304 Not Modified, no body) is counted in `revalidated` instead.
   */
  readonly fileRequests: { readonly npm: number; readonly pip: number; readonly go: number };
  /** Package-file requests answered 304: the client held the file and only asked whether it changed. */
  readonly revalidated: number;
  /**
   * What the embedded public registry itself served (its own counters, not the emulator's): downloads of
   * tarballs/files and metadata documents. Undefined when `--public-npm` replaced it.
   */
  readonly publicRegistry?: { readonly downloads: number; readonly metadata: number };
}

/** What a cache restore left in a host's cache directories, checked against the lockfiles. */
export interface RestoredContents {
  readonly tool: 'npm' | 'pip' | 'go';
  readonly where: string;
  /** Packages the lockfile names. */
  readonly expected: number;
  /** Those not found in the restored directory. */
  readonly missing: readonly string[];
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
  /** Checked right after the restore, before any install. */
  readonly restored?: readonly RestoredContents[];
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

/** What the report says before the first step. */
export interface ReportHeader {
  readonly fixture: 'full' | 'small';
  readonly latencyMs: number;
  readonly packages: { readonly npm: number; readonly pypi: number; readonly go: number };
  readonly cacheBackend: string;
  /** Parts of the story this run leaves out, each with why (empty for a full run). */
  readonly leftOut: readonly string[];
  /** Test-only faults injected into this run. */
  readonly faults: readonly SimulateFault[];
}

/** The whole run. */
export interface SimulationReport extends ReportHeader {
  readonly steps: readonly StepResult[];
  readonly ok: boolean;
  readonly totalMs: number;
}
