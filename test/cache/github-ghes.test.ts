/**
 * The github backend as it runs on GitHub Enterprise Server: a server URL that is not github.com,
 * ACTIONS_CACHE_URL at a local stand-in of the v1 REST cache service, no ACTIONS_RESULTS_URL. Even with
 * ACTIONS_CACHE_SERVICE_V2 set (GHES ignores it, as @actions/cache does), every call goes to the v1 API.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubStore } from '../../src/cache/github.js';
import { readGitHubCacheService } from '../../src/core/run-env.js';
import { startGhesCacheService, type GhesCacheService } from '../helpers/github-cache-ghes.js';
import { makeBundle } from '../helpers/s3.js';

const MiB = 1024 * 1024;
let service: GhesCacheService;
let work: string;
const saved = { ...process.env };
const transfer = () => ({ signal: AbortSignal.timeout(60_000) });
const store = (name: string) =>
  createGitHubStore({ stagingDir: join(work, `staging-${name}`), confirmSaves: true });

/** The calls made while `run` ran. */
async function callsOf(run: () => Promise<unknown>): Promise<string[]> {
  const before = service.calls.length;
  await run();
  return service.calls.slice(before);
}

beforeAll(async () => {
  service = await startGhesCacheService();
  work = await mkdtemp(join(tmpdir(), 'ghes-store-'));
  Object.assign(process.env, service.env, {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    RUNNER_TEMP: join(work, 'runner-temp'),
    // 1 MiB chunks: a 3 MiB bundle goes up in several ranges, four at a time.
    CACHE_UPLOAD_CHUNK_SIZE: '1',
  });
  delete process.env['ACTIONS_RESULTS_URL'];
  delete process.env['ACTIONS_CACHE_MODE'];
});
afterAll(async () => {
  process.env = saved;
  await service.stop();
  await rm(work, { recursive: true, force: true });
});

test('our detection says v1, and a round trip goes through the v1 API alone', async () => {
  expect(readGitHubCacheService(process.env)).toEqual({ available: true, version: 'v1' });
  const archive = await makeBundle(join(work, 'in'), 'npm-linux-abc', 3 * MiB);
  const saving = await callsOf(async () => {
    expect(await store('rt').save(join(work, 'in'), 'npm-linux-abc', transfer())).toBe('saved');
  });
  const uploads = saving.filter((c) => c === 'upload 204').length;
  expect(uploads).toBeGreaterThanOrEqual(3);
  // The lookup at the end confirms the commit (on v1 saveCache's id does not: see confirmSaves).
  const upload = Array<string>(uploads).fill('upload 204');
  expect(saving).toEqual(['reserve 201', ...upload, 'commit 204', 'lookup 200']);
  // Content-Range as @actions/cache writes it, and the size it reserved is the size it committed.
  expect(service.sent.filter((s) => s.startsWith('upload'))).toContain('upload bytes 0-1048575/*');
  expect(service.sent[0]).toMatch(/^reserve npm-linux-abc cacheSize=\d{7}$/);

  const restoring = await callsOf(async () => {
    const hit = await store('rt').restore(join(work, 'out'), 'npm-linux-abc', ['npm-linux-'], transfer());
    expect(hit).toEqual({ matchedKey: 'npm-linux-abc', exact: true });
  });
  expect(restoring).toEqual(['lookup 200', 'download 200']);
  expect((await readFile(join(work, 'out/archive'))).equals(archive)).toBe(true);
  expect(await readFile(join(work, 'out/manifest.json'), 'utf8')).toBe(
    await readFile(join(work, 'in/manifest.json'), 'utf8'),
  );
});

test('restore keys fall back to the newest entry with the prefix; a miss is undefined', async () => {
  for (const key of ['pip-1', 'pip-2', 'pip-10']) {
    await makeBundle(join(work, key), key, 2048);
    expect(await store('rk').save(join(work, key), key, transfer())).toBe('saved');
  }
  const hit = await store('rk').restore(join(work, 'rk-out'), 'pip-3', ['pip-'], transfer());
  expect(hit).toEqual({ matchedKey: 'pip-10', exact: false });
  // The exact key wins over a newer entry that it is a prefix of.
  const exact = await store('rk').restore(join(work, 'rk-exact'), 'pip-1', ['pip-'], transfer());
  expect(exact).toEqual({ matchedKey: 'pip-1', exact: true });
  const missing = await callsOf(async () => {
    expect(await store('rk').restore(join(work, 'rk-miss'), 'go-1', ['go-'], transfer())).toBeUndefined();
  });
  expect(missing).toEqual(['lookup 204']);
  // The staging path is part of the version: another staging directory does not see these entries.
  expect(await store('other').restore(join(work, 'rk-other'), 'pip-2', [], transfer())).toBeUndefined();
});

test('saving a key that is taken says exists: the reservation conflicts and a lookup finds the key', async () => {
  await makeBundle(join(work, 'dup'), 'dup', 100);
  expect(await store('dup').save(join(work, 'dup'), 'dup', transfer())).toBe('saved');
  const again = await callsOf(async () => {
    expect(await store('dup').save(join(work, 'dup'), 'dup', transfer())).toBe('exists');
  });
  expect(again).toEqual(['reserve 409', 'lookup 200']);
});

test('a service refusing the token makes save throw', async () => {
  process.env['ACTIONS_RUNTIME_TOKEN'] = 'wrong';
  try {
    await makeBundle(join(work, 'denied'), 'denied', 100);
    const calls = await callsOf(async () => {
      await expect(store('denied').save(join(work, 'denied'), 'denied', transfer())).rejects.toThrow(
        /GitHub cache: could not save denied: @actions\/cache did not save/,
      );
    });
    expect(calls).toEqual(['refused 401', 'refused 401']);
  } finally {
    process.env['ACTIONS_RUNTIME_TOKEN'] = service.token;
  }
});

test('a rejected commit makes save throw and leaves nothing to restore', async () => {
  service.faults.rejectCommit = true;
  try {
    await makeBundle(join(work, 'uncommitted'), 'uncommitted', 100);
    await expect(store('uc').save(join(work, 'uncommitted'), 'uncommitted', transfer())).rejects.toThrow(
      /did not save/,
    );
  } finally {
    service.faults.rejectCommit = false;
  }
  expect(service.calls.slice(-3)).toEqual(['upload 204', 'commit 400', 'lookup 204']);
  expect(await store('uc').restore(join(work, 'uc-out'), 'uncommitted', [], transfer())).toBeUndefined();
});

test('an archive damaged on the way down is a miss, and nothing is moved into the bundle dir', async () => {
  await makeBundle(join(work, 'bent'), 'bent', 256 * 1024);
  expect(await store('bent').save(join(work, 'bent'), 'bent', transfer())).toBe('saved');
  service.faults.corruptDownload = true;
  try {
    const calls = await callsOf(async () => {
      expect(await store('bent').restore(join(work, 'bent-out'), 'bent', [], transfer())).toBeUndefined();
    });
    expect(calls).toEqual(['lookup 200', 'download 200']);
  } finally {
    service.faults.corruptDownload = false;
  }
  await expect(readFile(join(work, 'bent-out/archive'))).rejects.toThrow(/ENOENT/);
});
