import type { Command } from 'commander';
import { InputError } from '../core/errors.js';
import { inputName, type RawInputs } from '../core/reader.js';
import { UsageError } from './errors.js';

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

/** Loads src/ops when a command runs, and turns bad input into a usage error (one line per problem, exit 2). */
async function run(
  work: (ops: typeof import('../ops/run.js'), raw: RawInputs) => Promise<void>,
  options: Options,
) {
  const ops = await import('../ops/run.js');
  try {
    await work(ops, toRaw(options));
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

const target = (command: Command, repositoryHelp: string): Command =>
  command
    .option('--domain <name>', 'CodeArtifact domain (required)')
    .option('--repository <name>', repositoryHelp)
    .option('--domain-owner <account>', "12-digit account owning the domain (default: the caller's)")
    .option('--region <region>', 'AWS region (default: AWS_REGION, the profile)');

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
          (ops, raw) =>
            name === 'pause-upstream'
              ? ops.runPause(raw, ops.processDeps())
              : ops.runResume(raw, ops.processDeps()),
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
      'Chain, package groups and origin controls of internal namespaces; exit 1 on findings (a CI gate)',
    )
    .option(
      '--namespace <ns...>',
      'internal namespace(s), e.g. acme (default: those published in the repository)',
    )
    .option('--format <format>', 'npm, maven, swift or generic (default npm)')
    .option('--json', 'print the report as JSON')
    .action((opts: Options) =>
      run(async (ops, raw) => {
        const code = await ops.runAudit(raw, ops.processDeps());
        if (code !== 0)
          throw new Error('audit: internal-scope packages can take public versions (see the findings above)');
      }, opts),
    );
  target(
    program.command('protect'),
    'also block upstream on the namespace’s existing packages in this repository',
  )
    .description('Guard a namespace: package group /<format>/<ns>/* with EXTERNAL_UPSTREAM=BLOCK; idempotent')
    .option('--namespace <ns...>', 'the internal namespace, e.g. acme (required)')
    .option('--format <format>', 'npm, maven, swift or generic (default npm)')
    .option('--dry-run', 'print the plan and change nothing')
    .action((opts: Options) =>
      run(async (ops, raw) => void (await ops.runProtect(raw, ops.processDeps())), opts),
    );
  target(program.command('policy'), 'repository builds read from (required)')
    .description(
      'Print least-privilege IAM documents (build role, GitHub OIDC trust, CodeBuild service role)',
    )
    .option('--cache-bucket <bucket>', 'S3 bucket of the shared cache')
    .option('--cache-prefix <prefix>', 'key prefix of the cache in that bucket')
    .option('--github-repo <owner/name>', 'repository allowed to assume the role')
    .option('--branch <name>', 'branch allowed to assume the role (default main)')
    .option(
      '--project <name>',
      'CodeBuild project (log group) of the service role (default codeartifact-cache)',
    )
    .option('--kind <kind>', 'build-role, github-trust, codebuild-service-role or all (default all)')
    .action((opts: Options) =>
      run(async (ops, raw) => (await import('../ops/run-policy.js')).runPolicy(raw, ops.processDeps()), opts),
    );
}
