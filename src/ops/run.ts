import type { CodeArtifactOpsApi } from '../aws/ops.js';
import type { RawInputs } from '../core/reader.js';
import { audit } from './audit.js';
import { auditJson, renderAudit } from './audit-render.js';
import { DEFAULT_SELF, hintCommand } from './hints.js';
import type { OpsIo } from './io.js';
import { OPS_RULES, readNamespaces, readTarget, reader, type OpsTarget } from './options.js';
import { protect } from './protect.js';
import { pauseUpstream, resumeUpstream, type UpstreamConfig } from './upstream.js';

/**
 * What the commands need from the world; the CLI wires in the real SDK and terminal (cli/ops-deps.ts),
 * tests their own. Nothing here reads the environment.
 */
export interface OpsDeps {
  /** The API in the run's one region (`target.region`, else the variables, else the profile). */
  api(target: OpsTarget): Promise<CodeArtifactOpsApi>;
  readonly io: OpsIo;
  /** The run's region for `input` (the same resolution login and the cache use). */
  region(input: string | undefined): Promise<string>;
  /** How this CLI was started, for hints printed as complete commands. @default 'codeartifact-cache' */
  readonly self?: string;
}

function upstreamConfig(raw: RawInputs): UpstreamConfig {
  const { r, done } = reader(raw);
  const target = readTarget(r);
  const connection = r.optional('external-connection', OPS_RULES.externalConnection) ?? 'public:npmjs';
  const config = { target, connection, dryRun: r.boolean('dry-run', false), yes: r.boolean('yes', false) };
  done();
  return config;
}

/** `pause-upstream`. */
export async function runPause(raw: RawInputs, deps: OpsDeps): Promise<void> {
  const config = upstreamConfig(raw);
  const { target, connection } = config;
  const undo = hintCommand(deps.self ?? DEFAULT_SELF, 'resume-upstream', target, [
    ...['--repository', target.repository, '--external-connection', connection, '--yes'],
  ]);
  await pauseUpstream({ ...config, undo }, await deps.api(target), deps.io);
}

/** `resume-upstream`. */
export async function runResume(raw: RawInputs, deps: OpsDeps): Promise<void> {
  const config = upstreamConfig(raw);
  await resumeUpstream(config, await deps.api(config.target), deps.io);
}

/** `audit`: 0 when clean, 1 with findings. */
export async function runAudit(raw: RawInputs, deps: OpsDeps): Promise<number> {
  const { r, done } = reader(raw);
  const target = readTarget(r);
  const namespaces = readNamespaces(r, false);
  const format = r.optional('format', OPS_RULES.namespacedFormat) ?? 'npm';
  const json = r.boolean('json', false);
  done();
  const report = await audit({ target, namespaces, format }, await deps.api(target));
  if (json) deps.io.out(auditJson(report));
  else {
    const formatFlag = format === 'npm' ? [] : ['--format', format];
    const fix = (namespace: string) =>
      hintCommand(deps.self ?? DEFAULT_SELF, 'protect', target, [
        ...['--namespace', namespace, ...formatFlag, '--repository', target.repository],
      ]);
    renderAudit(report, fix).forEach((line) => deps.io.out(line));
  }
  return report.findings.length > 0 ? 1 : 0;
}

/** `protect`: returns how many changes were made (or planned). */
export async function runProtect(raw: RawInputs, deps: OpsDeps): Promise<number> {
  const { r, done } = reader(raw);
  const target = readTarget(r, true);
  const namespaces = readNamespaces(r, true);
  const format = r.optional('format', OPS_RULES.namespacedFormat) ?? 'npm';
  const dryRun = r.boolean('dry-run', false);
  if (namespaces.length > 1) r.problems.push("Input 'namespace' takes one namespace here");
  done();
  return protect({ target, namespace: namespaces[0] ?? '', format, dryRun }, await deps.api(target), deps.io);
}
