import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubStore } from '../../src/cache/github.js';
import { startGitHubCacheService, type GitHubCacheService } from '../helpers/github-cache.js';
import { makeBundle, startFaultServer } from '../helpers/s3.js';

const MiB = 1024 * 1024;
let service: GitHubCacheService;
let work: string;
const saved = { ...process.env };
const transfer = () => ({ signal: AbortSignal.timeout(60_000) });

beforeAll(async () => {
  service = await startGitHubCacheService();
  work = await mkdtemp(join(tmpdir(), 'gh-store-'));
  Object.assign(process.env, {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: service.url,
    ACTIONS_RUNTIME_TOKEN: service.token,
    RUNNER_TEMP: join(work, 'runner-temp'),
  });
  delete process.env['GITHUB_SERVER_URL'];
  delete process.env['ACTIONS_CACHE_MODE'];
});
afterAll(async () => {
  process.env = saved;
  await service.stop();
  await rm(work, { recursive: true, force: true });
});

test('round trip through @actions/cache, Twirp and Azurite', async () => {
  const archive = await makeBundle(join(work, 'in'), 'npm-linux-abc', 3 * MiB);
  const store = createGitHubStore();
  expect(await store.save(join(work, 'in'), 'npm-linux-abc', transfer())).toBe('saved');
  const hit = await store.restore(join(work, 'out'), 'npm-linux-abc', ['npm-linux-'], transfer());
  expect(hit).toEqual({ matchedKey: 'npm-linux-abc', exact: true });
  expect((await readFile(join(work, 'out/archive'))).equals(archive)).toBe(true);
  expect(await readFile(join(work, 'out/manifest.json'), 'utf8')).toBe(
    await readFile(join(work, 'in/manifest.json'), 'utf8'),
  );
  expect(service.calls).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL']);
});

test('restore keys fall back to the newest entry with the prefix; a miss is undefined', async () => {
  const store = createGitHubStore({ stagingDir: join(work, 'staging-rk') });
  for (const key of ['pip-1', 'pip-2']) {
    await makeBundle(join(work, key), key, 2048);
    expect(await store.save(join(work, key), key, transfer())).toBe('saved');
  }
  const hit = await store.restore(join(work, 'rk-out'), 'pip-3', ['pip-'], transfer());
  expect(hit).toEqual({ matchedKey: 'pip-2', exact: false });
  expect(await store.restore(join(work, 'rk-miss'), 'go-1', ['go-'], transfer())).toBeUndefined();
});

test("lookup asks the service only (@actions/cache's lookupOnly): exact, restore key, miss; nothing moved or written", async () => {
  const stagingDir = join(work, 'staging-lookup');
  const store = createGitHubStore({ stagingDir });
  for (const key of ['yarn-1', 'yarn-2']) {
    await makeBundle(join(work, key), key, 2048);
    expect(await store.save(join(work, key), key, transfer())).toBe('saved');
  }
  const before = await readdir(work, { recursive: true });
  service.calls.length = 0;
  service.blobRequests.length = 0;
  expect(await store.lookup('yarn-1', ['yarn-'], transfer())).toEqual({ matchedKey: 'yarn-1', exact: true });
  expect(await store.lookup('yarn-3', ['yarn-'], transfer())).toEqual({ matchedKey: 'yarn-2', exact: false });
  expect(await store.lookup('go-1', ['go-'], transfer())).toBeUndefined();
  expect(service.calls).toEqual(Array(3).fill('GetCacheEntryDownloadURL'));
  expect(service.blobRequests).toEqual([]);
  // No staging directory, no temp file under RUNNER_TEMP: the tree is as it was.
  expect(await readdir(work, { recursive: true })).toEqual(before);
  // The same tap sees a restore download the archive: the empty list above means something.
  await store.restore(join(work, 'lookup-out'), 'yarn-1', [], transfer());
  expect(service.blobRequests.map((r) => r.method)).toContain('GET');
});

test('the staging path is part of the version: another staging dir does not see the entries', async () => {
  const other = createGitHubStore({ stagingDir: join(work, 'staging-other') });
  expect(await other.restore(join(work, 'other-out'), 'pip-2', [], transfer())).toBeUndefined();
});

test('saving a key that exists says exists', async () => {
  const store = createGitHubStore({ stagingDir: join(work, 'staging-dup') });
  await makeBundle(join(work, 'dup'), 'dup', 100);
  expect(await store.save(join(work, 'dup'), 'dup', transfer())).toBe('saved');
  expect(await store.save(join(work, 'dup'), 'dup', transfer())).toBe('exists');
});

test('a service refusing the token makes save throw', async () => {
  process.env['ACTIONS_RUNTIME_TOKEN'] = 'wrong';
  try {
    const store = createGitHubStore({ stagingDir: join(work, 'staging-denied') });
    await makeBundle(join(work, 'denied'), 'denied', 100);
    await expect(store.save(join(work, 'denied'), 'denied', transfer())).rejects.toThrow(
      /GitHub cache: could not save denied: @actions\/cache did not save/,
    );
  } finally {
    process.env['ACTIONS_RUNTIME_TOKEN'] = service.token;
  }
});

test('without the service environment the store throws a clear error', async () => {
  const url = process.env['ACTIONS_RESULTS_URL'];
  delete process.env['ACTIONS_RESULTS_URL'];
  try {
    await expect(createGitHubStore().restore(join(work, 'x'), 'k', [], transfer())).rejects.toThrow(
      /GitHub cache service is not available/,
    );
  } finally {
    process.env['ACTIONS_RESULTS_URL'] = url;
  }
});

test('a service that accepts and never answers is abandoned when the signal fires', async () => {
  const hang = await startFaultServer(() => 'hang');
  process.env['ACTIONS_RESULTS_URL'] = `${hang.endpoint}/`;
  try {
    const started = Date.now();
    const store = createGitHubStore({ stagingDir: join(work, 'staging-hang') });
    await expect(
      store.restore(join(work, 'hang'), 'k', [], { signal: AbortSignal.timeout(1_000) }),
    ).rejects.toThrow(/GitHub cache: could not restore k: .*(timeout|abort)/i);
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    process.env['ACTIONS_RESULTS_URL'] = service.url;
    await hang.stop();
  }
});
