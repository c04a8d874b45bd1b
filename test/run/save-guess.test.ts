/**
 * After a miss, save asks the tool where its cache is (0.2–0.4 s for npm) and meanwhile archives the usual
 * place (save.ts archiveDir). The archive of the usual place is kept only when that is the tool's answer.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { makeTree, snapshot } from '../helpers/cache-fixtures.js';
import { webProjectMachines } from '../helpers/cache-machines.js';
import { tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let runnerTemp: string;
beforeEach(async () => {
  tmp = await tempDir('save-guess');
  runnerTemp = join(tmp.dir, 'runner-temp');
  await mkdir(runnerTemp);
});
afterEach(() => tmp.cleanup());

/** Machines whose npm answers `dir` to `config get cache` only once `ready` (a shell test) holds. */
const npmAnswering = (dir: string, ready: string) =>
  webProjectMachines(tmp.dir, `while ! ${ready}; do sleep 0.05; done\necho '${dir}'`, {
    RUNNER_TEMP: runnerTemp,
  });

it('archives the usual directory before the tool answers, and keeps it when the answer is that directory', async () => {
  // The tool answers only once save's archive of ~/.npm is complete: a save that waited for the answer
  // before starting tar would wait for the query's 10 s timeout, beyond this test's bound.
  const manifestSeen = `ls '${runnerTemp}'/codeartifact-cache-bundle-*/manifest.json >/dev/null 2>&1`;
  const first = (await npmAnswering(join(tmp.dir, 'home-1', '.npm'), manifestSeen))();
  expect((await restore(first.config, first.platform)).results.map((r) => r.outcome)).toEqual(['miss']);
  await makeTree(join(first.home, '.npm'));
  expect((await save(first.config, first.platform)).map((r) => r.outcome)).toEqual(['saved']);
}, 8_000);

it('throws the archive of the usual directory away when the tool names another one', async () => {
  const answer = join(tmp.dir, 'elsewhere', 'npm-cache');
  const release = join(tmp.dir, 'release');
  const next = await npmAnswering(answer, `[ -e '${release}' ]`);
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
  // Like npm's debug logs: the tool adds entries to its cache directory while it answers (for about 1 s, longer
  // than a miss waits for it, so save asks again), and GNU tar's read of the guessed directory fails with
  // "file changed as we read it".
  const usual = join(tmp.dir, 'home-1', '.npm');
  const script = `for i in $(seq 100); do : > '${usual}'/log-$i; sleep 0.01; done\necho '${usual}'`;
  const first = (await webProjectMachines(tmp.dir, script, { RUNNER_TEMP: runnerTemp }))();
  await makeTree(usual, 3000); // tar reads it for longer than the tool's first writes take
  expect((await restore(first.config, first.platform)).results.map((r) => r.outcome)).toEqual(['miss']);
  expect(first.platform.namedState['cache']).not.toMatch(/"paths"/); // save has to ask
  expect((await save(first.config, first.platform)).map((r) => r.outcome)).toEqual(['saved']);
  expect(first.platform.warnings).toEqual([]);
});
