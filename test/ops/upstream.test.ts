/** pause-upstream / resume-upstream against the emulator through the real SDK, checked on the data plane. */
import { smallPublicPackages, startHarness, type DataHarness } from '../emulator/data/harness.js';
import { runPause } from '../../src/ops/run.js';
import { cli, memoryIo, opsApi, TARGET, testDeps, useEmulatorEnv } from './helpers.js';

let h: DataHarness;
let undoEnv: () => void;
const [cached, uncached] = smallPublicPackages(2);

beforeAll(async () => {
  h = await startHarness();
  undoEnv = useEmulatorEnv(h.emu.endpoint);
});
afterAll(async () => {
  undoEnv?.();
  await h?.close();
});

const packument = (name: string) => h.request(`${h.endpoint('npm', 'internal')}${name.replace('/', '%2f')}`);
/** Fetch a version's tarball through internal: that is what makes the chain retain it. */
async function retain(name: string, version: string): Promise<void> {
  const doc = (await (await packument(name)).json()) as {
    versions: Record<string, { dist: { tarball: string } }>;
  };
  const tarball = doc.versions[version]?.dist.tarball;
  expect((await h.request(tarball ?? 'missing')).status).toBe(200);
}
const connections = async (repository: string) =>
  (await (await opsApi()).describeRepository({ domain: 'acme', repository })).externalConnections.map(
    (c) => c.name,
  );

test('dry run names the repository holding the connection, says what stays, changes nothing', async () => {
  await retain(cached!.name, cached!.version);
  const r = await cli(['pause-upstream', ...TARGET, '--dry-run']);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.stdout).toContain('Acting on repository public-proxy, which holds public:npmjs.');
  expect(r.stdout).toMatch(
    /Stays resolvable: internal holds \d+ npm package\(s\) \(\d+ EXTERNAL, 2 INTERNAL versions\)/,
  );
  expect(r.stdout).toMatch(
    /Stays resolvable: public-proxy holds \d+ npm package\(s\) \(\d+ EXTERNAL versions\)/,
  );
  expect(r.stdout).toContain('Other formats');
  expect(r.stdout).toContain('Dry run: would disassociate public:npmjs from public-proxy.');
  expect(await connections('public-proxy')).toEqual(['public:npmjs']);
});

// On a terminal the command would ask instead (jest workers have none).
(process.stdin.isTTY ? test.skip : test)(
  'without --yes and no terminal: one line, exit 2, nothing changed',
  async () => {
    const r = await cli(['pause-upstream', ...TARGET]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/Refusing to change the repository without --yes/),
    ]);
    expect(await connections('public-proxy')).toEqual(['public:npmjs']);
  },
);

test('paused: retained and internal packages still resolve, an uncached one 404s; resumed: it resolves', async () => {
  const paused = await cli(['pause-upstream', ...TARGET, '--yes']);
  expect(paused).toMatchObject({ code: 0 });
  expect(paused.stdout).toContain('Disassociated public:npmjs from public-proxy.');
  expect(await connections('public-proxy')).toEqual([]);
  expect((await packument(cached!.name)).status).toBe(200);
  expect((await packument('@acme/auth')).status).toBe(200);
  expect((await packument(uncached!.name)).status).toBe(404);

  const again = await cli(['pause-upstream', ...TARGET, '--yes']);
  expect(again.stdout).toContain('nothing to pause');

  const resumed = await cli(['resume-upstream', ...TARGET, '--yes']);
  expect(resumed).toMatchObject({ code: 0 });
  expect(resumed.stdout).toContain('Associated public:npmjs with public-proxy');
  expect((await packument(uncached!.name)).status).toBe(200);

  const twice = await cli(['resume-upstream', ...TARGET]);
  expect(twice).toMatchObject({ code: 0 });
  expect(twice.stdout).toContain('already associated with public-proxy: nothing to resume');
});

test('pypi connection: acts on the pypi proxy', async () => {
  const r = await cli(['pause-upstream', ...TARGET, '--external-connection', 'public:pypi', '--dry-run']);
  expect(r.stdout).toContain('Acting on repository public-proxy-pypi');
  expect(r.stdout).toMatch(/internal holds 1 pypi package/);
});

test('on a terminal it asks; answering no changes nothing', async () => {
  const deps = testDeps(memoryIo(false));
  await runPause({ domain: 'acme', repository: 'internal' }, deps);
  expect(deps.io.lines.at(-1)).toBe('Nothing changed.');
  expect(await connections('public-proxy')).toEqual(['public:npmjs']);
});
