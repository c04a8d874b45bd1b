import { join } from 'node:path';
import { redact } from '../core/redact.js';
import type { RawInputs } from '../core/reader.js';
import { readRunEnvironment, type RunEnvironment } from '../core/run-env.js';
import type { LoginSummary, Platform, PlatformName } from './types.js';

/** Options of the in-memory platform; everything has a harmless default. */
export interface MemoryPlatformOptions {
  /** @default 'local' */
  readonly name?: PlatformName;
  /** Raw inputs by kebab-case name. @default {} */
  readonly inputs?: RawInputs;
  /** @default {} */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Required: tests point it at a temp directory. */
  readonly homeDir: string;
  /** @default `${homeDir}/.codeartifact-cache` */
  readonly configDir?: string;
  /** When set, envFile() falls back to it (as the CLI platforms do); otherwise env goes to `exported`. */
  readonly defaultEnvFile?: string;
  /** What idToken() returns; absent = no OIDC here. */
  readonly idToken?: string;
}

/**
 * A platform that records everything in memory, for unit tests of `run/`. Files login writes are still
 * real (under `homeDir`): only the platform's own channels are in memory.
 */
export class MemoryPlatform implements Platform {
  readonly name: PlatformName;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly runEnv: RunEnvironment;
  readonly homeDir: string;
  readonly logs: string[] = [];
  readonly warnings: string[] = [];
  readonly reports: string[] = [];
  readonly masked: string[] = [];
  readonly outputs: Record<string, string> = {};
  readonly exported: Record<string, string> = {};
  readonly summaries: LoginSummary[] = [];
  state: string | undefined;
  readonly namedState: Record<string, string> = {};
  readonly summarySections: string[] = [];

  constructor(private readonly options: MemoryPlatformOptions) {
    this.name = options.name ?? 'local';
    this.env = options.env ?? {};
    this.runEnv = readRunEnvironment(this.env);
    this.homeDir = options.homeDir;
  }

  inputs(names: readonly string[]): RawInputs {
    const given = this.options.inputs ?? {};
    return Object.fromEntries(names.filter((n) => given[n] !== undefined).map((n) => [n, given[n]]));
  }
  info(message: string): void {
    this.logs.push(this.redact(message));
  }
  warning(message: string): void {
    this.warnings.push(this.redact(message));
  }
  report(text: string): void {
    this.reports.push(this.redact(text));
  }
  mask(secret: string): void {
    if (secret !== '') this.masked.push(secret);
  }
  redact(text: string): string {
    return redact(text, this.masked);
  }
  async idToken(audience: string): Promise<string> {
    if (this.options.idToken === undefined) throw new Error(`No OIDC token for ${audience} here`);
    this.mask(this.options.idToken);
    return this.options.idToken;
  }
  configDir(): string {
    return this.options.configDir ?? join(this.homeDir, '.codeartifact-cache');
  }
  envFile(requested: string | undefined): string | undefined {
    return requested ?? this.options.defaultEnvFile;
  }
  async exportEnv(env: Readonly<Record<string, string>>): Promise<void> {
    Object.assign(this.exported, env);
  }
  setOutputs(outputs: Readonly<Record<string, string>>): void {
    Object.assign(this.outputs, outputs);
  }
  async summary(summary: LoginSummary): Promise<void> {
    this.summaries.push(summary);
  }
  async saveState(state: string): Promise<void> {
    this.state = state;
  }
  async loadState(): Promise<string | undefined> {
    return this.state;
  }
  async clearState(): Promise<void> {
    this.state = undefined;
  }
  async saveNamedState(name: string, value: string): Promise<void> {
    this.namedState[name] = value;
  }
  async loadNamedState(name: string): Promise<string | undefined> {
    return this.namedState[name];
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summarySections.push(this.redact(markdown));
  }
}
