import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_STATE } from '../../src/run/cache-common.js';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { makeTree, snapshot } from '../helpers/cache-fixtures.js';
import { webProjectMachines } from '../helpers/cache-machines.js';
import { tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  tmp = await tempDir('cache-miss');
});
afterEach(() => tmp.cleanup());

it(
  'a miss does not wait long for a slow tool to name its directory; save asks it then and saves from there',
  async () => {
    // npm answers once `release` exists, and until then blocks (restore's own query timeout is 10 s).
    const cacheDir = join(tmp.dir, 'elsewhere', 'npm-cache');
    const release = join(tmp.dir, 'release');
    const script = `if [ -e '${release}' ]; then echo '${cacheDir}'; else exec sleep 60; fi`;
    const machine = await webProjectMachines(tmp.dir, script);

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
  const cacheDir = join(tmp.dir, 'elsewhere', 'npm-cache');
  const calls = join(tmp.dir, 'calls');
  const { config, platform } = (
    await webProjectMachines(tmp.dir, `echo "$*" >> '${calls}'\necho '${cacheDir}'`)
  )();

  expect((await restore(config, platform)).results.map((r) => r.outcome)).toEqual(['miss']);
  expect(JSON.parse(platform.namedState[CACHE_STATE] ?? '{}').planned[0].paths).toEqual([cacheDir]);
  await makeTree(cacheDir);
  expect((await save(config, platform)).map((r) => r.outcome)).toEqual(['saved']);
  const asked = (await readFile(calls, 'utf8')).split('\n').filter((l) => l.startsWith('config get cache'));
  expect(asked).toHaveLength(1);
});
