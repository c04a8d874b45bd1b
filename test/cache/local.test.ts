import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createArchive } from '../../src/cache/archive.js';
import { LocalStore } from '../../src/cache/local.js';
import { BUNDLE_ARCHIVE, BUNDLE_MANIFEST, type TransferOptions } from '../../src/cache/types.js';
import { makeTree } from '../helpers/cache-fixtures.js';
import { tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let store: LocalStore;
let bundles = 0;
const opts = (): TransferOptions => ({ signal: AbortSignal.timeout(30_000) });

beforeEach(async () => {
  tmp = await tempDir('local-store');
  store = new LocalStore(join(tmp.dir, 'store'));
});
afterEach(() => tmp.cleanup());

/** A bundle holding an archive of a small tree, saved under `key`. */
async function bundle(key: string, createdAt?: string): Promise<string> {
  const dir = join(tmp.dir, `bundle-${++bundles}`);
  const source = join(tmp.dir, `src-${bundles}`);
  await makeTree(source, 5);
  await mkdir(dir);
  const manifest = await createArchive(source, dir, key);
  if (createdAt) await writeFile(join(dir, BUNDLE_MANIFEST), JSON.stringify({ ...manifest, createdAt }));
  return dir;
}

it('saves and restores an entry by its exact key', async () => {
  const from = await bundle('app-linux-npm-aaa');
  expect(await store.save(from, 'app-linux-npm-aaa', opts())).toBe('saved');
  const into = join(tmp.dir, 'restored');
  expect(await store.restore(into, 'app-linux-npm-aaa', ['app-linux-npm-'], opts())).toEqual({
    matchedKey: 'app-linux-npm-aaa',
    exact: true,
  });
  for (const file of [BUNDLE_ARCHIVE, BUNDLE_MANIFEST]) {
    expect(await readFile(join(into, file))).toEqual(await readFile(join(from, file)));
  }
});

it('falls back to the newest entry matching a restore key, and misses otherwise', async () => {
  await store.save(await bundle('app-npm-old', '2024-01-01T00:00:00.000Z'), 'app-npm-old', opts());
  await store.save(await bundle('app-npm-new', '2024-06-01T00:00:00.000Z'), 'app-npm-new', opts());
  await store.save(await bundle('other-npm-x', '2025-01-01T00:00:00.000Z'), 'other-npm-x', opts());
  const into = join(tmp.dir, 'r');
  expect(await store.restore(into, 'app-npm-zzz', ['app-npm-'], opts())).toEqual({
    matchedKey: 'app-npm-new',
    exact: false,
  });
  expect(await store.restore(into, 'app-pip-zzz', ['app-pip-'], opts())).toBeUndefined();
  expect(await new LocalStore(join(tmp.dir, 'absent')).restore(into, 'k', [], opts())).toBeUndefined();
});

it('looks entries up from their manifests alone: exact key, restore key, miss; nothing written', async () => {
  await store.save(await bundle('app-npm-old', '2024-01-01T00:00:00.000Z'), 'app-npm-old', opts());
  await store.save(await bundle('app-npm-new', '2024-06-01T00:00:00.000Z'), 'app-npm-new', opts());
  // Without their archives a restore of these entries fails; a lookup must not need them.
  const storeDir = join(tmp.dir, 'store');
  for (const name of await readdir(storeDir)) await rm(join(storeDir, name, BUNDLE_ARCHIVE));
  const before = await readdir(tmp.dir, { recursive: true });
  expect(await store.lookup('app-npm-new', ['app-npm-'], opts())).toEqual({
    matchedKey: 'app-npm-new',
    exact: true,
  });
  expect(await store.lookup('app-npm-zzz', ['app-npm-'], opts())).toEqual({
    matchedKey: 'app-npm-new',
    exact: false,
  });
  expect(await store.lookup('app-pip-zzz', ['app-pip-'], opts())).toBeUndefined();
  expect(await new LocalStore(join(tmp.dir, 'absent')).lookup('k', [], opts())).toBeUndefined();
  expect(await readdir(tmp.dir, { recursive: true })).toEqual(before);
  await expect(store.restore(join(tmp.dir, 'r'), 'app-npm-new', [], opts())).rejects.toThrow(/ENOENT/);
});

it('keeps entries immutable: a second save of a key reports exists and changes nothing', async () => {
  const first = await bundle('k');
  expect(await store.save(first, 'k', opts())).toBe('saved');
  expect(await store.save(await bundle('k'), 'k', opts())).toBe('exists');
  const into = join(tmp.dir, 'r');
  await store.restore(into, 'k', [], opts());
  expect(await readFile(join(into, BUNDLE_ARCHIVE))).toEqual(await readFile(join(first, BUNDLE_ARCHIVE)));
});

it('leaves one valid entry when several saves of one key race', async () => {
  const sources = await Promise.all([1, 2, 3, 4].map(() => bundle('race')));
  const outcomes = await Promise.all(sources.map((b) => store.save(b, 'race', opts())));
  expect(outcomes.filter((o) => o === 'saved')).toHaveLength(1);
  expect(outcomes.filter((o) => o === 'exists')).toHaveLength(3);
  const names = await readdir(join(tmp.dir, 'store'));
  expect(names).toHaveLength(1);
  const into = join(tmp.dir, 'r');
  await store.restore(into, 'race', [], opts());
  const winner = sources[outcomes.indexOf('saved')] ?? '';
  expect(await readFile(join(into, BUNDLE_ARCHIVE))).toEqual(await readFile(join(winner, BUNDLE_ARCHIVE)));
});

it('stops when aborted and leaves no partial entry', async () => {
  const from = await bundle('k');
  await expect(store.save(from, 'k', { signal: AbortSignal.abort() })).rejects.toThrow(/abort/i);
  expect(await readdir(join(tmp.dir, 'store'))).toEqual([]);
});

it('reports progress with the total', async () => {
  const seen: number[] = [];
  await store.save(await bundle('k'), 'k', { ...opts(), progress: (p) => seen.push(p.total ?? -1) });
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((t) => t > 0)).toBe(true);
});

it('skips an entry whose manifest is unreadable with one warning, and still restores the others (item 4)', async () => {
  await store.save(await bundle('app-npm-good'), 'app-npm-good', opts());
  for (const [name, text] of [
    ['bad-json', '{not json'],
    ['bad-schema', JSON.stringify({ schema: 2, key: 'app-npm-x', sha256: 'zz' })],
  ]) {
    await mkdir(join(tmp.dir, 'store', name ?? ''));
    await writeFile(join(tmp.dir, 'store', name ?? '', BUNDLE_MANIFEST), text ?? '');
  }
  const warnings: string[] = [];
  const hit = await store.restore(join(tmp.dir, 'r'), 'app-npm-new', ['app-npm-'], {
    ...opts(),
    warn: (w) => warnings.push(w),
  });
  expect(hit).toEqual({ matchedKey: 'app-npm-good', exact: false });
  expect(warnings).toEqual([
    expect.stringMatching(/bad-json.*not JSON/),
    expect.stringMatching(/bad-schema.*not one this version understands/),
  ]);
});
