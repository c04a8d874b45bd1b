import { join } from 'node:path';
import type { LoginConfig } from '../core/config.js';
import { exportLines } from '../core/env-file.js';
import { planLogin, type LoginPlan } from '../core/plan.js';
import { planSummary } from '../core/summary.js';
import type { FileRole, ToolName } from '../ecosystems/index.js';
import { sdkAws, type AwsApi } from '../aws/index.js';
import type { Platform } from '../platform/types.js';
import { getAccess, type Access } from './access.js';
import { awsSession, type AwsSession } from './session.js';
import { undoPrevious } from './cleanup.js';
import { readExisting } from './existing.js';
import { writeAll, type Journal, type PlannedWrite } from './files.js';
import { loginOutputs, loginSummary } from './report.js';
import { lockfileWarnings, resolveTools } from './tools.js';

/** The file names login's config files get in the platform's config directory. */
const FILE_NAMES: Readonly<Record<FileRole, string>> = {
  'npm-userconfig': 'npmrc',
  'pip-config': 'pip.conf',
};

/** What login did (or, in a dry run, would do). */
export interface LoginResult {
  readonly plan: LoginPlan;
  readonly outputs: Readonly<Record<string, string>>;
  /** Undefined for a dry run: nothing was written. */
  readonly journal?: Journal;
}

/** Everything rendered and checked, before anything is written. */
interface Prepared {
  readonly plan: LoginPlan;
  readonly access: Access;
  readonly warnings: readonly string[];
  readonly paths: Readonly<Partial<Record<FileRole, string>>>;
  readonly env: Readonly<Record<string, string>>;
  readonly writes: readonly PlannedWrite[];
  readonly envFile?: string;
}

/** Where each file goes and what later steps see: the plan's env plus each file's selecting variable. */
function placeFiles(plan: LoginPlan, platform: Platform, requestedEnvFile: string | undefined) {
  const paths = Object.fromEntries(
    plan.files.map((f) => [f.role, join(platform.configDir(), FILE_NAMES[f.role])]),
  );
  const env = {
    ...plan.env,
    ...Object.fromEntries(plan.files.map((f) => [f.selectedBy, paths[f.role] ?? ''])),
  };
  const writes: PlannedWrite[] = plan.files.map((f) => ({
    path: paths[f.role] ?? '',
    content: f.content,
    mode: f.mode,
  }));
  const envFile = platform.envFile(requestedEnvFile);
  if (envFile !== undefined) writes.push({ path: envFile, content: exportLines(env), mode: 0o600 });
  return { paths, env, writes, ...(envFile === undefined ? {} : { envFile }) };
}

/** Tools, AWS access, the existing config, the plan and every warning: all before anything is written. */
async function prepare(
  config: LoginConfig,
  platform: Platform,
  aws: AwsApi,
  session: AwsSession,
): Promise<Prepared> {
  const detected = await resolveTools(config);
  detected.notes.forEach((note) => platform.info(note));
  const tools: readonly ToolName[] = detected.tools;
  const access = await getAccess(config, tools, platform, aws, session);
  const existing = await readExisting(platform, tools, config.workingDirectory);
  const { warnings: existingWarnings, ...carriedOver } = existing;
  const plan = planLogin(tools, {
    endpoints: access.endpoints,
    token: access.token,
    scopes: config.scopes,
    poetrySource: config.poetrySource,
    uvIndex: config.uvIndex,
    goPrivate: config.goPrivate,
    ...(config.goProxy === undefined ? {} : { goProxy: config.goProxy }),
    ...carriedOver,
    existingEnv: platform.env,
  });
  const lockWarnings = await lockfileWarnings(tools, config.workingDirectory, plan.registries);
  const all = [...detected.warnings, ...existingWarnings, ...plan.warnings, ...lockWarnings];
  return { plan, access, warnings: [...new Set(all)], ...placeFiles(plan, platform, config.envFile) };
}

/** A dry run: the plan with the token redacted, where it would go, and nothing written. */
function reportDryRun(prepared: Prepared, platform: Platform): void {
  const { plan, access, paths, envFile, env } = prepared;
  let text = planSummary(plan, [access.token], paths);
  if (envFile !== undefined)
    text += `Would write ${envFile} (mode 0600): export lines for ${Object.keys(env).join(', ')}\n`;
  prepared.warnings.forEach((warning) => platform.warning(warning));
  platform.report(text);
}

/**
 * Logs the platform in to CodeArtifact and configures the tools: credentials, token (masked at once),
 * endpoints, every config rendered and checked, then written all at once (or not at all), then env for
 * later steps, outputs and the summary. Throws Errors with context; entry points turn them into exit codes.
 */
export async function login(
  config: LoginConfig,
  platform: Platform,
  aws: AwsApi = sdkAws(),
  /** The run's identity and region; the main step shares it with restore. */
  session: AwsSession = awsSession(config, platform, aws),
): Promise<LoginResult> {
  const prepared = await prepare(config, platform, aws, session);
  const { plan, access, envFile } = prepared;
  const outputs = loginOutputs(plan, access, envFile);
  if (config.dryRun) {
    reportDryRun(prepared, platform);
    return { plan, outputs };
  }
  await undoPrevious(platform);
  const journal = await writeAll(prepared.writes, (j) => platform.saveState(JSON.stringify(j)));
  prepared.writes.forEach((w) => platform.info(`Wrote ${w.path}`));
  prepared.warnings.forEach((warning) => platform.warning(warning));
  await platform.exportEnv(prepared.env);
  platform.setOutputs(outputs);
  const files = prepared.writes.map((w) => w.path);
  await platform.summary(loginSummary(config, plan, access, files, prepared.warnings));
  return { plan, outputs, journal };
}
