/**
 * After a miss, save asks the tool where its cache is (0.2–0.4 s for npm) and meanwhile archives the usual
 * place (save.ts archiveDir). The archive of the usual place is kept only when that is the tool's answer.
 */
import { chmod, cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { makeTree, snapshot } from '../helpers/cache-fixtures.js';
import { cleanEnv, tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => (tmp = await tempDir('save-guess')));
afterEach(() => tmp.cleanup());

/** An `npm` first on PATH whose `config get cache` answers `dir` only once `ready` (a shell test) holds. */
async function npmAnswering(dir: string, ready: string): Promise<string> {
  const bin = join(tmp.dir, 'bin');
  await mkdir(bin, { recursive: true });
  const script = `#!/bin/sh\nwhile ! ${ready}; do sleep 0.05; done\necho '${dir}'\n`;
  await writeFile(join(bin, 'npm'), script);
  await chmod(join(bin, 'npm'), 0o755);
  return bin;
}

async function machines(bin: string) {
  const project = join(tmp.dir, 'web');
  await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
  const runnerTemp = join(tmp.dir, 'runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  let run = 0;
  return () => {
    const home = join(tmp.dir, `home-${++run}`);
    const base = cleanEnv(home);
    const env = {
      ...base,
      PATH: `${bin}${delimiter}${base.PATH ?? ''}`,
      CODEBUILD_BUILD_ID: `r${run}`,
      RUNNER_TEMP: runnerTemp,
    };
    const platform = new MemoryPlatform({ homeDir: home, env });
    const raw = { tools: 'npm', 'working-directory': project, 'local-cache-dir': join(tmp.dir, 'store') };
    return { home, platform, config: parseCacheInputs(raw, 'local') };
  };
}

it('archives the usual directory before the tool answers, and keeps it when the answer is that directory', async () => {
  // The tool answers only once save's archive of ~/.npm is complete: a save that waited for the answer
  // before starting tar would wait for the query's 10 s timeout, beyond this test's bound.
  const manifestSeen = `ls '${join(tmp.dir, 'runner-temp')}'/codeartifact-cache-bundle-*/manifest.json >/dev/null 2>&1`;
  const first = (await machines(await npmAnswering(join(tmp.dir, 'home-1', '.npm'), manifestSeen)))();
  const usual = join(first.home, '.npm');
  expect((await restore(first.config, first.platform)).results.map((r) => r.outcome)).toEqual(['miss']);
  await makeTree(usual);
  expect((await save(first.config, first.platform)).map((r) => r.outcome)).toEqual(['saved']);
}, 8_000);

it('throws the archive of the usual directory away when the tool names another one', async () => {
  const answer = join(tmp.dir, 'elsewhere', 'npm-cache');
  const release = join(tmp.dir, 'release');
  const next = await machines(await npmAnswering(answer, `[ -e '${release}' ]`));
  const first = next();
  await makeTree(join(first.home, '.npm')); // what a guess would archive
  await makeTree(answer);
  expect((await restore(first.config, first.platform)).results.map((r) => r.outcome)).toEqual(['miss']);
  const saving = save(first.config, first.platform);
  await new Promise((wait) => setTimeout(wait, 400)); // the guess is archived meanwhile
  await writeFile(release, '');
  expect((await saving).map((r) => r.outcome)).toEqual(['saved']);

  const expected = await snapshot(answer);
  const second = next();
  await rm(answer, { recursive: true });
  expect((await restore(second.config, second.platform)).results.map((r) => r.outcome)).toEqual(['hit']);
  expect(await snapshot(answer)).toEqual(expected);
});

it('archives once more when the query itself wrote into the directory while tar read it', async () => {
  // Like npm's debug logs: the tool adds entries to its cache directory while it answers (for 0.5 s), so
  // GNU tar's read of the guessed directory fails with "file changed as we read it".
  const usual = join(tmp.dir, 'home-1', '.npm');
  const bin = join(tmp.dir, 'bin');
  await mkdir(bin, { recursive: true });
  const script = `#!/bin/sh\nfor i in $(seq 100); do : > '${usual}'/log-$i; sleep 0.005; done\necho '${usual}'\n`;
  await writeFile(join(bin, 'npm'), script);
  await chmod(join(bin, 'npm'), 0o755);
  const first = (await machines(bin))();
  expect((await restore(first.config, first.platform)).results.map((r) => r.outcome)).toEqual(['miss']);
  await makeTree(usual, 3000); // tar reads it for longer than the tool's first writes take
  expect((await save(first.config, first.platform)).map((r) => r.outcome)).toEqual(['saved']);
  expect(first.platform.warnings).toEqual([]);
});
