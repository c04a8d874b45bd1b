import { Command, CommanderError, Option } from 'commander';
import { quietSdkNotice } from '../platform/sdk-notice.js';
import { ExitCodeError, UsageError } from './errors.js';
import { addInputOptions } from './input-options.js';
import { registerOpsCommands } from './ops-commands.js';
import { addSimulateCommand } from './simulate.js';
import { VERSION } from './version.js';
import type { EmulatorFlags } from './emulator.js';

/**
 * The `codeartifact-cache` command line. Each command's implementation is imported when the command runs,
 * so `login` in a build never pays for loading the emulator (and vice versa).
 */
export function buildProgram(): Command {
  const program = new Command('codeartifact-cache')
    .description('Log CI in to AWS CodeArtifact, configure package clients, cache dependency downloads.')
    .version(VERSION)
    .showHelpAfterError(false)
    .exitOverride();

  program
    .command('emulator')
    .description(
      'Run a local AWS CodeArtifact emulator (control plane, npm and PyPI data planes) on 127.0.0.1',
    )
    .addOption(new Option('--port <n>', 'port to listen on; 0 picks a free one').default('0'))
    .option(
      '--config <file>',
      'YAML/JSON domain definition (default: domain acme with internal → public-proxy)',
    )
    .option('--data-dir <dir>', 'persist state and assets here across restarts (default: in memory)')
    .option(
      '--public-npm <url>',
      'registry the public:npmjs connection fetches from (default: embedded generated registry)',
    )
    .option(
      '--public-pypi <url>',
      'index the public:pypi connection fetches from (default: embedded generated index)',
    )
    .addOption(new Option('--public-latency-ms <n>', 'delay added to each external fetch').default('0'))
    .addOption(new Option('--metadata-ttl-seconds <n>', 'reuse external metadata this long').default('600'))
    .option('--access-key-id <id>', 'verify SigV4 signatures: the only access key accepted')
    .option('--secret-access-key <secret>', 'verify SigV4 signatures: its secret key')
    .option(
      '--tls',
      'serve HTTPS with a CA made at start (written to DATA_DIR/tls or a temp dir; printed as CODEARTIFACT_CA_BUNDLE)',
    )
    .action(async (opts: EmulatorFlags) => {
      const { runEmulator } = await import('./emulator.js');
      await runEmulator(opts);
    });

  addInputOptions(
    program
      .command('login')
      .description(
        'Log in to CodeArtifact and configure package clients; every flag can also be given as env ' +
          'CODEARTIFACT_CACHE_<FLAG> (e.g. CODEARTIFACT_CACHE_DOMAIN_OWNER)',
      ),
    'login',
  )
    .option('--state-dir <dir>', 'where config files, the env file and cleanup state go')
    .action(async (opts: Record<string, unknown>) => {
      const { runLogin } = await import('./login.js');
      await runLogin(opts);
    });

  program
    .command('cleanup')
    .description('Undo the last login: remove the files it created, restore the files it replaced')
    .option('--state-dir <dir>', 'the state directory login used')
    .option('--dry-run', 'list what would be removed or restored')
    .action(async (opts: Record<string, unknown>) => {
      const { runCleanup } = await import('./login.js');
      await runCleanup(opts);
    });

  program
    .command('buildspec')
    .description('Print a CodeBuild buildspec fragment (buildspecs/NAME.yml), or merge it into a buildspec')
    .requiredOption(
      '--fragment <name>',
      'npm, pip, go, all-in-one, each also -s3, -local-cache, -codebuild-s3',
    )
    .option('--into <file>', 'merge into this buildspec (printed unless --write)')
    .option('--write', 'replace the --into file atomically instead of printing')
    .action(async (opts: { fragment?: string; into?: string; write?: boolean }) => {
      const { runBuildspec } = await import('./buildspec.js');
      await runBuildspec(opts);
    });

  addSimulateCommand(program);
  addInputOptions(
    program
      .command('restore')
      .description(
        'Restore the dependency caches keyed on lockfiles (after login); every flag can also be given as ' +
          'env CODEARTIFACT_CACHE_<FLAG>. Cache problems are warnings',
      ),
    'cache',
  )
    .option('--state-dir <dir>', 'where restore leaves what save needs')
    .action(async (opts: Record<string, unknown>) => {
      const { runRestore } = await import('./cache.js');
      await runRestore(opts);
    });

  addInputOptions(
    program
      .command('save')
      .description('Save the dependency caches restore did not find by their exact key; never fails a build'),
    'cache',
  )
    .option('--state-dir <dir>', 'where restore left what save needs')
    .action(async (opts: Record<string, unknown>) => {
      const { runSave } = await import('./cache.js');
      await runSave(opts);
    });

  registerOpsCommands(program);
  return program;
}

/** Run the CLI; returns the process exit code. Errors become one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  quietSdkNotice();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    // Commander has already printed its one-line error (or the help); usage errors exit 2 like ours.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    // One line per problem, each prefixed, so a list of bad inputs reads (and greps) line by line.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      message
        .split('\n')
        .map((line) => `codeartifact-cache: ${line}\n`)
        .join(''),
    );
    if (err instanceof ExitCodeError) return err.exitCode;
    return err instanceof UsageError ? 2 : 1;
  }
}
