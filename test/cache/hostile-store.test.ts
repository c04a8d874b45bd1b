/**
 * The hostile store: crafted entries (correct sha256s) put into a real local store and a real S3 (moto),
 * restored the way a build restores them. Each refused entry must leave the whole sandbox — the target
 * included — exactly as it was; accepted ones may change the target only.
 */
import { lstat, mkdir, mkdtemp, readFile, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractArchive, extractStream } from '../../src/cache/extract.js';
import { LocalStore } from '../../src/cache/local.js';
import { createS3Store } from '../../src/cache/s3.js';
import type { CacheStore, TransferOptions } from '../../src/cache/types.js';
import { tempDir } from '../helpers/clients.js';
import { craftBundle, tarBytes } from '../helpers/hostile-tar.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { createBucket, useDummyAwsCredentials } from '../helpers/s3.js';
import { treeState } from '../helpers/tree-state.js';
import { HOSTILE_CASES, LYING_SIZE, type HostileCase } from './hostile-cases.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let moto: Moto | undefined;
let n = 0;
const BUCKET = 'hostile';
const opts = (): TransferOptions => ({ signal: AbortSignal.timeout(60_000) });

beforeAll(async () => {
  tmp = await tempDir('hostile-store');
  useDummyAwsCredentials();
  moto = await startMoto();
  await createBucket(moto.endpoint, BUCKET);
}, 60_000);
afterAll(async () => {
  await moto?.stop();
  await tmp.cleanup();
});

const STORES: Record<string, () => CacheStore> = {
  local: () => new LocalStore(join(tmp.dir, 'store')),
  s3: () => createS3Store({ bucket: BUCKET, prefix: 'p', endpoint: moto?.endpoint ?? '' }),
};

/** A home with a cache already in it, the login state holding a token, and a directory to redirect to. */
async function sandbox(): Promise<{ root: string; target: string }> {
  const root = await mkdtemp(join(tmp.dir, 'sandbox-'));
  const target = join(root, 'home', '.npm');
  await mkdir(join(target, '_cacache'), { recursive: true });
  await writeFile(join(target, '_cacache', 'mine'), 'already here');
  await mkdir(join(root, 'home', '.codeartifact-cache'), { recursive: true });
  await writeFile(join(root, 'home', '.codeartifact-cache', 'npmrc'), '//host/:_authToken=SECRET\n', {
    mode: 0o600,
  });
  await mkdir(join(root, 'elsewhere'));
  return { root, target };
}

/**
 * Puts a crafted entry into `store` and restores it into the sandbox's target the way restore.ts does:
 * streamed (store.open, the local and S3 backends) or through a bundle directory (the GitHub backend's way).
 */
async function plantAndRestore(
  store: CacheStore,
  c: Pick<HostileCase, 'tar' | 'manifest' | 'compression'>,
  how: Way = 'stream',
) {
  const box = await sandbox();
  const key = `npm-${++n}`;
  const planted = join(tmp.dir, `planted-${n}`);
  await craftBundle(planted, key, c.tar(box.root), { ...c });
  expect(await store.save(planted, key, opts())).toBe('saved');
  const before = await treeState(box.root);
  const warnings: string[] = [];
  const transfer = { ...opts(), warn: (w: string) => warnings.push(w) };
  // A store that cannot read an entry's manifest skips it with a warning (a miss): refused just the same.
  const missed = () => Promise.reject(new Error(warnings.join('\n') || 'missed'));
  const restoring = (async () => {
    if (how === 'stream' && store.open) {
      const entry = await store.open(key, [], transfer);
      return entry ? extractStream(entry.archive, entry.manifest, box.target) : missed();
    }
    const fetched = join(tmp.dir, `fetched-${n}`);
    const hit = await store.restore(fetched, key, [], transfer);
    return hit ? extractArchive(fetched, box.target, { signal: opts().signal }) : missed();
  })();
  restoring.catch(() => undefined);
  return { ...box, before, restoring };
}

type Way = 'stream' | 'bundle';
const WAYS: [string, Way][] = [
  ['local', 'stream'],
  ['s3', 'stream'],
  ['s3', 'bundle'],
];

describe.each(WAYS)('%s backend, %s', (backend, how) => {
  const store = () => (STORES[backend] as () => CacheStore)();

  it.each([...HOSTILE_CASES, LYING_SIZE].map((c) => [c.name, c] as const))('refuses %s', async (_name, c) => {
    const { root, before, restoring } = await plantAndRestore(store(), c, how);
    await expect(restoring).rejects.toThrow(c.refused);
    expect(await treeState(root)).toEqual(before);
  });

  it('refuses into an absent target and removes the parents it created', async () => {
    const box = await sandbox();
    const c = HOSTILE_CASES[0] as HostileCase;
    const key = `npm-${++n}`;
    await craftBundle(join(tmp.dir, `planted-${n}`), key, c.tar(box.root));
    await store().save(join(tmp.dir, `planted-${n}`), key, opts());
    const before = await treeState(box.root);
    await store().restore(join(tmp.dir, `fetched-${n}`), key, [], opts());
    const target = join(box.root, 'home', '.cache', 'deep', 'pip');
    await expect(extractArchive(join(tmp.dir, `fetched-${n}`), target)).rejects.toThrow(c.refused);
    expect(await treeState(box.root)).toEqual(before);
  });

  it('ignores paths a manifest names: restores into the target this run chose, and nowhere else', async () => {
    const entry = {
      tar: () =>
        tarBytes([
          { name: './', type: '5' },
          { name: './x', data: Buffer.from('y') },
        ]),
    };
    const manifest = { paths: ['/x/..', '/'] };
    const { root, target, before, restoring } = await plantAndRestore(store(), { ...entry, manifest }, how);
    await restoring;
    const after = await treeState(root);
    expect(await readFile(join(target, 'x'), 'utf8')).toBe('y');
    delete after['home/.npm/x'];
    expect(after).toEqual(before);
  });

  it('restores links that stay inside, drops ownership and the sticky bit, keeps what was there', async () => {
    const entry = {
      tar: () =>
        tarBytes([
          { name: './', type: '5' },
          { name: 'sub/', type: '5' },
          { name: 'sub/data', data: Buffer.from('d'), uid: 1234, mode: 0o1755 },
          { name: 'current', type: '2', linkname: 'sub/data' },
          { name: 'sub/again', type: '1', linkname: 'sub/data' },
          { name: '_cacache/mine', data: Buffer.from('from the entry') },
        ]),
    };
    const { target, restoring } = await plantAndRestore(store(), entry, how);
    await restoring;
    const data = await lstat(join(target, 'sub', 'data'));
    expect(data.uid).toBe(process.getuid?.());
    expect(data.mode & 0o7777).toBe(0o755 & ~process.umask());
    expect(await readlink(join(target, 'current'))).toBe('sub/data');
    expect((await lstat(join(target, 'sub', 'again'))).ino).toBe(data.ino);
    expect(await readFile(join(target, '_cacache', 'mine'), 'utf8')).toBe('already here');
  });
});
