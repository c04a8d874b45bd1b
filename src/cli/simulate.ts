import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from './errors.js';
import type { SimulationReport, World } from '../simulate/index.js';
import type { OptionalPart, SimulateFault } from '../simulate/types.js';

const PARTS: readonly OptionalPart[] = ['pip', 'go', 's3'];
const FAULTS: readonly SimulateFault[] = ['origin-controls', 'counters', 'pause', 'restore'];

/** The `simulate` command's flags. */
export function addSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description(
      'Run the worked example locally: emulator, fixture monorepo, real npm/pip/go through login and the cache; ' +
        'exit 1 if any claim fails',
    )
    .option('--step <n>', 'run one step (1-5) and the steps it needs')
    .addOption(
      new Option('--fixture <size>', 'full (~300 npm packages) or small')
        .choices(['full', 'small'])
        .default('full'),
    )
    .addOption(new Option('--latency-ms <n>', 'delay of each external fetch').default('80'))
    .option(
      '--without <parts>',
      'a reduced run leaving out some of pip, go, s3 (comma-separated); without it a missing tool fails the run',
    )
    .option(
      '--public-npm <url>',
      'point the npm external connection at this registry instead of the embedded one (leaves out step 4)',
    )
    .option('--json', 'print the report as JSON on stdout')
    .option('--report <file>', 'also write the report as Markdown')
    .option('--keep', 'keep the servers up after the run for exploring; stop with Ctrl-C')
    .option('--cli <file>', 'the bundled CLI the builds run (default: this one)')
    // Test-only: break a subject on purpose so the claim about it is seen failing (test/simulate/faults).
    .addOption(new Option('--test-fault <names>').hideHelp())
    .action(async (opts: Record<string, string | boolean | undefined>) => runSimulate(opts));
}

function intFlag(value: unknown, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

function listFlag<T extends string>(value: unknown, name: string, allowed: readonly T[]): T[] {
  if (value === undefined) return [];
  const items = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.find((i) => !allowed.includes(i as T));
  if (bad !== undefined || items.length === 0)
    throw new UsageError(
      `--${name} takes a comma-separated list of ${allowed.join(', ')}; got '${String(value)}'`,
    );
  return items as T[];
}

async function explore(world: World, report: SimulationReport): Promise<void> {
  const hosts = [...world.hosts.values()].map((h) => `  ${h.name}: HOME=${h.home}`);
  process.stdout.write(
    [
      'Servers kept up (Ctrl-C stops them):',
      `  AWS_ENDPOINT_URL_CODEARTIFACT=${world.emu.endpoint}   (domains acme and acme-unprotected; repositories internal, public-proxy, public-proxy-pypi)`,
      ...(world.emu.tls
        ? [`  CA to trust: ${world.emu.tls.caFile}  (curl --cacert; NODE_EXTRA_CA_CERTS, PIP_CERT, …)`]
        : []),
      `  audit log: curl ${world.emu.endpoint}/_emulator/counters   and   ${world.emu.endpoint}/_emulator/audit?since=0`,
      ...(world.emu.publicRegistry ? [`  public npm registry: ${world.emu.publicRegistry.npmUrl}`] : []),
      ...(world.go ? [`  Go module proxy: ${world.go.url}`] : []),
      `  monorepo: ${world.repo.root}  (removed when simulate stops)`,
      ...hosts,
      `  try: NODE_EXTRA_CA_CERTS=${world.emu.tls?.caFile ?? ''} AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x \\`,
      `       AWS_ENDPOINT_URL_CODEARTIFACT=${world.emu.endpoint} \\`,
      `       node ${world.cli} login --domain acme --domain-owner 111122223333 --repository internal --tools npm`,
      `  (${report.ok ? 'all claims held' : 'some claims failed'})`,
      '',
    ].join('\n'),
  );
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
}

/** `codeartifact-cache simulate`. */
export async function runSimulate(opts: Record<string, string | boolean | undefined>): Promise<void> {
  const steps = opts.step === undefined ? [1, 2, 3, 4, 5] : [intFlag(opts.step, 'step', 1, 5)];
  const without = listFlag(opts.without, 'without', PARTS);
  const faults = listFlag(opts.testFault, 'test-fault', FAULTS);
  if (typeof opts.publicNpm === 'string' && opts.step !== undefined && steps.includes(4))
    throw new UsageError('--step 4 needs the embedded public registry; it cannot run with --public-npm');
  // Node 20 is supported here; the SDK's notice about its future releases is noise in the report.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { simulate } = await import('../simulate/index.js');
  const { renderMarkdown, textHeader, textStep, textSummary } = await import('../simulate/report.js');
  const json = opts.json === true;
  const out = (text: string) => (json ? undefined : process.stdout.write(text));
  const report = await simulate(
    {
      steps,
      fixture: opts.fixture === 'small' ? 'small' : 'full',
      latencyMs: intFlag(opts.latencyMs, 'latency-ms', 0, 60_000),
      ...(typeof opts.publicNpm === 'string' ? { publicNpm: opts.publicNpm } : {}),
      cli: resolve(typeof opts.cli === 'string' ? opts.cli : (process.argv[1] ?? 'dist/cli/index.js')),
      keep: opts.keep === true,
      without,
      faults,
      log: (line) => process.stderr.write(`${line}\n`),
      progress: { header: (h) => out(textHeader(h)), step: (s) => out(textStep(s)) },
    },
    async (world, r) => {
      out(textSummary(r));
      await explore(world, r);
    },
  );
  if (typeof opts.report === 'string') await writeFile(opts.report, renderMarkdown(report));
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (opts.keep !== true) process.stdout.write(textSummary(report));
  const failed = report.steps.flatMap((s) =>
    s.claims.length ? s.claims.filter((c) => !c.ok).map((c) => c.text) : [`step ${s.step} checked no claim`],
  );
  if (!report.ok) throw new Error(`simulate: ${failed.length} claim(s) did not hold: ${failed.join('; ')}`);
}
