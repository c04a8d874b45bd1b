import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { CACHE_STATE } from '../../src/run/cache-common.js';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { makeTree, snapshot } from '../helpers/cache-fixtures.js';
import { cleanEnv, tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  tmp = await tempDir('cache-miss');
});
afterEach(() => tmp.cleanup());

/**
 * An `npm` first on PATH that answers `config get cache` with `dir` once `release` exists, and until then
 * blocks (a slow tool). Restore's own query timeout is 10 s, longer than this test may take.
 */
async function slowNpm(dir: string, release: string): Promise<string> {
  const bin = join(tmp.dir, 'bin');
  await mkdir(bin, { recursive: true });
  const script = `#!/bin/sh\nif [ -e '${release}' ]; then echo '${dir}'; else exec sleep 60; fi\n`;
  await writeFile(join(bin, 'npm'), script);
  await chmod(join(bin, 'npm'), 0o755);
  return bin;
}

it(
  'a miss does not wait long for a slow tool to name its directory; save asks it then and saves from there',
  async () => {
    const project = join(tmp.dir, 'web');
    await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
    const cacheDir = join(tmp.dir, 'elsewhere', 'npm-cache');
    const release = join(tmp.dir, 'release');
    const bin = await slowNpm(cacheDir, release);
    let run = 0;
    const machine = () => {
      const home = join(tmp.dir, `home-${++run}`);
      const base = cleanEnv(home);
      const env = { ...base, PATH: `${bin}${delimiter}${base.PATH ?? ''}`, CODEBUILD_BUILD_ID: `r${run}` };
      const platform = new MemoryPlatform({ homeDir: home, env });
      const raw = { tools: 'npm', 'working-directory': project, 'local-cache-dir': join(tmp.dir, 'store') };
      return { platform, config: parseCacheInputs(raw, 'local') };
    };

    const first = machine();
    const missed = await restore(first.config, first.platform); // npm is still blocked here
    expect(missed.results.map((r) => r.outcome)).toEqual(['miss']);
    const state = JSON.parse(first.platform.namedState[CACHE_STATE] ?? '{}');
    expect(state.planned[0]).not.toHaveProperty('paths');

    await writeFile(release, '');
    await makeTree(cacheDir);
    expect((await save(first.config, first.platform)).map((r) => r.outcome)).toEqual(['saved']);

    const expected = await snapshot(cacheDir);
    await rm(cacheDir, { recursive: true });
    const second = machine();
    const hit = await restore(second.config, second.platform);
    expect(hit.results.map((r) => r.outcome)).toEqual(['hit']);
    expect(await snapshot(cacheDir)).toEqual(expected);
    const warm = JSON.parse(second.platform.namedState[CACHE_STATE] ?? '{}');
    expect(warm.planned[0].paths).toEqual([cacheDir]);
  },
  // Waiting for the blocked npm would take its 10 s query timeout: this bound is that guarantee's test.
  8_000,
);

it('a miss keeps the directory a quick tool named, and save does not ask the tool again', async () => {
  const project = join(tmp.dir, 'web');
  await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
  const cacheDir = join(tmp.dir, 'elsewhere', 'npm-cache');
  const bin = join(tmp.dir, 'bin');
  const calls = join(tmp.dir, 'calls');
  await mkdir(bin, { recursive: true });
  await writeFile(join(bin, 'npm'), `#!/bin/sh\necho "$*" >> '${calls}'\necho '${cacheDir}'\n`);
  await chmod(join(bin, 'npm'), 0o755);
  const home = join(tmp.dir, 'home');
  const base = cleanEnv(home);
  const env = { ...base, PATH: `${bin}${delimiter}${base.PATH ?? ''}`, CODEBUILD_BUILD_ID: 'quick' };
  const platform = new MemoryPlatform({ homeDir: home, env });
  const raw = { tools: 'npm', 'working-directory': project, 'local-cache-dir': join(tmp.dir, 'store') };
  const config = parseCacheInputs(raw, 'local');

  expect((await restore(config, platform)).results.map((r) => r.outcome)).toEqual(['miss']);
  expect(JSON.parse(platform.namedState[CACHE_STATE] ?? '{}').planned[0].paths).toEqual([cacheDir]);
  await makeTree(cacheDir);
  expect((await save(config, platform)).map((r) => r.outcome)).toEqual(['saved']);
  const asked = (await readFile(calls, 'utf8')).split('\n').filter((l) => l.startsWith('config get cache'));
  expect(asked).toHaveLength(1);
});
