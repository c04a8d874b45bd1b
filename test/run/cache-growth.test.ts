/**
 * Cache growth: ten successive lockfile changes, each build restoring the previous entry through the restore
 * key, using 90 of its packages and downloading 10 new ones, then saving. Without pruning the entry keeps
 * every package any lockfile ever needed (about 2× a fresh cache after ten changes); the goal is ≤ 1.2×.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createArchive } from '../../src/cache/archive.js';
import { readsUpdateAtime } from '../../src/cache/prune.js';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { cleanEnv, tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => (tmp = await tempDir('cache-growth')));
afterAll(() => tmp.cleanup());

const PACKAGES = 100;
const CHANGED = 10;
/** One "package" in npm's cache: 16 KiB of incompressible bytes, the same on every machine. */
const body = (n: number) => {
  const bytes = randomBytes(16 * 1024);
  bytes.writeUInt32BE(n, 0);
  return bytes;
};
const bodies = new Map<number, Buffer>();
const pkg = (n: number) => bodies.get(n) ?? (bodies.set(n, body(n)), bodies.get(n) as Buffer);
const path = (cache: string, n: number) => join(cache, '_cacache', `p${n % 7}`, `pkg-${n}`);

/** The build of lockfile version `v`: reads packages it finds, downloads (writes) the others. */
async function build(cache: string, v: number): Promise<void> {
  for (let n = v * CHANGED; n < v * CHANGED + PACKAGES; n++) {
    const file = path(cache, n);
    const found = await readFile(file).catch(() => undefined);
    if (found === undefined) {
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, pkg(n));
    }
  }
}

it('ten lockfile changes later, the entry is at most 1.2× a fresh cache of the last lockfile', async () => {
  if (!(await readsUpdateAtime(tmp.dir))) {
    if (process.env['CI'] === 'true') throw new Error('reads do not update atimes here (noatime)');
    return console.log('Skipped: reads do not update atimes on this file system (noatime)');
  }
  const project = join(tmp.dir, 'web');
  await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
  const store = join(tmp.dir, 'store');
  let last = 0;
  for (let v = 0; v <= 10; v++) {
    await writeFile(join(project, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, v }));
    const home = join(tmp.dir, `home-${v}`);
    const env = { ...cleanEnv(home), CODEBUILD_BUILD_ID: `web:${v}` };
    const platform = new MemoryPlatform({ homeDir: home, env });
    const inputs = {
      tools: 'npm',
      'working-directory': project,
      'local-cache-dir': store,
      'cache-scope': 'web',
    };
    const config = parseCacheInputs(inputs, 'local');
    const restored = await restore(config, platform);
    expect(restored.results[0]?.outcome).toBe(v === 0 ? 'miss' : 'partial');
    await build(join(home, '.npm'), v);
    await rm(join(home, '.npm', '_logs'), { recursive: true, force: true });
    const [saved] = await save(config, platform);
    expect(saved).toMatchObject({ outcome: 'saved' });
    last = saved?.bytes ?? 0;
  }
  const fresh = join(tmp.dir, 'fresh', '.npm');
  await build(fresh, 10);
  const bundle = join(tmp.dir, 'fresh-bundle');
  await mkdir(bundle);
  const freshSize = (await createArchive(fresh, bundle, 'fresh')).size;
  console.log(
    `after 10 changes: ${last} bytes vs a fresh cache ${freshSize} (${(last / freshSize).toFixed(2)}×)`,
  );
  expect(last / freshSize).toBeLessThanOrEqual(1.2);
}, 300_000);
