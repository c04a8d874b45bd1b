import { mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createArchive } from '../../src/cache/archive.js';
import { extractArchive, RESTORE_TEMP_PREFIX } from '../../src/cache/extract.js';
import { makeTree, namesIn, snapshot } from '../helpers/cache-fixtures.js';
import { tempDir } from '../helpers/clients.js';

// Restore unpacks beside the tool's usual directory while the tool is still naming the real one
// (ExtractOptions.stageNear); the tree must end up in the named one, whatever file system it is on.
let tmp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => (tmp = await tempDir('extract-staging')));
afterEach(() => tmp.cleanup());

async function bundleOf(source: string) {
  await makeTree(source);
  await symlink('d0/e0/f0.bin', join(source, 'link'));
  const bundle = join(tmp.dir, 'bundle');
  await mkdir(bundle);
  await createArchive(source, bundle, 'k1');
  return bundle;
}

/** A target named late (after a delay), on `base`, unpacked beside `usual` meanwhile. */
async function restoreLate(base: string) {
  const source = join(tmp.dir, 'home-a', '.npm');
  const bundle = await bundleOf(source);
  const usual = join(tmp.dir, 'home-b', '.npm');
  const target = join(base, 'elsewhere', 'npm-cache');
  await mkdir(join(target, 'd1'), { recursive: true });
  await writeFile(join(target, 'd1', 'mine'), 'kept');
  const late = new Promise<string>((done) => setTimeout(() => done(target), 50));
  await extractArchive(bundle, late, { stageNear: usual });
  const restored = await snapshot(target);
  expect(restored['d1/mine']).toBeDefined();
  delete restored['d1/mine'];
  expect(restored).toEqual(await snapshot(source));
  expect(await namesIn(join(tmp.dir, 'home-b'))).toEqual([]); // nothing left beside the usual place
  expect(await stat(usual).catch(() => 'absent')).toBe('absent');
  return target;
}

it('moves the tree into a directory named after unpacking began (same file system)', async () => {
  await restoreLate(tmp.dir);
});

it('copies the tree into a directory on another file system (no rename reaches it)', async () => {
  const other = await mkdtemp('/dev/shm/extract-staging-').catch(() => undefined);
  const device = async (p: string) => (await stat(p)).dev;
  if (other === undefined || (await device(other)) === (await device(tmp.dir))) {
    if (process.env.CI === 'true') throw new Error('no second file system (/dev/shm) to test on');
    return console.warn('skipped: /dev/shm is not a second file system here');
  }
  try {
    await restoreLate(other);
    expect(await namesIn(join(other, 'elsewhere'))).toEqual(['npm-cache']);
  } finally {
    await rm(other, { recursive: true, force: true });
  }
});

it('leaves nothing behind when the tool names no directory after all', async () => {
  const bundle = await bundleOf(join(tmp.dir, 'home-a', '.npm'));
  const usual = join(tmp.dir, 'home-b', '.npm');
  const late = Promise.reject(new Error('npm: could not tell where its cache is'));
  await expect(extractArchive(bundle, late, { stageNear: usual })).rejects.toThrow(/could not tell/);
  expect(await stat(join(tmp.dir, 'home-b')).catch(() => 'absent')).toBe('absent');
  expect((await namesIn(tmp.dir)).filter((x) => x.startsWith(RESTORE_TEMP_PREFIX))).toEqual([]);
});
