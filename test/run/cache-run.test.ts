import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_ARCHIVE, type CacheStore } from '../../src/cache/types.js';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import type { RawInputs } from '../../src/core/reader.js';
import { CliPlatform } from '../../src/platform/cli.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { LocalStore } from '../../src/cache/local.js';
import { makeTree, namesIn, snapshot } from '../helpers/cache-fixtures.js';
import { craftBundle, tarBytes } from '../helpers/hostile-tar.js';
import { cleanEnv, tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let project: string;
let storeDir: string;
let machines = 0;

beforeEach(async () => {
  tmp = await tempDir('cache-run');
  project = join(tmp.dir, 'web');
  storeDir = join(tmp.dir, 'store');
  await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
});
afterEach(() => tmp.cleanup());

/** A tree's snapshot without npm's debug logs (npm writes one whenever it runs). */
const withoutLogs = async (dir: string) =>
  Object.fromEntries(Object.entries(await snapshot(dir)).filter(([path]) => !path.startsWith('_logs/')));

/** A fresh machine: its own HOME (so its own ~/.npm), the same project and store, its own CI run. */
function machine(inputs: RawInputs = {}) {
  const home = join(tmp.dir, `home-${++machines}`);
  const env = { ...cleanEnv(home), CODEBUILD_BUILD_ID: `web:run-${machines}` };
  const platform = new MemoryPlatform({ homeDir: home, env });
  const raw = {
    tools: 'npm',
    'working-directory': project,
    'local-cache-dir': storeDir,
    'cache-scope': 'web',
    ...inputs,
  };
  return { home, env, npmCache: join(home, '.npm'), platform, config: parseCacheInputs(raw, 'local') };
}

it('misses, saves, then restores the exact key on the next machine and skips saving it again', async () => {
  const first = machine();
  const cold = await restore(first.config, first.platform);
  expect(cold.outputs).toMatchObject({
    'cache-hit': 'false',
    'cache-matched-key': '',
    'cache-hit-npm': 'false',
  });
  await makeTree(first.npmCache);
  expect((await save(first.config, first.platform)).map((r) => r.outcome)).toEqual(['saved']);
  expect(first.platform.warnings).toEqual([]);

  const second = machine();
  const warm = await restore(second.config, second.platform);
  const key = cold.results[0]?.key ?? '';
  expect(warm.outputs).toMatchObject({
    'cache-hit': 'true',
    'cache-matched-key': key,
    'cache-matched-key-npm': key,
  });
  expect(Number(warm.outputs['cache-restored-bytes'])).toBeGreaterThan(0);
  expect(await withoutLogs(second.npmCache)).toEqual(await withoutLogs(first.npmCache));
  expect(second.platform.summarySections.join('')).toContain('| npm | restored (exact key) |');
  expect((await save(second.config, second.platform))[0]).toMatchObject({ outcome: 'skipped' });
});

it('restores through the restore key after a lockfile change, and saves the new key', async () => {
  const first = machine();
  await makeTree(first.npmCache);
  await save(first.config, first.platform);
  await writeFile(join(project, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
  const second = machine();
  const partial = await restore(second.config, second.platform);
  expect(partial.results[0]).toMatchObject({ outcome: 'partial' });
  expect(partial.outputs['cache-hit']).toBe('false');
  expect((await save(second.config, second.platform))[0]).toMatchObject({ outcome: 'saved' });
  expect(await readdir(storeDir)).toHaveLength(2);
});

describe('a broken store is a warning, never a failure', () => {
  const never = new Promise<never>(() => undefined);
  const hanging: CacheStore = { kind: 's3', lookup: () => never, restore: () => never, save: () => never };
  const failing: CacheStore = {
    kind: 's3',
    lookup: () => Promise.reject(new Error('500 Internal Server Error')),
    restore: () => Promise.reject(new Error('500 Internal Server Error')),
    save: () => Promise.reject(new Error('503 SlowDown')),
  };

  it.each([
    ['hangs', hanging, /did not finish in time/, 'false'],
    ['answers 500s', failing, /500 Internal Server Error|503 SlowDown/, 'false'],
    ['hangs, lookup-only', hanging, /did not finish in time/, 'true'],
    ['answers 500s, lookup-only', failing, /500 Internal Server Error|503 SlowDown/, 'true'],
  ])('a store that %s', async (_name, store, message, lookupOnly) => {
    const m = machine({ 'cache-timeout-seconds': '1', 'lookup-only': lookupOnly });
    await makeTree(m.npmCache, 3);
    const started = Date.now();
    const restored = await restore(m.config, m.platform, store);
    const saved = await save(m.config, m.platform, store);
    expect(Date.now() - started).toBeLessThan(5000);
    expect([restored.results[0]?.outcome, saved[0]?.outcome]).toEqual(['error', 'error']);
    expect(m.platform.warnings).toEqual([expect.stringMatching(message), expect.stringMatching(message)]);
  });

  it('a hostile entry (a link out of the cache): one warning, nothing restored, the token untouched', async () => {
    const first = machine();
    const key = (await restore(first.config, first.platform)).results[0]?.key ?? '';
    const planted = join(tmp.dir, 'planted');
    const links = [
      { name: './', type: '5' },
      { name: '_cacache', type: '2', linkname: first.home },
    ];
    await craftBundle(planted, key, tarBytes(links));
    await new LocalStore(storeDir).save(planted, key, { signal: AbortSignal.timeout(10_000) });
    const second = machine();
    const result = await restore(second.config, second.platform);
    expect(result.results[0]).toMatchObject({ outcome: 'error' });
    expect(second.platform.warnings).toEqual([
      expect.stringMatching(/npm cache was not restored.*points outside/),
    ]);
    expect((await namesIn(second.npmCache)).filter((n) => n !== '_logs')).toEqual([]);
  });

  it('a corrupt entry: warned about, nothing extracted', async () => {
    const first = machine();
    await makeTree(first.npmCache);
    await save(first.config, first.platform);
    const [entry] = await readdir(storeDir);
    const archive = join(storeDir, entry ?? '', BUNDLE_ARCHIVE);
    const bytes = await readFile(archive);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    await writeFile(archive, bytes);
    const second = machine();
    const result = await restore(second.config, second.platform);
    expect(result.results[0]).toMatchObject({ outcome: 'error' });
    expect(second.platform.warnings[0]).toMatch(/npm cache was not restored.*sha256/);
    // Only npm's own debug logs (written when asked for its cache directory): nothing was extracted.
    expect((await namesIn(second.npmCache)).filter((n) => n !== '_logs')).toEqual([]);
    expect((await namesIn(second.home)).filter((n) => n !== '.npm')).toEqual([]);
  });
});

it('warns and goes on where the github backend cannot work (no runner cache service)', async () => {
  const home = join(tmp.dir, 'gh-home');
  // As on a runner without the cache service, even when these tests themselves run on GitHub Actions.
  const env = Object.fromEntries(Object.entries(cleanEnv(home)).filter(([k]) => !k.startsWith('ACTIONS_')));
  const platform = new MemoryPlatform({ name: 'github', homeDir: home, env });
  // job-status as the runner fills it in for a post step of a job that has succeeded so far.
  const config = parseCacheInputs(
    { tools: 'npm', 'working-directory': project, 'job-status': 'success' },
    'github',
  );
  expect(config.backend).toBe('github');
  expect(await restore(config, platform)).toEqual({ results: [], outputs: { 'cache-hit': 'false' } });
  expect(await save(config, platform)).toEqual([]);
  expect(platform.warnings).toEqual([
    expect.stringContaining("GitHub's cache service is not available here"),
    expect.stringContaining("GitHub's cache service is not available here"),
  ]);
});

it('fails on a miss only when fail-on-cache-miss is set', async () => {
  const m = machine({ 'fail-on-cache-miss': 'true' });
  await expect(restore(m.config, m.platform)).rejects.toThrow(/No cache entry was restored for npm/);
});

it('does nothing when caching is off', async () => {
  const m = machine({ cache: 'false', 'local-cache-dir': '' });
  expect(await restore(m.config, m.platform)).toEqual({ results: [], outputs: { 'cache-hit': 'false' } });
  expect(await save(m.config, m.platform)).toEqual([]);
});

describe('cache state belongs to one run (a CLI state directory outlives it)', () => {
  /** The CLI's platform on one host: the state directory is the same for every run. */
  const cli = (m: ReturnType<typeof machine>, env: Record<string, string | undefined>) =>
    new CliPlatform({
      name: 'local',
      flags: {},
      env: { ...m.env, ...env },
      homeDir: m.home,
      stateDir: join(tmp.dir, 'host-state'),
      stdout: () => undefined,
      stderr: () => undefined,
    });

  it.each([
    ['another CI run', { CODEBUILD_BUILD_ID: 'web:run-B' }],
    ['no CI run identity at all', { CODEBUILD_BUILD_ID: undefined }],
  ])('an exact hit remembered by an earlier run does not skip the save of %s', async (_name, later) => {
    const m = machine();
    await makeTree(m.npmCache);
    await save(m.config, m.platform);
    // Run A restores the exact key; then the store loses the entry (evicted, cleaned up).
    const runA = cli(m, { CODEBUILD_BUILD_ID: 'web:run-A' });
    expect((await restore(m.config, runA)).results[0]).toMatchObject({ outcome: 'hit' });
    await rm(storeDir, { recursive: true });
    // Run B restores nothing and saves: its save must not trust run A's "exact hit".
    const saved = await save(m.config, cli(m, later));
    expect(saved[0]).toMatchObject({ outcome: 'saved' });
    expect(await readdir(storeDir)).toHaveLength(1);
  });

  it('within one run, an exact hit skips the save', async () => {
    const m = machine();
    await makeTree(m.npmCache);
    await save(m.config, m.platform);
    const run = cli(m, { CODEBUILD_BUILD_ID: 'web:run-C' });
    await restore(m.config, run);
    expect((await save(m.config, run))[0]).toMatchObject({ outcome: 'skipped' });
  });
});
