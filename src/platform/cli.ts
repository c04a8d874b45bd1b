import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redact } from '../core/redact.js';
import type { RawInputs } from '../core/reader.js';
import { readRunEnvironment, type RunEnvironment } from '../core/run-env.js';
import { summaryText, type LoginSummary } from '../core/login-summary.js';
import { inputEnvName } from '../core/input-table.js';
import type { Platform, PlatformName } from './types.js';

export { ENV_PREFIX, inputEnvName } from '../core/input-table.js';

/** How a command-line platform is set up. */
export interface CliPlatformOptions {
  readonly name: Exclude<PlatformName, 'github'>;
  /** Flags by kebab-case input name; they win over the same input given as env. */
  readonly flags: RawInputs;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string;
  /** Where login's config files, the default env file and the state file go. */
  readonly stateDir: string;
  /** @default process.stdout */
  readonly stdout?: (text: string) => void;
  /** @default process.stderr */
  readonly stderr?: (text: string) => void;
}

/**
 * The platform of the bundled CLI (CodeBuild, a laptop): flags and env in; progress on stderr; outputs as
 * `name=value` lines on stdout; env for later steps as an `export` file to source; state in a file.
 * Everything printed passes through `redact`, since no runner masks secrets here.
 */
export class CliPlatform implements Platform {
  readonly name: Exclude<PlatformName, 'github'>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly runEnv: RunEnvironment;
  readonly homeDir: string;
  private readonly secrets: string[] = [];
  private readonly out: (text: string) => void;
  private readonly err: (text: string) => void;
  private writtenEnvFile: string | undefined;

  constructor(private readonly options: CliPlatformOptions) {
    this.name = options.name;
    this.env = options.env;
    this.runEnv = readRunEnvironment(this.env);
    this.homeDir = options.homeDir;
    this.out = options.stdout ?? ((text) => process.stdout.write(text));
    this.err = options.stderr ?? ((text) => process.stderr.write(text));
  }

  inputs(names: readonly string[]): RawInputs {
    const pick = (name: string) => this.options.flags[name] ?? this.env[inputEnvName(name)];
    return Object.fromEntries(
      names.map((name) => [name, pick(name)]).filter(([, value]) => value !== undefined),
    );
  }
  info(message: string): void {
    this.err(`${this.redact(message)}\n`);
  }
  warning(message: string): void {
    this.err(`warning: ${this.redact(message)}\n`);
  }
  report(text: string): void {
    this.out(this.redact(text));
  }
  mask(secret: string): void {
    if (secret !== '') this.secrets.push(secret);
  }
  redact(text: string): string {
    return redact(text, this.secrets);
  }
  async idToken(): Promise<string> {
    throw new Error(
      "'role-to-assume' uses GitHub Actions' OIDC token, which only exists there. Elsewhere the default " +
        "credential chain assumes roles itself: CodeBuild's service role, or AWS_PROFILE with role_arn.",
    );
  }
  configDir(): string {
    return this.options.stateDir;
  }
  envFile(requested: string | undefined): string | undefined {
    this.writtenEnvFile = requested ?? join(this.options.stateDir, 'env');
    return this.writtenEnvFile;
  }
  async exportEnv(env: Readonly<Record<string, string>>): Promise<void> {
    const file = this.writtenEnvFile;
    if (file === undefined) return;
    const names = Object.keys(env).join(', ');
    this.info(`The environment for later steps (${names}) is in ${file}; load it with:\n  . ${file}`);
  }
  setOutputs(outputs: Readonly<Record<string, string>>): void {
    this.report(
      Object.entries(outputs)
        .map(([name, value]) => `${name}=${value}\n`)
        .join(''),
    );
  }
  async summary(summary: LoginSummary): Promise<void> {
    this.info(summaryText(summary).replace(/\n$/, ''));
  }
  private get stateFile(): string {
    return join(this.options.stateDir, 'state.json');
  }
  /** Atomic (a temp file renamed over it): a crash mid-write must never leave cleanup a torn journal. */
  async saveState(state: string): Promise<void> {
    await mkdir(this.options.stateDir, { recursive: true, mode: 0o700 });
    await writeFile(`${this.stateFile}.tmp`, state, { mode: 0o600 });
    await rename(`${this.stateFile}.tmp`, this.stateFile);
  }
  async loadState(): Promise<string | undefined> {
    return readFile(this.stateFile, 'utf8').catch(() => undefined);
  }
  async saveNamedState(name: string, value: string): Promise<void> {
    await mkdir(this.options.stateDir, { recursive: true, mode: 0o700 });
    await writeFile(join(this.options.stateDir, `${name}.state.json`), value, { mode: 0o600 });
  }
  async loadNamedState(name: string): Promise<string | undefined> {
    return readFile(join(this.options.stateDir, `${name}.state.json`), 'utf8').catch(() => undefined);
  }
  async appendSummary(_markdown: string, text: string): Promise<void> {
    this.info(text.replace(/\n$/, ''));
  }
  async clearState(): Promise<void> {
    await rm(this.stateFile, { force: true });
    await rm(`${this.stateFile}.tmp`, { force: true });
    // The directory is ours alone; once empty, nothing of login remains.
    await rmdir(this.options.stateDir).catch(() => undefined);
  }
}
