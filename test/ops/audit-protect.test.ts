/** audit and protect against the emulator's default domain through the real SDK. */
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { cli, opsApi, TARGET, useEmulatorEnv } from './helpers.js';

let emu: RunningEmulator;
let undoEnv: () => void;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  undoEnv = useEmulatorEnv(emu.endpoint);
});
afterAll(async () => {
  undoEnv?.();
  await emu?.close();
});

const DOMAIN = { domain: 'acme', domainOwner: '111122223333' };
const INTERNAL = { ...DOMAIN, repository: 'internal' };

test('the default domain audits clean: @acme/* were published, so their upstream is BLOCK', async () => {
  const r = await cli(['audit', ...TARGET]);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.stdout).toContain('    public-proxy [public:npmjs]');
  // No group of its own: the row shows the root group the namespace inherits from.
  expect(r.stdout).toMatch(/^acme\s+\/\*\s+ALLOW\s+ALLOW\s+ALLOW\s+2$/m);
  expect(r.stdout).toContain('No findings');
});

test('an @acme package with upstream ALLOW is a finding: exit 1, also in --json', async () => {
  const api = await opsApi();
  await api.putPackageOrigin(
    INTERNAL,
    { format: 'npm', namespace: 'acme', name: 'ui' },
    { publish: 'ALLOW', upstream: 'ALLOW' },
  );
  const r = await cli(['audit', ...TARGET, '--namespace', 'acme']);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^@acme\/ui\s+upstream=ALLOW/m);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  const json = await cli(['audit', ...TARGET, '--namespace', '@acme', '--json']);
  expect(json.code).toBe(1);
  const report = JSON.parse(json.stdout) as { clean: boolean; findings: { package: string }[] };
  expect(report).toMatchObject({ clean: false, findings: [{ package: '@acme/ui' }] });
});

test('protect: dry run plans, the run fixes, the second run has nothing to change', async () => {
  const api = await opsApi();
  const plan = await cli([
    'protect',
    '--domain',
    'acme',
    '--namespace',
    'acme',
    '--repository',
    'internal',
    '--dry-run',
  ]);
  expect(plan).toMatchObject({ code: 0 });
  expect(plan.stdout).toContain('Would create package group /npm/acme/*');
  expect(plan.stdout).toContain('Would set upstream=BLOCK (publish=ALLOW) on ui in internal');
  expect(await api.describePackageGroup(DOMAIN, '/npm/acme/*')).toBeUndefined();

  const done = await cli(['protect', '--domain', 'acme', '--namespace', 'acme', '--repository', 'internal']);
  expect(done).toMatchObject({ code: 0 });
  expect(
    (await api.describePackageGroup(DOMAIN, '/npm/acme/*'))?.restrictions.EXTERNAL_UPSTREAM,
  ).toMatchObject({ mode: 'BLOCK' });
  const ui = (await api.listPackages(INTERNAL, { format: 'npm', namespace: 'acme' })).find(
    (p) => p.name === 'ui',
  );
  expect(ui).toMatchObject({ publish: 'ALLOW', upstream: 'BLOCK' });

  const again = await cli(['protect', '--domain', 'acme', '--namespace', 'acme', '--repository', 'internal']);
  expect(again.stdout).toContain('already protected: nothing to change');
  const audit = await cli(['audit', ...TARGET]);
  expect(audit.code).toBe(0);
  expect(audit.stdout).toMatch(/^acme\s+\/npm\/acme\/\*\s+BLOCK\s/m);
});

describe('wrong names: one clear line, exit 1, nothing changed', () => {
  it.each([
    [
      'audit',
      ['audit', '--domain', 'nope', '--repository', 'internal'],
      /^codeartifact-cache: audit could not run: .*ResourceNotFoundException.*Check --domain/,
      3, // not 1: that means findings
    ],
    [
      'pause-upstream',
      ['pause-upstream', '--domain', 'acme', '--repository', 'nope', '--yes'],
      /repository nope in domain acme: ResourceNotFoundException/,
      1,
    ],
    [
      'protect',
      ['protect', '--domain', 'nope', '--namespace', 'zzz'],
      /package group \/npm\/zzz\/\* in domain nope: ResourceNotFoundException/,
      1,
    ],
  ])('%s', async (_name, args, message, code) => {
    const r = await cli(args);
    expect(r.code).toBe(code);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(
      (await (await opsApi()).describeRepository({ ...DOMAIN, repository: 'public-proxy' }))
        .externalConnections,
    ).toHaveLength(1);
  });
});

describe('bad input: exit 2, one line per problem, nothing called', () => {
  it.each([
    [['audit', '--repository', 'internal'], ["Input 'domain' is required"]],
    [
      ['audit', '--domain', 'Acme_', '--repository', 'i', '--format', 'pypi'],
      ["Input 'domain' must be", "Input 'repository' must be", "Input 'format' must be"],
    ],
    [['protect', '--domain', 'acme'], ["Input 'namespace' is required"]],
    [
      ['pause-upstream', ...TARGET, '--external-connection', 'npmjs'],
      ["Input 'external-connection' must be"],
    ],
    [
      ['policy', '--domain', 'acme', '--repository', 'internal', '--kind', 'admin'],
      ["Input 'domain-owner' is required", "Input 'kind' must be"],
    ],
  ])('%j', async (args, expected) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(expected.map((e) => expect.stringContaining(e)));
  });
});
