import type { Command } from 'commander';
import { InputError } from '../core/errors.js';
import { inputName, type RawInputs } from '../core/reader.js';
import type { OpsDeps } from '../ops/run.js';
import { EXIT_COULD_NOT_RUN, ExitCodeError, UsageError } from './errors.js';

type Options = Readonly<Record<string, unknown>>;

/** Commander's options as raw inputs: strings, switches as 'true', repeated flags joined with commas. */
function toRaw(options: Options): RawInputs {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'string' || typeof value === 'boolean') raw[inputName(key)] = String(value);
    else if (Array.isArray(value)) raw[inputName(key)] = value.join(',');
  }
  return raw;
}

type Ops = typeof import('../ops/run.js');

/** Loads src/ops when a command runs, and turns bad input into a usage error (one line per problem, exit 2). */
async function run(work: (ops: Ops, raw: RawInputs, deps: OpsDeps) => Promise<void>, options: Options) {
  const ops = await import('../ops/run.js');
  const { processDeps } = await import('./ops-deps.js');
  try {
    await work(ops, toRaw(options), processDeps());
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * `audit` as a CI gate: 0 clean, 1 findings, 2 bad input, 3 could not run (AWS refused, no region, the
 * network): a gate can tell "the repository is exposed" from "the check itself broke".
 */
async function runAudit(ops: Ops, raw: RawInputs, deps: OpsDeps): Promise<void> {
  let code: number;
  try {
    code = await ops.runAudit(raw, deps);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ExitCodeError(`audit could not run: ${message}`, EXIT_COULD_NOT_RUN);
  }
  if (code !== 0)
    throw new ExitCodeError(
      'audit: internal-scope packages can take public versions (see the findings above)',
      1,
    );
}

const target = (
  command: Command,
  repositoryHelp: string,
  ownerHelp = "12-digit account owning the domain (default: the caller's)",
): Command =>
  command
    .option('--domain <name>', 'CodeArtifact domain (required)')
    .option('--repository <name>', repositoryHelp)
    .option('--domain-owner <account>', ownerHelp)
    .option('--region <region>', 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile)');

function registerUpstream(program: Command): void {
  for (const [name, verb] of [
    ['pause-upstream', 'Disassociate'],
    ['resume-upstream', 'Re-associate'],
  ] as const) {
    target(
      program.command(name),
      'repository builds use; the chain is walked to the one holding the connection (required)',
    )
      .description(
        `${verb} an external connection of a repository's chain (incident switch); says what stays resolvable`,
      )
      .option('--external-connection <name>', 'connection to act on (default public:npmjs)')
      .option('--dry-run', 'print what would change and change nothing')
      .option('--yes', 'act without asking (required when stdin is not a terminal)')
      .action((opts: Options) =>
        run(
          (ops, raw, deps) =>
            name === 'pause-upstream' ? ops.runPause(raw, deps) : ops.runResume(raw, deps),
          opts,
        ),
      );
  }
}

/** pause-upstream, resume-upstream, audit, protect and policy. */
export function registerOpsCommands(program: Command): void {
  registerUpstream(program);
  target(program.command('audit'), 'repository to audit (required)')
    .description(
      'Chain, package groups and origin controls of internal namespaces; exit 1 on findings, 3 when it ' +
        'could not run (a CI gate)',
    )
    .option(
      '--namespace <ns...>',
      'internal namespace(s), e.g. acme (default: those published in the repository)',
    )
    .option('--format <format>', 'npm, maven, swift or generic (default npm)')
    .option('--json', 'print the report as JSON')
    .action((opts: Options) => run(runAudit, opts));
  target(
    program.command('protect'),
    'also block upstream on the namespace’s existing packages in this repository',
  )
    .description('Guard a namespace: package group /<format>/<ns>/* with EXTERNAL_UPSTREAM=BLOCK; idempotent')
    .option('--namespace <ns...>', 'the internal namespace, e.g. acme (required)')
    .option('--format <format>', 'npm, maven, swift or generic (default npm)')
    .option('--dry-run', 'print the plan and change nothing')
    .action((opts: Options) => run(async (ops, raw, deps) => void (await ops.runProtect(raw, deps)), opts));
  target(
    program.command('policy'),
    'repository builds read from (required)',
    '12-digit account owning the domain (required: policy makes no AWS call to find it)',
  )
    .description(
      'Print least-privilege IAM documents (build role, GitHub OIDC trust, CodeBuild service role and its trust)',
    )
    .option('--cache-bucket <bucket>', 'S3 bucket of the shared cache')
    .option('--cache-prefix <prefix>', 'key prefix of the cache in that bucket')
    .option('--github-repo <owner/name>', 'repository allowed to assume the role')
    .option('--branch <name>', 'branch allowed to assume the role (default main)')
    .option(
      '--project <name>',
      'CodeBuild project (log group) of the service role (default codeartifact-cache)',
    )
    .option(
      '--kind <kind>',
      'build-role, github-trust, codebuild-service-role, codebuild-trust or all (default all)',
    )
    .action((opts: Options) =>
      run(async (_ops, raw, deps) => (await import('../ops/run-policy.js')).runPolicy(raw, deps), opts),
    );
}
